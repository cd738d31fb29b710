package org.humfig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built launcher, {@code target/humfig}, run as a user runs it: the jar beside it runs, with
 * the class archive beside it, with the quick compiler only for files under 100 MB, and with the
 * serial collector on a machine of two cores or fewer.
 */
class LauncherIT {

  private static final Path LAUNCHER = Path.of("target", "humfig");
  private static final Path ARCHIVE = Path.of("target", "humfig.jsa");
  private static final Pattern LEVEL =
      Pattern.compile("TieredStopAtLevel\\s+=\\s+(\\d+)", Pattern.MULTILINE);

  private static final Pattern SERIAL =
      Pattern.compile("UseSerialGC\\s+=\\s+(\\w+)", Pattern.MULTILINE);
  private static final Pattern G1 = Pattern.compile("UseG1GC\\s+=\\s+(\\w+)", Pattern.MULTILINE);

  @TempDir Path dir;

  private record Result(int code, String out) {}

  @BeforeEach
  void built() {
    Assumptions.assumeTrue(Files.exists(Path.of("target", "humfig.jar")), "the jar is built");
    Assumptions.assumeTrue(Files.exists(Path.of("/bin/sh")), "a POSIX shell");
    assertThat(LAUNCHER).as("the build writes the launcher beside the jar").isExecutable();
  }

  /** Runs the launcher with {@code javaOptions} in HUMFIG_JAVA_OPTIONS. */
  private Result run(String javaOptions, String... args) throws IOException, InterruptedException {
    return run(LAUNCHER, javaOptions, args);
  }

  /** Runs {@code launcher} with {@code javaOptions} in HUMFIG_JAVA_OPTIONS. */
  private Result run(Path launcher, String javaOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("launcher.out");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.redirectOutput(out.toFile());
    pb.environment().put("HUMFIG_JAVA_OPTIONS", javaOptions);
    Process p = pb.start();
    boolean ended = p.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly().waitFor();
    }
    assertThat(ended).as("ended within 120 s").isTrue();
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }

  private static String level(Result r) {
    return flag(LEVEL, r);
  }

  private static String flag(Pattern flag, Result r) {
    Matcher m = flag.matcher(r.out());
    assertThat(m.find()).as("the JVM's flags in %s", r.out()).isTrue();
    return m.group(1);
  }

  /** The cores the launcher counts. */
  private static int cores() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("getconf", "_NPROCESSORS_ONLN").start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor();
    return Integer.parseInt(out);
  }

  /** Runs the launcher's {@code extract} of one article holding {@code text}, CSV to out/. */
  private Result extract(String javaOptions, String text) throws IOException, InterruptedException {
    Path article = dir.resolve("article.txt");
    Files.writeString(article, text);
    return run(
        javaOptions,
        "extract",
        article.toString(),
        "--format",
        "csv",
        "--quiet",
        "--out",
        dir.resolve("out").toString());
  }

  @Test
  void smallArticle_quickCompilerOnly_figuresWritten() throws Exception {
    Result r =
        extract(
            "-XX:+PrintFlagsFinal",
            "At least 12 people were killed in Aleppo on Sunday, the UN said.\n");

    assertThat(r.code()).as(r.out()).isZero();
    assertThat(level(r)).isEqualTo("1");
    assertThat(Files.readString(dir.resolve("out/figures.csv"))).contains(",killed,", ",12,");
  }

  @Test
  void noFileNamed_bothCompilers() throws Exception {
    Result r = run("-XX:+PrintFlagsFinal", "--version");

    assertThat(r.code()).as(r.out()).isZero();
    assertThat(level(r)).isEqualTo("4");
    assertThat(r.out()).contains("humfig ");
  }

  @Test
  void javaOptions_comeLast_andWin() throws Exception {
    Result r =
        extract("-XX:+PrintFlagsFinal -XX:TieredStopAtLevel=4", "About 400 people fled Homs.\n");

    assertThat(r.code()).as(r.out()).isZero();
    assertThat(level(r)).isEqualTo("4");
  }

  @Test
  void twoCoresOrFewer_serialCollector() throws Exception {
    Assumptions.assumeTrue(cores() <= 2, "a machine of two cores or fewer");

    Result r = run("-XX:+PrintFlagsFinal", "--version");

    assertThat(r.code()).as(r.out()).isZero();
    assertThat(flag(SERIAL, r)).isEqualTo("true");
  }

  @Test
  void javaOptions_nameACollector_theirsIsUsed() throws Exception {
    Result r = run("-XX:+PrintFlagsFinal -XX:+UseG1GC", "--version");

    assertThat(r.code()).as(r.out()).isZero();
    assertThat(flag(G1, r)).isEqualTo("true");
    assertThat(flag(SERIAL, r)).isEqualTo("false");
  }

  @Test
  void linkToTheLauncher_runsTheJarBesideTheLauncher() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path link = Files.createSymbolicLink(bin.resolve("humfig"), LAUNCHER.toAbsolutePath());
    Path chained = Files.createSymbolicLink(bin.resolve("hf"), Path.of("humfig"));

    for (Path launcher : List.of(link, chained)) {
      Result r = run(launcher, "", "--version");

      assertThat(r.code()).as(r.out()).isZero();
      assertThat(r.out()).startsWith("humfig ");
    }
    Files.delete(chained);
    Files.delete(link);
  }

  @Test
  void archiveBesideTheJar_classesReadFromIt() throws Exception {
    Assumptions.assumeTrue(Files.exists(ARCHIVE), "the build wrote no class archive");

    Result r = run("-Xlog:class+load=info", "--version");

    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).containsPattern("org\\.humfig\\.cli\\.Main source: shared objects file");
  }
}
