package org.humfig.place;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.humfig.text.Token;
import org.humfig.text.Tokenizer;
import org.humfig.text.Words;

/**
 * The bundled gazetteer as the build leaves it, {@code gazetteer/places.bin}: its names in order,
 * each with its places, the normalised words a lookup compares and the spelling it shares them
 * with, and the countries under their usual names; everything the tables give once read, with
 * aliases and variants applied, names tokenized and places ordered. Reading it makes the strings,
 * places and phrase table, and nothing else: no line splitting, number parsing or tokenizing.
 *
 * <p>The tables ({@code places.tsv}, {@code aliases.tsv}, {@code variants.tsv}) stay the source:
 * the build writes this file from them ({@link #main}), it is never committed, and it holds the
 * CRC-32 of the tables it was made from. A file made from other tables, of another layout, or
 * missing, is not read, and the gazetteer is read from the tables.
 *
 * <p>Layout: a magic number, the layout's version, the CRC of the tables, the counts of the three
 * sections below, then the sections: the integers (big-endian), the longs, and every string once in
 * one UTF-8 text. The integers hold, in turn: the count of strings, then each string's end in that
 * text, in bytes (each string is decoded on its own, so that the many ASCII names cost a copy); per
 * place its id, name, kind (bit 2 set when it has no latitude, bit 3 no longitude), country code
 * and first-level division, as string numbers; per name its string, the number of the name written
 * before it with the same words (or -1), its places' numbers and its words' strings, each list
 * after its length; the first words of names in lower case; the countries as pairs of code and
 * place. The longs hold per place its population and the bits of its latitude and longitude.
 */
final class CompiledGazetteer {

  /** Where the build puts the compiled gazetteer among the resources. */
  static final String RESOURCE = "/gazetteer/places.bin";

  private static final int MAGIC = 0x48464744; // "HFGD"
  private static final int VERSION = 2;
  private static final int NO_LATITUDE = 4;
  private static final int NO_LONGITUDE = 8;
  private static final Place.Kind[] KINDS = Place.Kind.values();

  private CompiledGazetteer() {}

