package org.humfig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.humfig.Hostile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built command run as a user runs it, in its own process with a small heap, on a folder of
 * every hostile input humfig has met, and killed in the middle of an export.
 */
class HostileInputIT {

  private static final Path JAR = Path.of("target", "humfig.jar");

  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private Process start(Path out, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("java", "-Xmx192m", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(out.resolveSibling(out.getFileName() + ".out").toFile())
        .redirectError(out.resolveSibling(out.getFileName() + ".err").toFile())
        .start();
  }

  private Result run(Path out, long seconds, String... args) throws Exception {
    Process p = start(out, args);
    boolean ended = p.waitFor(seconds, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly().waitFor();
    }
    assertThat(ended).as("ended within %d s", seconds).isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out.resolveSibling(out.getFileName() + ".out")),
        Files.readString(out.resolveSibling(out.getFileName() + ".err")));
  }

  private static void mkfifo(Path p) throws Exception {
    Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
    Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo");
  }

  @Test
  void hostileFolder_everyBadFileNamedOnce_goodFilesRead_exitZero() throws Exception {
    Assumptions.assumeTrue(Files.exists(JAR) && Files.exists(Path.of("/dev/zero")));
    Path in = Files.createDirectories(dir.resolve("in"));
    String good = "At least 12 people were killed in Aleppo on Sunday, the UN said.\n";
    Files.createDirectories(in.resolve("a"));
    Files.createDirectories(in.resolve("b"));
    Files.writeString(in.resolve("a/report.txt"), good);
    Files.writeString(in.resolve("b/report.txt"), "More than 3,000 people fled Homs.\n");
    Files.write(
        in.resolve("legacy.txt"),
        "About 400 people fled Caf\u00e9 Town\u2019s east.".getBytes("windows-1252"));
    Files.write(
        in.resolve("declared.html"),
        "<meta charset=windows-1252><p>Some 70 people were injured in Caf\u00e9 Town.</p>"
            .getBytes("windows-1252"));
    List<String> bad = new ArrayList<>();
    for (String name : List.of("pipe.txt", "pipe.html", "pipe.jsonl")) {
      mkfifo(in.resolve(name));
      bad.add(name);
    }
    Files.createSymbolicLink(in.resolve("zero.txt"), Path.of("/dev/zero"));
    bad.add("zero.txt");
    Files.createDirectories(in.resolve("loop/x"));
    Files.createDirectories(in.resolve("loop/y"));
    Files.createSymbolicLink(in.resolve("loop/x/to-y"), Path.of("../y"));
    Files.createSymbolicLink(in.resolve("loop/y/to-x"), Path.of("../x"));
    bad.add("to-x");
    bad.add("loop/y");
    Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3});
    bad.add("binary.txt");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    bad.add("empty.txt");
    Files.writeString(in.resolve("huge.txt"), Hostile.run("word ", 6 << 20));
    bad.add("huge.txt");
    Files.writeString(
        in.resolve("feed.jsonl"), "{\"id\": \"r1\", \"text\": \"9 people died.\"}\nnot json\n");
    bad.add("feed.jsonl line 2");
    // Shapes that once took minutes or the whole heap: read now, in linear time.
    int size = 200_000;
    for (int i = 0; i < Hostile.PATHOLOGICAL.length; i++) {
      Files.writeString(
          in.resolve("shape" + i + ".txt"), Hostile.run(Hostile.PATHOLOGICAL[i], size));
    }
    Files.writeString(
        in.resolve("oneline.txt"),
        Hostile.run("The town was quiet and 12 people were killed, ", 1 << 20));
    StringBuilder page = new StringBuilder("<html><body>");
    for (int i = 0; i < 100_000; i++) {
      page.append("<div class=\"nav c")
          .append(i)
          .append("\" id=\"i")
          .append(i)
          .append("\">x</div>");
    }
    Files.writeString(in.resolve("classes.html"), page.append("<p>").append(good).append("</p>"));
    Path out = dir.resolve("out");
    Result r = run(out, 240, "extract", in.toString(), "--out", out.toString(), "--max-size", "5");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.err().lines().toList();
    assertThat(lines)
        .allSatisfy(l -> assertThat(l).startsWith("warning: ").doesNotContain("Exception"));
    for (String name : bad) {
      assertThat(lines.stream().filter(l -> l.contains(name + ":") || l.contains(name + " ")))
          .as(name + " in " + r.err())
          .hasSize(1);
    }
    String csv = Files.readString(out.resolve("figures.csv"), StandardCharsets.UTF_8);
    assertThat(csv)
        .contains(",report,", ",b/report,", ",legacy,", ",declared,", ",r1,", ",classes,")
        .contains("Caf\u00e9 Town");
    assertThat(r.out()).contains("Wrote ");
  }

  @Test
  void killedExport_previousExportSurvives_nextRunLeavesNothingBehind() throws Exception {
    Assumptions.assumeTrue(Files.exists(JAR));
    Path small = Files.createDirectories(dir.resolve("small"));
    Files.writeString(small.resolve("a.txt"), "At least 12 people were killed in Aleppo.");
    Path big = Files.createDirectories(dir.resolve("big"));
    for (int i = 0; i < 400; i++) {
      Files.writeString(
          big.resolve("d" + i + ".txt"),
          Hostile.run("On Sunday " + i + " people were killed and 300 fled the town. ", 20_000));
    }
    Path out = dir.resolve("out");
    assertThat(run(out, 120, "extract", small.toString(), "--out", out.toString()).code()).isZero();
    Set<String> exports = Set.of("figures.csv", "figures.xlsx", "validation.json");
    List<byte[]> before = new ArrayList<>();
    for (String f : exports.stream().sorted().toList()) {
      before.add(Files.readAllBytes(out.resolve(f)));
    }
    for (boolean forcibly : new boolean[] {true, false}) {
      Set<String> earlier = names(out);
      Process p = start(out, "extract", big.toString(), "--out", out.toString(), "--threads", "1");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!writing(out, earlier) && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      Thread.sleep(500);
      assertThat(p.isAlive()).as("still exporting").isTrue();
      if (forcibly) {
        p.destroyForcibly(); // SIGKILL: nothing runs, the next run cleans up
      } else {
        p.destroy(); // SIGTERM: the run removes its own temporary folder as it exits
      }
      p.waitFor(60, TimeUnit.SECONDS);
      List<String> sorted = exports.stream().sorted().toList();
      for (int i = 0; i < sorted.size(); i++) {
        assertThat(Files.readAllBytes(out.resolve(sorted.get(i))))
            .as(sorted.get(i))
            .isEqualTo(before.get(i));
      }
      if (!forcibly) {
        assertThat(names(out)).isEqualTo(ExtractOutputTest.EXPORTS);
      }
    }
    assertThat(run(out, 120, "extract", small.toString(), "--out", out.toString()).code()).isZero();
    assertThat(names(out)).isEqualTo(ExtractOutputTest.EXPORTS);
  }

  /**
   * True once a new run's temporary folder in {@code out} (not in {@code earlier}) holds a file.
   */
  private static boolean writing(Path out, Set<String> earlier) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      for (Path p :
          s.filter(p -> p.getFileName().toString().startsWith(".humfig-run-"))
              .filter(p -> !earlier.contains(p.getFileName().toString()))
              .toList()) {
        try (Stream<Path> inside = Files.list(p)) {
          if (inside.findAny().isPresent()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Set<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
