package org.humfig.document;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Streams the documents of a list of input paths, one at a time, in a stable order: files in the
 * order given, folders walked recursively in name order.
 *
 * <p>Reads {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl} and {@code .warc}/{@code
 * .warc.gz} files. A {@code manifest.csv} in a folder describes the documents in that folder and
 * below it. Bad inputs (binary, empty, invalid UTF-8, too large, unsupported type, duplicate id)
 * come out as {@link Item.Skipped} with a message naming them; the walk goes on. Only one document,
 * or one JSON Lines record, is held at a time. Not thread-safe: one reader drives it.
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

  private final Options options;
  private final Deque<Object> work = new ArrayDeque<>();
  private final Map<Path, Manifest> manifests = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private final Deque<Item> pending = new ArrayDeque<>();
  private Iterator<Item> lines;
  private Path linesFolder;

  private Inputs(List<Path> paths, Options options) {
    this.options = options;
    for (Path p : paths) {
      work.addLast(p);
    }
  }

  /** Returns a stream over {@code paths}; missing paths come out as skipped items. */
  public static Inputs open(List<Path> paths, Options options) {
    return new Inputs(paths, options);
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty()) {
      if (lines != null) {
        if (lines.hasNext()) {
          pending.add(accept(lines.next(), linesFolder));
          continue;
        }
        closeLines();
      }
      if (work.isEmpty()) {
        return false;
      }
      step((Path) work.removeFirst());
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

  private void step(Path path) {
    if (Files.isDirectory(path)) {
      expand(path);
      return;
    }
    if (!Files.exists(path)) {
      pending.add(skipped(path.toString(), "no such file or folder"));
      return;
    }
    String name = path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    String ext = lower.endsWith(".warc.gz") ? "warc" : dot < 0 ? "" : lower.substring(dot + 1);
    String id = dot <= 0 ? name : name.substring(0, dot);
    try {
      switch (ext) {
        case "txt", "text" -> single(path, id, false);
        case "html", "htm", "xhtml" -> single(path, id, true);
        case "jsonl", "ndjson" -> {
          lines = new JsonLinesReader(path, path.toString(), options.maxBytes());
          linesFolder = path.getParent();
        }
        case "warc" -> {
          lines = new WarcReader(Files.newInputStream(path), path.toString(), options.maxBytes());
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

  private void single(Path path, String id, boolean html) throws IOException {
    long size = Files.size(path);
    if (size > options.maxBytes()) {
      pending.add(skipped(path.toString(), Decoder.tooLarge(size, options.maxBytes())));
      return;
    }
    byte[] bytes = Files.readAllBytes(path);
    try {
      Document d =
          html
              ? HtmlReader.read(id, path.toString(), bytes, options.maxBytes())
              : new Document(
                  id,
                  Decoder.decode(bytes, options.maxBytes()),
                  path.toString(),
                  "",
                  "",
                  "",
                  java.util.Optional.empty());
      pending.add(accept(new Item.Read(d, List.of()), path.getParent()));
    } catch (Unreadable e) {
      pending.add(skipped(path.toString(), e.getMessage()));
    }
  }

  private void expand(Path dir) {
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
        work.addFirst(child);
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
  private Document describe(Document d, Path folder) {
    Manifest local = manifest(folder);
    if (local == null) {
      for (Path p = folder == null ? null : folder.toAbsolutePath().getParent();
          p != null && local == null;
          p = p.getParent()) {
        local = manifests.get(p.normalize());
      }
    }
    if (local != null) {
      d = d.withOverrides(local.get(d.id()));
    }
    return d.withOverrides(options.manifest().get(d.id())).withDefaults(options.defaults());
  }

  private Item accept(Item item, Path folder) {
    if (item instanceof Item.Read r) {
      Document d = describe(r.document(), folder);
      if (!seen.add(d.id())) {
        return skipped(d.origin(), "duplicate document id '" + d.id() + "'; skipped");
      }
      return new Item.Read(d, r.warnings());
    }
    return item;
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
