package org.humfig.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.humfig.rule.Rule;
import org.humfig.rule.RuleSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code humfig rules}: lists the rules an extraction would run. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the loaded rules: id, family, metric, priority, examples, whether enabled, and where each is written.",
      "",
      "Example: humfig rules --rules my-rules.yaml"
    })
final class RulesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin RuleOptions rules;

  @Option(names = "--patterns", description = "Also print each rule's pattern.")
  boolean patterns;

  @Override
  public Integer call() {
    RuleSet set = rules.load(spec.commandLine());
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%-28s %-13s %-17s %8s %8s %7s  %s%n",
        "id", "family", "metric", "priority", "examples", "enabled", "source");
    for (Rule r : set.rules()) {
      out.printf(
          "%-28s %-13s %-17s %8d %8d %7s  %s%n",
          r.id(),
          r.family(),
          r.metric() == null ? "-" : r.metric().id(),
          r.priority(),
          r.positive().size() + r.negative().size(),
          r.enabled() ? "yes" : "no",
          r.origin());
      if (patterns) {
        out.printf("    %s%n", r.pattern().text());
      }
    }
    out.printf(
        "%d rules, %d enabled.%n",
        set.rules().size(), set.rules().stream().filter(Rule::enabled).count());
    return 0;
  }
}