  /**
   * Writes the compiled form of the bundled tables to the file {@code args[0]}: run by the build
   * after compiling, from the tables among the classes.
   */
  public static void main(String[] args) throws IOException {
    byte[][] tables = Gazetteer.tables();
    byte[] data = write(Gazetteer.fromTables(tables), crc(tables));
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, data);
  }

  /** Returns the CRC-32 of the tables' bytes, one after the other. */
  static long crc(byte[][] tables) {
    CRC32 crc = new CRC32();
    for (byte[] t : tables) {
      crc.update(t);
    }
    return crc.getValue();
  }

  /**
   * Returns the bundled compiled gazetteer if the build wrote one from tables of CRC {@code crc},
   * else null.
   */
  static Gazetteer bundled(long crc) {
    try (InputStream in = CompiledGazetteer.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in.readAllBytes(), crc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer", e);
    }
  }

  /** Returns the compiled form of {@code g}, read from tables of CRC {@code crc}. */
  static byte[] write(Gazetteer g, long crc) throws IOException {
    Strings strings = new Strings();
    Ints ints = new Ints();
    List<Long> longs = new ArrayList<>();
    List<Gazetteer.Name> names = g.names();
    Map<Place, Integer> places = new IdentityHashMap<>();
    List<Place> placeList = new ArrayList<>();
    for (Gazetteer.Name n : names) {
      for (Place p : n.places()) {
        if (places.putIfAbsent(p, placeList.size()) == null) {
          placeList.add(p);
        }
      }
    }
    for (Place p : g.countries().values()) {
      if (places.putIfAbsent(p, placeList.size()) == null) {
        placeList.add(p);
      }
    }
    Ints body = new Ints();
    body.add(placeList.size());
    for (Place p : placeList) {
      body.add(strings.of(p.id()));
      body.add(strings.of(p.name()));
      body.add(
          p.kind().ordinal()
              | (p.latitude() == null ? NO_LATITUDE : 0)
              | (p.longitude() == null ? NO_LONGITUDE : 0));
      body.add(strings.of(p.countryCode()));
      body.add(strings.of(p.admin1()));
      longs.add(p.population());
      longs.add(p.latitude() == null ? 0L : Double.doubleToRawLongBits(p.latitude()));
      longs.add(p.longitude() == null ? 0L : Double.doubleToRawLongBits(p.longitude()));
    }
    Map<Gazetteer.Name, Integer> index = new IdentityHashMap<>();
    body.add(names.size());
    Tokenizer tokenizer = new Tokenizer();
    for (Gazetteer.Name n : names) {
      body.add(strings.of(n.name()));
      Integer other = n.other == null ? null : index.get(n.other);
      if (n.other != null && other == null) {
        throw new IllegalStateException("name written before its other spelling: " + n.name());
      }
      body.add(other == null ? -1 : other);
      index.put(n, index.size());
      body.add(n.places().size());
      for (Place p : n.places()) {
        body.add(places.get(p));
      }
      List<Token> tokens = tokenizer.tokenize(n.name());
      body.add(tokens.size());
      for (Token t : tokens) {
        body.add(strings.of(t.norm()));
      }
    }
    List<String> lower = new ArrayList<>(g.lowerStarts());
    lower.sort(null);
    body.add(lower.size());
    for (String s : lower) {
      body.add(strings.of(s));
    }
    List<String> codes = new ArrayList<>(g.countries().keySet());
    codes.sort(null);
    body.add(codes.size());
    for (String code : codes) {
      body.add(strings.of(code));
      body.add(places.get(g.countries().get(code)));
    }
    ints.add(strings.list.size());
    ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
    for (String s : strings.list) {
      utf8.write(s.getBytes(StandardCharsets.UTF_8));
      ints.add(utf8.size());
    }
    ints.addAll(body);
    byte[] text = utf8.toByteArray();

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeLong(crc);
    out.writeInt(ints.size);
    out.writeInt(longs.size());
    out.writeInt(text.length);
    for (int i = 0; i < ints.size; i++) {
      out.writeInt(ints.values[i]);
    }
    for (long l : longs) {
      out.writeLong(l);
    }
    out.write(text);
    out.flush();
    return bytes.toByteArray();
  }

  /**
   * Returns the gazetteer compiled in {@code data}, or null when it was made from tables of another
   * CRC than {@code crc} or in another layout.
   */
  static Gazetteer read(byte[] data, long crc) {
    ByteBuffer buf = ByteBuffer.wrap(data);
    if (data.length < 28
        || buf.getInt() != MAGIC
        || buf.getInt() != VERSION
        || buf.getLong() != crc) {
      return null;
    }
    int[] ints = new int[buf.getInt()];
    long[] longs = new long[buf.getInt()];
    int textLength = buf.getInt();
    buf.asIntBuffer().get(ints);
    buf.position(buf.position() + ints.length * 4);
    buf.asLongBuffer().get(longs);
    buf.position(buf.position() + longs.length * 8);
    int text = buf.position();
    if (text + textLength != data.length) {
      return null;
    }

    int k = 0;
    String[] strings = new String[ints[k++]];
    int start = 0;
    for (int i = 0; i < strings.length; i++) {
      int end = ints[k++];
      strings[i] = new String(data, text + start, end - start, StandardCharsets.UTF_8);
      start = end;
    }
    Place[] places = new Place[ints[k++]];
    for (int i = 0, l = 0; i < places.length; i++, l += 3) {
      int kind = ints[k + 2];
      places[i] =
          new Place(
              strings[ints[k]],
              strings[ints[k + 1]],
              KINDS[kind & 3],
              strings[ints[k + 3]],
              strings[ints[k + 4]],
              longs[l],
              (kind & NO_LATITUDE) != 0 ? null : Double.longBitsToDouble(longs[l + 1]),
              (kind & NO_LONGITUDE) != 0 ? null : Double.longBitsToDouble(longs[l + 2]));
      k += 5;
    }
    int count = ints[k++];
    List<Gazetteer.Name> names = new ArrayList<>(count);
    String[][] words = new String[count][];
    int[][] ids = new int[count][];
    int[] wordOf = new int[strings.length]; // a string's place among the distinct words, plus one
    List<String> distinct = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = strings[ints[k++]];
      int other = ints[k++];
      Place[] of = new Place[ints[k++]];
      for (int j = 0; j < of.length; j++) {
        of[j] = places[ints[k++]];
      }
      String[] w = new String[ints[k++]];
      int[] at = new int[w.length];
      for (int j = 0; j < w.length; j++) {
        int string = ints[k++];
        w[j] = strings[string];
        if (wordOf[string] == 0) {
          distinct.add(w[j]);
          wordOf[string] = distinct.size();
        }
        at[j] = wordOf[string] - 1;
      }
      words[i] = w;
      ids[i] = at;
      names.add(new Gazetteer.Name(name, List.of(of), other < 0 ? null : names.get(other)));
    }
    // every distinct word numbered at once, then each name's words by their numbers
    int[] numbers = Words.addAll(distinct.toArray(new String[0]));
    for (int[] at : ids) {
      for (int j = 0; j < at.length; j++) {
        at[j] = numbers[at[j]];
      }
    }
    Set<String> lower = new HashSet<>();
    for (int n = ints[k++]; n > 0; n--) {
      lower.add(strings[ints[k++]]);
    }
    Map<String, Place> countries = new HashMap<>();
    for (int n = ints[k++]; n > 0; n--) {
      countries.put(strings[ints[k]], places[ints[k + 1]]);
      k += 2;
    }
    return new Gazetteer(names, words, ids, lower, countries);
  }

  /** Strings numbered in the order first met. */
  private static final class Strings {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> list = new ArrayList<>();

    int of(String s) {
      Integer n = numbers.get(s);
      if (n == null) {
        n = list.size();
        numbers.put(s, n);
        list.add(s);
      }
      return n;
    }
  }

  /** A growing array of ints. */
  private static final class Ints {
    private int[] values = new int[1024];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void addAll(Ints other) {
      for (int i = 0; i < other.size; i++) {
        add(other.values[i]);
      }
    }
  }
}
