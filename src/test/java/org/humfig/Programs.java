package org.humfig;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Finds programs on the PATH and runs them, for the tests that use real tools when present. */
public final class Programs {

  /**
   * What a program did.
   *
   * @param code its exit code
   * @param output what it printed, standard output and error together
   */
  public record Result(int code, String output) {}

  private Programs() {}

  /** Returns the first of {@code names} found as an executable on the PATH. */
  public static Optional<Path> find(String... names) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : names) {
      Optional<Path> found =
          Stream.of(path.split(File.pathSeparator))
              .filter(d -> !d.isEmpty())
              .map(d -> Path.of(d, name))
              .filter(Files::isExecutable)
              .findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Runs {@code command} in {@code dir} with {@code env} added to the environment, and returns what
   * it did.
   *
   * @throws IOException when it cannot start or does not finish within {@code timeout}
   */
  public static Result run(
      Path dir, Map<String, String> env, Duration timeout, List<String> command)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("humfig-program-", ".log");
    try {
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      pb.environment().putAll(env);
      Process p = pb.start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new IOException(
            command.get(0) + " did not finish in " + timeout + ": " + Files.readString(log));
      }
      return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Returns a Python interpreter that imports every one of {@code modules}, if one is here. */
  public static Optional<String> python(String... modules) {
    String imports = "import " + String.join(", ", modules);
    for (String candidate : List.of("python3", "/usr/bin/python3", "/usr/local/bin/python3")) {
      Optional<Path> exe =
          candidate.startsWith("/")
              ? Optional.of(Path.of(candidate)).filter(Files::isExecutable)
              : find(candidate);
      if (exe.isEmpty()) {
        continue;
      }
      try {
        Result r =
            run(
                Path.of("."),
                Map.of(),
                Duration.ofSeconds(60),
                List.of(exe.get().toString(), "-c", imports));
        if (r.code() == 0) {
          return Optional.of(exe.get().toString());
        }
      } catch (IOException | InterruptedException e) {
        // try the next interpreter
      }
    }
    return Optional.empty();
  }

  /** Returns a bash preamble that makes {@code humfig} run this build's command line. */
  public static String humfigFunction() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return "humfig() { '"
        + java
        + "' -cp '"
        + System.getProperty("java.class.path")
        + "' org.humfig.cli.Main \"$@\"; }\n";
  }
}
