package org.humfig.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder of one run, held for the run: locked, so that two runs never write it at once
 * and the exports of a folder always come from one run, and with a private temporary folder inside
 * it, where every file of the run is written (the exports before they are moved into place, the
 * workbook's sheet data, the report's spilled findings) and which is removed at the end.
 *
 * <p>The lock is an operating-system lock on {@value #LOCK}, which stays in the folder: the system
 * releases it when a run ends in any way, killed or not. A run killed before it could clean up
 * leaves its temporary folder behind; the next run, holding the lock and so knowing that no other
 * run uses it, removes it (and the temporary files of earlier versions). A run stopped by a signal
 * removes its temporary folder as it exits. Files are created with the mode the umask gives, as any
 * program's are.
 *
 * <pre>{@code
 * try (Workspace w = Workspace.open(Path.of("exports"))) {
 *   Path temp = w.temp();   // exports/.humfig-run-1234/
 *   ...
 * }                         // temp removed, lock released
 * }</pre>
 */
public final class Workspace implements Closeable {

  /** The lock file in the output folder. */
  public static final String LOCK = ".humfig.lock";

  private static final String RUN = ".humfig-run-";

  /** A file staged beside its export: ".figures.csv.3f2a…-….tmp", ".validation.json.8712.tmp". */
  private static final java.util.regex.Pattern STAGED =
      java.util.regex.Pattern.compile("\\..+\\.[0-9a-f-]{4,}\\.tmp");

  /** The output folder is held by another run. */
  public static final class Busy extends IOException {
    private static final long serialVersionUID = 1L;

    Busy(Path dir) {
      super(
          "another humfig run is writing to '"
              + dir
              + "'; wait for it to end or choose another --out");
    }
  }

  private final Path dir;
  private final FileChannel channel;
  private final FileLock lock;
  private final Path temp;
  private final int cleaned;
  private final Thread hook;

  private Workspace(Path dir, FileChannel channel, FileLock lock, Path temp, int cleaned) {
    this.dir = dir;
    this.channel = channel;
    this.lock = lock;
    this.temp = temp;
    this.cleaned = cleaned;
    this.hook = new Thread(() -> removeWhileWritten(temp), "humfig-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Locks {@code dir} (which exists), removes what killed runs left in it and makes the run's
   * temporary folder.
   *
   * @throws Busy when another run holds the folder
   * @throws IOException when the folder cannot be written
   */
  public static Workspace open(Path dir) throws IOException {
    FileChannel channel =
        FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException | IOException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new Busy(dir);
    }
    try {
      int cleaned = clean(dir);
      Path temp = Files.createTempDirectory(dir, RUN);
      return new Workspace(dir, channel, lock, temp, cleaned);
    } catch (IOException | RuntimeException e) {
      lock.release();
      channel.close();
      throw e;
    }
  }

  /** Returns the output folder. */
  public Path dir() {
    return dir;
  }

  /** Returns the run's private temporary folder, inside the output folder. */
  public Path temp() {
    return temp;
  }

  /** Returns how many files and folders left by earlier, interrupted runs were removed. */
  public int cleaned() {
    return cleaned;
  }

  /** Removes what earlier runs, killed before they could clean up, left in {@code dir}. */
  private static int clean(Path dir) throws IOException {
    List<Path> stale = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(Workspace::leftover).forEach(stale::add);
    }
    for (Path p : stale) {
      delete(p);
    }
    return stale.size();
  }

  /** True for a run folder, or a temporary file of an earlier version, beside the exports. */
  private static boolean leftover(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith(RUN)
        || (name.startsWith(".humfig-") && name.endsWith(".probe"))
        || STAGED.matcher(name).matches();
  }

  /**
   * Deletes the temporary folder as the process exits on a signal: the run's threads may still be
   * writing into it, so it is tried again until it is gone, for at most about a second.
   */
  private static void removeWhileWritten(Path temp) {
    for (int attempt = 0; attempt < 20 && Files.exists(temp); attempt++) {
      delete(temp);
      if (Files.exists(temp)) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Deletes a file or a folder and everything in it, as far as it can. */
  static void delete(Path path) {
    try {
      Files.walkFileTree(
          path,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.deleteIfExists(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // Best effort: what is left is removed by the next run.
    }
  }

  /** Removes the temporary folder and releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      delete(temp);
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException exiting) {
        // The hook is running or has run.
      }
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
