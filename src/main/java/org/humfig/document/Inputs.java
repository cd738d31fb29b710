package org.humfig.document;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Streams the documents of a list of input paths, one at a time, in a stable order: files in the
 * order given, folders walked recursively in name order.
 *
 * <p>Reads {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl} and {@code .warc}/{@code
 * .warc.gz} files. A {@code manifest.csv} in a folder describes the documents in that folder and
 * below it. Bad inputs (binary, empty, not text, too large, unsupported type, duplicate record id)
 * come out as {@link Item.Skipped} with a message naming them; the walk goes on. Only one document,
 * or one JSON Lines record, is held at a time. Not thread-safe: one reader drives it.
 *
 * <p>Only regular files are opened: a named pipe, a device or a socket is named and skipped without
 * being opened (opening a pipe would wait for a writer forever, a device would never end). Links
 * are followed, but a folder or file already read (a link loop, a second link to the same place) is
 * named once and not read again. No file is read past the size limit, whatever size it claims. A
 * file's id is its name without extension; when two files share a name in different folders, the
 * later one's id is its path relative to the input it was found under ({@code b/report}), so every
 * document id is unique.
 */
public final class Inputs implements Iterator<Item>, Closeable {

  /** The default largest document, in bytes. */
  public static final long DEFAULT_MAX_BYTES = 32L << 20;

  private static final String MANIFEST = "manifest.csv";

  /**
   * How to read the inputs.
   *
   * @param manifest metadata given explicitly; it wins over a folder's manifest
   * @param defaults metadata for documents nothing else describes
   * @param maxBytes the largest document (or JSON Lines record) read, in bytes
   */
  public record Options(Manifest manifest, Metadata defaults, long maxBytes) {
    /** Options with no manifest, no defaults and the default size limit. */
    public static final Options DEFAULT =
        new Options(Manifest.EMPTY, Metadata.NONE, DEFAULT_MAX_BYTES);
  }

  /** A path to read and the input it was found under, which ids are made relative to. */
  private record Entry(Path path, Path root) {}

  private final Options options;
  private final Deque<Entry> work = new ArrayDeque<>();
  private final Map<Object, Path> visited = new HashMap<>();
  private final Map<Path, Manifest> manifests = new HashMap<>();
  private final IdSet seen = new IdSet();
  private final Deque<Item> pending = new ArrayDeque<>();
  private Iterator<Item> lines;
  private Path linesFolder;
  private long bytesRead;
  private boolean unread;

  private Inputs(List<Path> paths, Options options) {
    this.options = options;
    for (Path p : paths) {
      work.addLast(new Entry(p, p));
    }
  }

  /** Returns a stream over {@code paths}; missing paths come out as skipped items. */
  public static Inputs open(List<Path> paths, Options options) {
    return new Inputs(paths, options);
  }

  /**
   * Returns these inputs yielding the records of JSON Lines files as {@link Item.Unread}: cut and
   * scanned here, their ids checked and their metadata bound, but parsed by whoever calls {@link
   * Item.Unread#read()}, so that the threads that extract them read them too. Call it before the
   * first item.
   */
  public Inputs unread() {
    this.unread = true;
    return this;
  }

  /** Returns the bytes of input files read so far: a measure of progress through the inputs. */
  public long bytesRead() {
    return bytesRead;
  }

