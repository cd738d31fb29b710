package org.humfig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.humfig.Humfig;
import org.humfig.Validated;
import org.humfig.document.Inputs;
import org.humfig.evaluation.GoldFigure;
import org.humfig.evaluation.Score;
import org.humfig.evaluation.Scorer;
import org.humfig.extract.Extractor;
import org.humfig.model.Figure;
import org.humfig.schema.TableSchema;
import org.humfig.validate.FigureValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code humfig evaluate}: extracts figures and scores them against hand-annotated gold. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts figures from INPUT and scores them against a gold CSV: precision, recall, F1 and the "
          + "accuracy of qualifier, attribution, location and date over the hits, then lists misses and extras.",
      "A figure matches a gold row of the same document and metric family whose value_low..value_high "
          + "holds its value; each gold row matches once; rows with required=no are optional.",
      "",
      "Example: humfig evaluate --gold gold.csv examples"
    },
    sortOptions = false)
final class EvaluateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--gold",
      paramLabel = "FILE",
      required = true,
      description =
          "Gold CSV: document, category, metric, value_low, value_high, qualifier, ..., required.")
  Path gold;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders to read.")
  List<Path> inputs;

  @Mixin InputOptions input;

  @Mixin RuleOptions rules;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the two summary lines.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    if (!Files.isRegularFile(gold)) {
      throw new CommandLine.ParameterException(cl, "no such gold file: '" + gold + "'");
    }
    List<GoldFigure> expected;
    try {
      expected = Scorer.read(gold);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    Inputs.Options options = input.options(cl, inputs);
    Extractor extractor = new Extractor(rules.load(cl), input.settings());
    List<Figure> figures = new ArrayList<>();
    PrintWriter err = cl.getErr();
    try (Inputs in = Inputs.open(inputs, options)) {
      new Humfig(
              extractor,
              new FigureValidator(TableSchema.bundled()),
              input.threads(),
              input.limits())
          .run(
              in,
              outcome -> {
                outcome.problems().forEach(p -> err.println("warning: " + p));
                outcome.figures().stream().map(Validated::figure).forEach(figures::add);
              });
    }
    Score score = Scorer.score(expected, figures, options.manifest().ids());
    PrintWriter out = cl.getOut();
    if (!quiet) {
      for (GoldFigure g : score.missed()) {
        out.printf(
            "MISSED  %s %s %s-%s: %s%n",
            g.document(), g.metric(), number(g.low()), number(g.high()), cut(g.evidence()));
      }
      for (Figure f : score.extras()) {
        out.printf(
            "EXTRA   %s %s %s (%s): %s%n",
            f.documentId(), f.metric().id(), number(f.value()), f.ruleId(), cut(f.evidence()));
      }
      for (Score.Hit h : score.hits()) {
        List<String> wrong = Scorer.differences(h);
        if (!wrong.isEmpty()) {
          out.printf(
              "HIT     %s %s %s: %s%n",
              h.gold().document(),
              h.gold().metric(),
              number(h.gold().low()),
              String.join("; ", wrong));
        }
      }
    }
    out.println(score.summary());
    return 0;
  }

  private static String number(double d) {
    return org.humfig.model.Columns.number(d);
  }

  private static String cut(String s) {
    return s == null ? "" : s.length() <= 110 ? s : s.substring(0, 110);
  }
}
