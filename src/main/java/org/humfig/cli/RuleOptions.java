package org.humfig.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.humfig.rule.RuleException;
import org.humfig.rule.RuleLoader;
import org.humfig.rule.RuleSet;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --rules FILE} option: rule files that add to or override the bundled rules. */
final class RuleOptions {

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "A rule file (YAML) whose rules add to or replace the bundled ones by id; repeatable.")
  List<Path> files = new ArrayList<>();

  /**
   * Returns the bundled rules with the user's files applied.
   *
   * @throws CommandLine.ParameterException (exit 2) naming the file, line and rule at fault
   */
  RuleSet load(CommandLine cl) {
    try {
      if (files.isEmpty()) {
        return RuleLoader.english();
      }
      RuleLoader loader = RuleLoader.bundled();
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          throw new CommandLine.ParameterException(cl, "no such rule file: '" + f + "'");
        }
        loader.add(f);
      }
      return loader.build();
    } catch (RuleException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
  }
}
