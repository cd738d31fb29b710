package org.humfig.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.humfig.extract.Extractor;
import org.humfig.reconcile.Reconciler;
import org.humfig.rule.RuleLoader;
import picocli.CommandLine;

/** The {@code humfig} command line: {@code java -jar humfig.jar extract examples}. */
public final class Main {

  private Main() {}

  /** Runs the command line and exits with its code: 0 success, 1 failure, 2 usage error. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the command line in-process, writing to the given streams, and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Locale.setDefault(Locale.ROOT);
    // Libraries log only when asked to: their lines are not for the user
    // (log4j2.component.properties).
    if (System.getenv("HUMFIG_DEBUG") != null) {
      System.setProperty("log4j2.simplelogLevel", "WARN");
    }
    if (args.length > 0 && args[0].equals("extract")) {
      preload();
    }
    CommandLine cl = HumfigCommand.commandLine(args);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          String command = ex.getCommandLine().getCommandName();
          String qualified = ex.getCommandLine().getCommandSpec().qualifiedName();
          err.println(qualified + ": " + ex.getMessage() + " (see '" + qualified + " --help')");
          err.flush();
          return 2;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parse) -> {
          err.println(c.getCommandSpec().qualifiedName() + ": error: " + message(ex));
          if (System.getenv("HUMFIG_DEBUG") != null) {
            ex.printStackTrace(err);
          }
          err.flush();
          return 1;
        });
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      err.printf(
          "humfig: error: out of memory (the Java heap holds %d MB); give Java more with -Xmx, or"
              + " lower --max-size%n",
          Runtime.getRuntime().maxMemory() >> 20);
      code = 1;
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Starts loading the bundled rules, and the place names with the words for numbers, dates and
   * pages, most of an extraction's start, on two threads of their own while the command line is
   * read. A failure is left for the command to meet and report when it asks for them.
   */
  private static void preload() {
    preload(
        () -> {
          Extractor.preload();
          Reconciler.preload();
        },
        "humfig-places");
    preload(RuleLoader::english, "humfig-rules");
  }

  private static void preload(Runnable load, String name) {
    Thread t =
        new Thread(
            () -> {
              try {
                load.run();
              } catch (RuntimeException | Error e) {
                // the command loads them again and reports what went wrong
              }
            },
            name);
    t.setDaemon(true);
    t.start();
  }

  /** Returns the one-line message of an error, without a leading "error:" of its own. */
  static String message(Throwable ex) {
    String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().strip();
    while (m.regionMatches(true, 0, "error:", 0, 6)) {
      m = m.substring(6).strip();
    }
    int line = m.indexOf('\n');
    return line < 0 ? m : m.substring(0, line).strip();
  }
}
