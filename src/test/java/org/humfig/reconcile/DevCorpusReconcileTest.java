package org.humfig.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.humfig.Humfig;
import org.humfig.Validated;
import org.humfig.document.Inputs;
import org.humfig.document.Manifest;
import org.humfig.document.Metadata;
import org.humfig.extract.Extractor;
import org.humfig.model.Figure;
import org.humfig.schema.TableSchema;
import org.humfig.validate.FigureValidator;
import org.junit.jupiter.api.Test;

/**
 * On real articles the rules were not written for (the development corpus kept beside the project,
 * {@code ../shared/corpus/dev}), no fact mixes two countries or two metric families, every figure
 * is in exactly one fact, and the facts do not depend on the order the figures come in. Only the
 * figures are looked at, never the texts; the test is skipped where the corpus is absent.
 */
class DevCorpusReconcileTest {

  @Test
  void devCorpus_noFactMixesCountriesOrMetricFamilies() throws IOException {
    Path corpus = Path.of(System.getProperty("humfig.dev.corpus", "../shared/corpus/dev"));
    Path articles = corpus.resolve("articles");
    assumeTrue(Files.isDirectory(articles), "no development corpus at " + corpus);
    Path manifest = corpus.resolve("manifest.csv");
    Inputs.Options options =
        new Inputs.Options(
            Files.isRegularFile(manifest) ? Manifest.read(manifest) : Manifest.EMPTY,
            Metadata.NONE,
            Inputs.Options.DEFAULT.maxBytes());

    List<Figure> figures = new ArrayList<>();
    Humfig humfig =
        new Humfig(
            Extractor.english(),
            new FigureValidator(TableSchema.bundled(), LocalDate.of(2100, 1, 1)),
            2);
    try (Inputs in = Inputs.open(List.of(articles), options)) {
      humfig.run(in, o -> o.figures().stream().map(Validated::figure).forEach(figures::add));
    }
    assertThat(figures).as("figures found in the corpus").hasSizeGreaterThan(40);

    Reconciliation done = reconcile(figures);
    Map<String, List<Figure>> byGroup = new TreeMap<>();
    for (int i = 0; i < figures.size(); i++) {
      byGroup.computeIfAbsent(done.groupId(i), g -> new ArrayList<>()).add(figures.get(i));
    }
    for (Map.Entry<String, List<Figure>> group : byGroup.entrySet()) {
      List<Figure> members = group.getValue();
      assertThat(members.stream().map(f -> Objects.toString(f.countryCode(), "")).distinct())
          .as("countries of %s", group.getKey())
          .hasSize(1);
      assertThat(members.stream().map(f -> Grouping.family(f.metric())).distinct())
          .as("metric families of %s", group.getKey())
          .hasSize(1);
    }
    List<String> listed = done.factList().stream().flatMap(f -> f.figureIds().stream()).toList();
    assertThat(listed)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(figures.stream().map(Figure::id).toList());

    List<Figure> reversed = new ArrayList<>(figures);
    Collections.reverse(reversed);
    assertThat(reconcile(reversed).factList()).isEqualTo(done.factList());
  }

  private static Reconciliation reconcile(List<Figure> figures) {
    Reconciler r = new Reconciler(Reconciler.Settings.DEFAULT);
    figures.forEach(r::add);
    return r.reconcile();
  }
}
