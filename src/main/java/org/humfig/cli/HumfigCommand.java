package org.humfig.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command: holds the subcommands, answers {@code --help} and {@code --version}.
 *
 * <p>The subcommands are added by {@link #commandLine}: a run of one command builds only that
 * command's model, since building all of them from their annotations is a tenth of a short run.
 */
@Command(
    name = "humfig",
    mixinStandardHelpOptions = true,
    versionProvider = HumfigCommand.Version.class,
    description =
        "Turns news articles and situation reports into a validated dataset of humanitarian figures.")
final class HumfigCommand implements Runnable {

  /** The subcommands, in the order help lists them. */
  private static final List<Class<?>> COMMANDS =
      List.of(
          ExtractCommand.class,
          ExportCommand.class,
          ValidateCommand.class,
          ReconcileCommand.class,
          EvaluateCommand.class,
          RulesCommand.class,
          SchemaCommand.class,
          BenchCommand.class,
          CommandLine.HelpCommand.class);

  /**
   * Returns the command line for {@code args}: with only the subcommand {@code args} starts with,
   * when it names one other than {@code help}, else with all of them.
   */
  static CommandLine commandLine(String[] args) {
    CommandLine cl = new CommandLine(new HumfigCommand());
    Class<?> only = null;
    if (args.length > 0) {
      for (Class<?> c : COMMANDS) {
        if (c != CommandLine.HelpCommand.class && name(c).equals(args[0])) {
          only = c;
        }
      }
    }
    for (Class<?> c : only == null ? COMMANDS : List.of(only)) {
      cl.addSubcommand(c);
    }
    return cl;
  }

  /** Returns the name a subcommand's annotation gives it. */
  static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

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
