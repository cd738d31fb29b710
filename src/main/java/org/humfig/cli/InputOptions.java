package org.humfig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.humfig.document.Inputs;
import org.humfig.document.Manifest;
import org.humfig.document.Metadata;
import org.humfig.extract.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that say how to read inputs and what to assume about them. */
final class InputOptions {

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "CSV with document, source_name, source_url, published for each document.")
  Path manifest;

  @Option(
      names = "--published",
      paramLabel = "DATE",
      description = "Publication date (yyyy-mm-dd) for documents nothing else dates.")
  LocalDate published;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description = "Publisher for documents nothing else names.")
  String source;

  @Option(
      names = "--source-url",
      paramLabel = "URL",
      description = "Address for documents nothing else gives one.")
  String sourceUrl;

  @Option(
      names = "--household-size",
      paramLabel = "N",
      defaultValue = "5",
      description =
          "People per household, to estimate people from households (default: ${DEFAULT-VALUE}).")
  double householdSize;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads that share the work (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--max-size",
      paramLabel = "MB",
      defaultValue = "32",
      description = "Skip documents larger than this many megabytes (default: ${DEFAULT-VALUE}).")
  double maxSize;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "120",
      description =
          "Skip a document that takes longer than this to read, with a warning; 0 for no limit"
              + " (default: ${DEFAULT-VALUE}).")
  long timeout;

  /** Returns what one document may cost; the command line is where the time source is read. */
  org.humfig.Humfig.Limits limits() {
    return new org.humfig.Humfig.Limits(
        java.time.Duration.ofSeconds(timeout), org.humfig.Humfig.Limits.FIGURES, System::nanoTime);
  }

  /**
   * Checks the inputs and returns how to read them.
   *
   * @throws CommandLine.ParameterException (exit 2) for a missing input or a bad option
   */
  Inputs.Options options(CommandLine cl, List<Path> inputs) throws IOException {
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new CommandLine.ParameterException(cl, "no such file or folder: '" + p + "'");
      }
    }
    if (!(maxSize > 0)) {
      throw new CommandLine.ParameterException(cl, "--max-size must be more than 0");
    }
    if (timeout < 0) {
      throw new CommandLine.ParameterException(cl, "--timeout must be 0 or more");
    }
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(cl, "--threads must be at least 1");
    }
    settings(cl);
    Manifest given = Manifest.EMPTY;
    if (manifest != null) {
      if (!Files.isRegularFile(manifest)) {
        throw new CommandLine.ParameterException(cl, "no such manifest file: '" + manifest + "'");
      }
      try {
        given = Manifest.read(manifest);
      } catch (IOException e) {
        throw new CommandLine.ParameterException(cl, e.getMessage());
      }
    }
    PrintWriter err = cl.getErr();
    given.problems().forEach(p -> err.println("warning: " + p));
    return new Inputs.Options(
        given,
        new Metadata(source, sourceUrl, Optional.ofNullable(published)),
        (long) (maxSize * 1024 * 1024));
  }

  /** Returns the extraction settings the options give. */
  Extractor.Settings settings() {
    return new Extractor.Settings(householdSize);
  }

  private void settings(CommandLine cl) {
    if (!(householdSize >= 1)) {
      throw new CommandLine.ParameterException(cl, "--household-size must be at least 1");
    }
  }

  /** Returns the number of threads that share the work. */
  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
