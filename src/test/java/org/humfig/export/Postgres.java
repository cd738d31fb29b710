package org.humfig.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.humfig.Programs;

/**
 * A throwaway PostgreSQL server for one test: a new cluster in a temporary folder, listening on a
 * Unix socket in that folder only (no TCP port), trusted for local connections, stopped and removed
 * on {@link #close()}. Run as the {@code postgres} user when the tests run as root, which the
 * server refuses to be.
 */
final class Postgres implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final Path bin;
  private final Path home;
  private final List<String> as;

  private Postgres(Path bin, Path home, List<String> as) {
    this.bin = bin;
    this.home = home;
    this.as = as;
  }

  /** Starts a server under {@code parent}, or returns null when PostgreSQL is not installed. */
  static Postgres start(Path parent) throws Exception {
    Optional<Path> bin = bin();
    if (bin.isEmpty() || Programs.find("psql").isEmpty()) {
      return null;
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    Path home = Files.createTempDirectory("humfig-pg-");
    List<String> as = List.of();
    if (root) {
      Optional<Path> runuser = Programs.find("runuser");
      if (runuser.isEmpty()) {
        Files.delete(home);
        return null;
      }
      UserPrincipal postgres =
          home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(home, postgres);
      as = List.of(runuser.get().toString(), "-u", "postgres", "--");
    }
    Postgres pg = new Postgres(bin.get(), home, as);
    pg.run("initdb", "-D", home.resolve("data").toString(), "-A", "trust", "-U", "postgres");
    pg.run(
        "pg_ctl",
        "-D",
        home.resolve("data").toString(),
        "-o",
        "-k " + home + " -c listen_addresses=''",
        "-l",
        home.resolve("log").toString(),
        "-w",
        "start");
    return pg;
  }

  /** Returns the environment that points psql at this server. */
  Map<String, String> env() {
    return Map.of(
        "PGHOST",
        home.toString(),
        "PGPORT",
        "5432",
        "PGUSER",
        "postgres",
        "PGDATABASE",
        "postgres");
  }

  private void run(String program, String... args) throws Exception {
    List<String> command = new ArrayList<>(as);
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    Programs.Result r = Programs.run(Path.of("/"), Map.of(), TIMEOUT, command);
    if (r.code() != 0) {
      throw new IOException(program + " failed: " + r.output());
    }
  }

  @Override
  public void close() throws Exception {
    try {
      run("pg_ctl", "-D", home.resolve("data").toString(), "-m", "immediate", "-w", "stop");
    } finally {
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Returns the folder of initdb and pg_ctl: on the PATH, else Debian's newest version's. */
  private static Optional<Path> bin() throws IOException {
    Optional<Path> onPath = Programs.find("initdb").map(Path::getParent);
    if (onPath.isPresent() && Files.isExecutable(onPath.get().resolve("pg_ctl"))) {
      return onPath;
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(debian)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(debian)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(
              b ->
                  Files.isExecutable(b.resolve("initdb"))
                      && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(b -> version(b.getParent().getFileName().toString())));
    }
  }

  private static int version(String name) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