  /** Returns {@code in}, counting the bytes read from it into {@link #bytesRead}. */
  private InputStream counted(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytesRead++;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          bytesRead += n;
        }
        return n;
      }
    };
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty()) {
      if (lines != null) {
        if (lines.hasNext()) {
          pending.add(accept(lines.next(), linesFolder, null));
          continue;
        }
        closeLines();
      }
      if (work.isEmpty()) {
        return false;
      }
      step(work.removeFirst());
    }
    return true;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.removeFirst();
  }

  private void step(Entry entry) {
    Path path = entry.path();
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      pending.add(skipped(path.toString(), missing(path, e)));
      return;
    }
    if (!attrs.isDirectory() && !attrs.isRegularFile()) {
      pending.add(skipped(path.toString(), "not a regular file (" + kind(path) + "); skipped"));
      return;
    }
    Path first = visited.putIfAbsent(key(path, attrs), path);
    if (first != null) {
      pending.add(
          skipped(
              path.toString(),
              (attrs.isDirectory() ? "the same folder as '" : "the same file as '")
                  + first
                  + "', already read; skipped"));
      return;
    }
    if (attrs.isDirectory()) {
      expand(entry);
      return;
    }
    String name = path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    String ext = lower.endsWith(".warc.gz") ? "warc" : dot < 0 ? "" : lower.substring(dot + 1);
    try {
      switch (ext) {
        case "txt", "text" -> single(entry, attrs.size(), false);
        case "html", "htm", "xhtml" -> single(entry, attrs.size(), true);
        case "jsonl", "ndjson" -> {
          lines =
              new JsonLinesReader(
                  counted(Files.newInputStream(path)), path.toString(), options.maxBytes(), unread);
          linesFolder = path.getParent();
        }
        case "warc" -> {
          lines =
              new WarcReader(
                  counted(Files.newInputStream(path)), path.toString(), options.maxBytes());
          linesFolder = path.getParent();
        }
        default ->
            pending.add(
                skipped(path.toString(), "skipped: not a .txt, .html, .jsonl or .warc file"));
      }
    } catch (IOException e) {
      pending.add(skipped(path.toString(), "cannot read: " + reason(e)));
    }
  }

  /** Returns what identifies the file or folder itself, whatever link led to it. */
  private static Object key(Path path, BasicFileAttributes attrs) {
    if (attrs.fileKey() != null) {
      return attrs.fileKey();
    }
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  /** Says why a path whose attributes cannot be read is skipped. */
  private static String missing(Path path, IOException e) {
    if (e instanceof java.nio.file.FileSystemException f
        && f.getReason() != null
        && f.getReason().toLowerCase(Locale.ROOT).contains("symbolic links")) {
      return "a loop of symbolic links; skipped";
    }
    if (e instanceof java.nio.file.NoSuchFileException && Files.isSymbolicLink(path)) {
      return "a symbolic link to nothing; skipped";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    return "cannot read: " + reason(e);
  }

  /** Names what a path that is neither a file nor a folder is, from its Unix mode where known. */
  private static String kind(Path path) {
    try {
      int mode = (Integer) Files.getAttribute(path, "unix:mode");
      return switch (mode & 0170000) {
        case 0010000 -> "a named pipe";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  private void single(Entry entry, long size, boolean html) throws IOException {
    Path path = entry.path();
    if (size > options.maxBytes()) {
      pending.add(skipped(path.toString(), Decoder.tooLarge(size, options.maxBytes())));
      return;
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      // The size a file claims is not trusted: read at most one byte past the limit.
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
    }
    bytesRead += bytes.length;
    if (bytes.length > options.maxBytes()) {
      pending.add(skipped(path.toString(), Decoder.tooLarge(bytes.length, options.maxBytes())));
      return;
    }
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String id = dot <= 0 ? name : name.substring(0, dot);
    try {
      Decoder.Text text = html ? Decoder.html(bytes) : Decoder.plain(bytes);
      Document d =
          html
              ? HtmlReader.read(id, path.toString(), text.text())
              : new Document(id, text.text(), path.toString(), "", "", "", Optional.empty());
      List<Problem> warnings =
          text.note().map(n -> List.of(new Problem(path.toString(), n))).orElse(List.of());
      pending.add(accept(new Item.Read(d, warnings), path.getParent(), entry));
    } catch (Unreadable e) {
      pending.add(skipped(path.toString(), e.getMessage()));
    }
  }

  private void expand(Entry entry) {
    Path dir = entry.path();
    List<Path> children;
    try (Stream<Path> s = Files.list(dir)) {
      children =
          new ArrayList<>(
              s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList());
    } catch (IOException e) {
      pending.add(skipped(dir.toString(), "cannot list folder: " + reason(e)));
      return;
    }
    manifest(dir);
    for (int i = children.size() - 1; i >= 0; i--) {
      Path child = children.get(i);
      if (!child.getFileName().toString().equalsIgnoreCase(MANIFEST)) {
        work.addFirst(new Entry(child, entry.root()));
      }
    }
  }

  /** Returns the manifest of {@code dir} (read once), or null when it has none. */
  private Manifest manifest(Path dir) {
    if (dir == null) {
      return null;
    }
    Path key = dir.toAbsolutePath().normalize();
    if (manifests.containsKey(key)) {
      return manifests.get(key);
    }
    Path file = dir.resolve(MANIFEST);
    Manifest m = null;
    if (Files.isRegularFile(file)) {
      try {
        m = Manifest.read(file);
        m.problems().forEach(p -> pending.add(new Item.Skipped(p)));
      } catch (IOException e) {
        pending.add(skipped(file.toString(), reason(e)));
      }
    }
    manifests.put(key, m);
    return m;
  }

  /** Applies the folder manifest, the explicit manifest and the defaults, in that order. */
  private Document describe(Document d, Path folder, String name) {
    return describe(d, local(folder), name);
  }

  /** Returns the manifest that describes the documents of {@code folder}, or null. */
  private Manifest local(Path folder) {
    Manifest local = manifest(folder);
    if (local == null) {
      for (Path p = folder == null ? null : folder.toAbsolutePath().getParent();
          p != null && local == null;
          p = p.getParent()) {
        local = manifests.get(p.normalize());
      }
    }
    return local;
  }

  /**
   * Applies manifest {@code local} (or none), the explicit manifest and the defaults; reads no
   * state of the walk, so any thread may call it.
   */
  private Document describe(Document d, Manifest local, String name) {
    if (local != null) {
      d = d.withOverrides(lookup(local, d.id(), name));
    }
    return d.withOverrides(lookup(options.manifest(), d.id(), name))
        .withDefaults(options.defaults());
  }

  /** Returns a manifest's row for a document's id, else for its file's name. */
  private static Metadata lookup(Manifest m, String id, String name) {
    Metadata byId = m.get(id);
    return byId.equals(Metadata.NONE) && !name.equals(id) ? m.get(name) : byId;
  }

  /**
   * Describes a document and makes its id unique: a file (read from {@code entry}) whose name is
   * taken gets its relative path as id; a JSON Lines record ({@code entry} null) with an id already
   * seen is a duplicate and skipped.
   */
  private Item accept(Item item, Path folder, Entry entry) {
    if (item instanceof Item.Unread u) {
      return unread(u, folder);
    }
    if (!(item instanceof Item.Read r)) {
      return item;
    }
    Document d = r.document();
    String name = d.id();
    if (entry != null) {
      d = d.withId(unique(entry, name));
    } else if (!seen.add(d.id())) {
      return skipped(d.origin(), "duplicate document id '" + d.id() + "'; skipped");
    }
    return new Item.Read(describe(d, folder, name), r.warnings());
  }

  /**
   * Checks an unread record's id and binds the metadata its document will take; the record stays
   * unread when asked to, else it is read here.
   */
  private Item unread(Item.Unread u, Path folder) {
    if (!seen.add(u.id())) {
      return skipped(u.where(), "duplicate document id '" + u.id() + "'; skipped");
    }
    Manifest local = local(folder);
    Item.Unread bound =
        new Item.Unread(
            u.id(),
            u.where(),
            u.size(),
            () -> {
              Item read = u.read();
              if (!(read instanceof Item.Read r)) {
                return read;
              }
              Document d = r.document();
              return new Item.Read(describe(d, local, d.id()), r.warnings());
            });
    return unread ? bound : bound.read();
  }

  /** Returns the file's name if no document has it yet, else its relative path, made unique. */
  private String unique(Entry entry, String name) {
    if (seen.add(name)) {
      return name;
    }
    Path rel = entry.root().relativize(entry.path());
    String path = (rel.toString().isEmpty() ? entry.path() : rel).toString().replace('\\', '/');
    int dot = path.lastIndexOf('.');
    String base = dot > path.lastIndexOf('/') + 1 ? path.substring(0, dot) : path;
    String id = base;
    for (int n = 2; !seen.add(id); n++) {
      id = base + "~" + n;
    }
    return id;
  }

  private static Item skipped(String where, String message) {
    return new Item.Skipped(new Problem(where, message));
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }

  private void closeLines() {
    try {
      ((Closeable) lines).close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lines = null;
    }
  }

  @Override
  public void close() {
    if (lines != null) {
      closeLines();
    }
  }
}
