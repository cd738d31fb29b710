package org.humfig.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: holds the subcommands, answers {@code --help} and {@code --version}. */
@Command(
    name = "humfig",
    mixinStandardHelpOptions = true,
    versionProvider = HumfigCommand.Version.class,
    description =
        "Turns news articles and situation reports into a validated dataset of humanitarian figures.",
    subcommands = {
      ExtractCommand.class,
      ExportCommand.class,
      ValidateCommand.class,
      ReconcileCommand.class,
      EvaluateCommand.class,
      RulesCommand.class,
      SchemaCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
final class HumfigCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is required, e.g. 'extract'");
  }

  /** Returns "humfig" and the version of the build. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = HumfigCommand.class.getResourceAsStream("/humfig.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "humfig";
    }
    return "humfig " + p.getProperty("version", "unknown");
  }

  /** Reads the version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {version()};
    }
  }
}
