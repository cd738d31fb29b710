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
 * A gazetteer in the compiled form the build leaves, {@code gazetteer/places.bin}: its names in
 * order, each with its places and the spelling it shares its words with, the tree of the names'
 * words that lookups walk, the first words written in lower case and the countries; everything the
 * tables give once read, with aliases and variants applied, names tokenized and places ordered.
 *
 * <p>Reading it copies its numbers into arrays, numbers the names' distinct words among the {@link
 * Words}, and makes nothing else: a name's string and places are made the first time a lookup meets
 * it. Of some 100,000 names a run meets a few hundred, and making them all took most of a short
 * run's start.
 *
 * <p>The tables ({@code places.tsv}, {@code aliases.tsv}, {@code variants.tsv}) stay the source:
 * the build writes this file from them ({@link #main}), it is never committed, and it holds the
 * CRC-32 of each table it was made from. A file made from other tables, of another layout, or
 * missing, is not read, and the gazetteer is compiled from the tables in memory.
 *
 * <p>Layout: a magic number, the layout's version, the three tables' CRCs, the counts of the three
 * sections below, then the sections: the integers (big-endian), the longs, and every string once in
 * one UTF-8 text. The integers hold, each list after its length: each string's end in that text, in
 * bytes; per place its id, name, kind (bit 2 set when it has no latitude, bit 3 no longitude),
 * country code and first-level division, as string numbers; per name its string, the number of the
 * name written before it with the same words (or -1), and where its places' numbers start in the
 * list that follows and how many there are; that list; the distinct words of names, as strings; the
 * tree's nodes, each the name that ends there (or -1), where its children start in the list that
 * follows and how many; that list, pairs of word and node; the first words of names in lower case;
 * the countries as pairs of code and place. The longs hold per place its population and the bits of
 * its latitude and longitude.
 */
final class CompiledGazetteer {

  /** Where the build puts the compiled gazetteer among the resources. */
  static final String RESOURCE = "/gazetteer/places.bin";

  private static final int MAGIC = 0x48464744; // "HFGD"
  private static final int VERSION = 3;
  private static final int HEADER = 4 + 4 + 3 * 8 + 3 * 4;
  private static final int NO_LATITUDE = 4;
  private static final int NO_LONGITUDE = 8;
  private static final Place.Kind[] KINDS = Place.Kind.values();

  /** What a gazetteer holds before it is compiled: names in order, lower-case starts, countries. */
  record Contents(
      List<Gazetteer.Name> names, Set<String> lowerStarts, Map<String, Place> countries) {}

  private final byte[] data;
  private final int text;
  private final int[] ints;
  private final long[] longs;
  private final int strings; // where the strings' ends start in ints
  private final int placeFields;
  private final int nameFields;
  private final int nameCount;
  private final int refs;
  private final int nodes;
  private final int children;

  /** Every name's node among the root's children by the word's number among the Words, or -1. */
  private final int[] firstWords;

  /** The largest word number of the names: a token made after it cannot hold a newer word. */
  private final int largest;

  private final Place[] placeMade;
  private final Gazetteer.Name[] nameMade;
  private final Set<String> lowerStarts;
  private final Map<String, Place> countries;

  private CompiledGazetteer(byte[] data, int text, int[] ints, long[] longs) {
    this.data = data;
    this.text = text;
    this.ints = ints;
    this.longs = longs;
    int k = 0;
    strings = k + 1;
    k += 1 + ints[k];
    placeFields = k + 1;
    placeMade = new Place[ints[k]];
    k += 1 + 5 * ints[k];
    nameFields = k + 1;
    nameCount = ints[k];
    nameMade = new Gazetteer.Name[nameCount];
    k += 1 + 4 * ints[k];
    refs = k + 1;
    k += 1 + ints[k];
    String[] words = new String[ints[k++]];
    for (int i = 0; i < words.length; i++) {
      words[i] = string(ints[k++]);
    }
    int[] numbers = Words.addAll(words);
    nodes = k + 1;
    k += 1 + 3 * ints[k];
    children = k + 1;
    int pairs = ints[k++];
    int top = -1;
    for (int i = 0; i < pairs; i++, k += 2) {
      ints[k] = numbers[ints[k]]; // a child's word, from its place among the names' words
      top = Math.max(top, ints[k]);
    }
    largest = top;
    firstWords = new int[top + 1];
    Arrays.fill(firstWords, -1);
    for (int c = 0; c < childCount(0); c++) {
      int at = children + 2 * (childStart(0) + c);
      firstWords[ints[at]] = ints[at + 1];
    }
    Set<String> lower = new HashSet<>();
    for (int n = ints[k++]; n > 0; n--) {
      lower.add(string(ints[k++]));
    }
    lowerStarts = lower;
    Map<String, Place> byCode = new HashMap<>();
    for (int n = ints[k++]; n > 0; n--, k += 2) {
      byCode.put(string(ints[k]), place(ints[k + 1]));
    }
    countries = byCode;
  }

  /**
   * Writes the compiled form of the bundled tables to the file {@code args[0]}: run by the build
   * after compiling, from the tables among the classes.
   */
  public static void main(String[] args) throws IOException {
    byte[][] tables = Gazetteer.tables();
    byte[] data = write(Gazetteer.contents(tables), crcs(tables));
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, data);
  }

  /** Returns the CRC-32 of each of {@code tables}' bytes. */
  static long[] crcs(byte[][] tables) {
    long[] crcs = new long[tables.length];
    for (int i = 0; i < tables.length; i++) {
      CRC32 crc = new CRC32();
      crc.update(tables[i]);
      crcs[i] = crc.getValue();
    }
    return crcs;
  }

  /**
   * Returns the bundled compiled gazetteer if the build wrote one from tables of CRCs {@code crcs},
   * else null.
   */
  static CompiledGazetteer bundled(long[] crcs) {
    try (InputStream in = CompiledGazetteer.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in.readAllBytes(), crcs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer", e);
    }
  }

  /**
   * Returns the gazetteer compiled in {@code data}, or null when it was made from tables of other
   * CRCs than {@code crcs} or in another layout.
   */
  static CompiledGazetteer read(byte[] data, long[] crcs) {
    ByteBuffer buf = ByteBuffer.wrap(data);
    if (data.length < HEADER || buf.getInt() != MAGIC || buf.getInt() != VERSION) {
      return null;
    }
    for (int i = 0; i < 3; i++) {
      if (buf.getLong() != (i < crcs.length ? crcs[i] : -1)) {
        return null;
      }
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
    return new CompiledGazetteer(data, text, ints, longs);
  }

  /** Returns the string numbered {@code i}, decoded from its UTF-8 bytes. */
  private String string(int i) {
    int start = i == 0 ? 0 : ints[strings + i - 1];
    return new String(data, text + start, ints[strings + i] - start, StandardCharsets.UTF_8);
  }

  /** Returns the place numbered {@code i}, made on first need and kept. */
  Place place(int i) {
    Place p = placeMade[i];
    if (p == null) {
      int k = placeFields + 5 * i;
      int l = 3 * i;
      int kind = ints[k + 2];
      p =
          new Place(
              string(ints[k]),
              string(ints[k + 1]),
              KINDS[kind & 3],
              string(ints[k + 3]),
              string(ints[k + 4]),
              longs[l],
              (kind & NO_LATITUDE) != 0 ? null : Double.longBitsToDouble(longs[l + 1]),
              (kind & NO_LONGITUDE) != 0 ? null : Double.longBitsToDouble(longs[l + 2]));
      placeMade[i] = p; // a race makes an equal place twice, no harm: its fields are final
    }
    return p;
  }

  /** Returns how many names there are. */
  int names() {
    return nameCount;
  }

  /** Returns the name numbered {@code i}, with its places, made on first need and kept. */
  Gazetteer.Name name(int i) {
    Gazetteer.Name n = nameMade[i];
    if (n == null) {
      int k = nameFields + 4 * i;
      int other = ints[k + 1];
      Place[] of = new Place[ints[k + 3]];
      for (int j = 0; j < of.length; j++) {
        of[j] = place(ints[refs + ints[k + 2] + j]);
      }
      n = new Gazetteer.Name(string(ints[k]), List.of(of), other < 0 ? null : name(other));
      nameMade[i] = n;
    }
    return n;
  }

  /** Returns the largest word number of the names. */
  int largest() {
    return largest;
  }

  /** Returns the node of the names' first word numbered {@code word}, or -1. */
  int first(int word) {
    return word >= 0 && word < firstWords.length ? firstWords[word] : -1;
  }

  /** Returns the node that the word numbered {@code word} leads to from {@code node}, or -1. */
  int next(int node, int word) {
    int at = children + 2 * childStart(node);
    for (int c = childCount(node); c > 0; c--, at += 2) {
      if (ints[at] == word) {
        return ints[at + 1];
      }
    }
    return -1;
  }

  /** Returns the number of the name whose words end at {@code node}, or -1. */
  int entry(int node) {
    return ints[nodes + 3 * node];
  }

  private int childStart(int node) {
    return ints[nodes + 3 * node + 1];
  }

  private int childCount(int node) {
    return ints[nodes + 3 * node + 2];
  }

  /** Returns the first words of names written in lower case. */
  Set<String> lowerStarts() {
    return lowerStarts;
  }

  /** Returns the countries by ISO3 code, each under the name English usually writes. */
  Map<String, Place> countries() {
    return countries;
  }

  /** Returns the compiled form of {@code c}, read from tables of CRCs {@code crcs}. */
  static byte[] write(Contents c, long[] crcs) throws IOException {
    Strings strings = new Strings();
    List<Long> longs = new ArrayList<>();
    List<Gazetteer.Name> names = c.names();
    Map<Place, Integer> places = new IdentityHashMap<>();
    List<Place> placeList = new ArrayList<>();
    for (Gazetteer.Name n : names) {
      for (Place p : n.places()) {
        if (places.putIfAbsent(p, placeList.size()) == null) {
          placeList.add(p);
        }
      }
    }
    for (Place p : c.countries().values()) {
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
    Ints refs = new Ints();
    body.add(names.size());
    for (Gazetteer.Name n : names) {
      body.add(strings.of(n.name()));
      Integer other = n.other == null ? null : index.get(n.other);
      if (n.other != null && other == null) {
        throw new IllegalStateException("name written before its other spelling: " + n.name());
      }
      body.add(other == null ? -1 : other);
      index.put(n, index.size());
      body.add(refs.size);
      body.add(n.places().size());
      for (Place p : n.places()) {
        refs.add(places.get(p));
      }
    }
    body.add(refs.size);
    body.addAll(refs);
    Tree tree = new Tree();
    Tokenizer tokenizer = new Tokenizer();
    for (int i = 0; i < names.size(); i++) {
      List<Token> tokens = tokenizer.tokenize(names.get(i).name());
      int[] words = new int[tokens.size()];
      for (int j = 0; j < words.length; j++) {
        words[j] = tree.word(tokens.get(j).norm());
      }
      tree.put(words, i);
    }
    body.add(tree.words.list.size());
    for (String w : tree.words.list) {
      body.add(strings.of(w));
    }
    tree.write(body);
    List<String> lower = new ArrayList<>(c.lowerStarts());
    lower.sort(null);
    body.add(lower.size());
    for (String s : lower) {
      body.add(strings.of(s));
    }
    List<String> codes = new ArrayList<>(c.countries().keySet());
    codes.sort(null);
    body.add(codes.size());
    for (String code : codes) {
      body.add(strings.of(code));
      body.add(places.get(c.countries().get(code)));
    }
    Ints ints = new Ints();
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
    for (int i = 0; i < 3; i++) {
      out.writeLong(i < crcs.length ? crcs[i] : -1);
    }
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
   * The tree of the names' words, as a phrase table builds it: a name's words lead from the root to
   * its node, and a later name of the same words takes the node.
   */
  private static final class Tree {
    private final Strings words = new Strings();
    private final List<Map<Integer, Integer>> next = new ArrayList<>();
    private final Ints entries = new Ints();

    Tree() {
      node();
    }

    /** Returns the number of {@code norm} among the distinct words, in the order first met. */
    int word(String norm) {
      return words.of(norm);
    }

    private int node() {
      next.add(null);
      entries.add(-1);
      return next.size() - 1;
    }

    void put(int[] words, int name) {
      int node = 0;
      for (int w : words) {
        Map<Integer, Integer> children = next.get(node);
        if (children == null) {
          children = new HashMap<>();
          next.set(node, children);
        }
        Integer child = children.get(w);
        if (child == null) {
          child = node();
          children.put(w, child);
        }
        node = child;
      }
      entries.values[node] = name;
    }

    /** Appends the nodes, then their children as pairs of word and node, each sorted by word. */
    void write(Ints out) {
      Ints pairs = new Ints();
      out.add(next.size());
      for (int n = 0; n < next.size(); n++) {
        Map<Integer, Integer> children = next.get(n);
        out.add(entries.values[n]);
        out.add(pairs.size / 2);
        out.add(children == null ? 0 : children.size());
        if (children != null) {
          List<Integer> keys = new ArrayList<>(children.keySet());
          keys.sort(null);
          for (int w : keys) {
            pairs.add(w);
            pairs.add(children.get(w));
          }
        }
      }
      out.add(pairs.size / 2);
      out.addAll(pairs);
    }
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
