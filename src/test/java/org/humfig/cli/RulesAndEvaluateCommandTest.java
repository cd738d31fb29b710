package org.humfig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesAndEvaluateCommandTest {

  @TempDir Path dir;

  @Test
  void rules_listsEveryRuleWithFamilyAndExamples() {
    CliRun run = CliRun.of("rules");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .containsPattern("killed\\.passive\\s+casualty\\s+killed\\s+10\\s+\\d+\\s+yes")
        .containsPattern("attribution\\.according\\s+attribution")
        .containsPattern("\\d+ rules, \\d+ enabled\\.");
  }

  @Test
  void rules_userFileAddsAndOverrides() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("mine.yaml"),
            "family: casualty\n"
                + "lexicon:\n"
                + "  slain_word: [slaughtered, butchered]\n"
                + "rules:\n"
                + "  - id: killed.butchered\n"
                + "    pattern: QTY POP? @aux{0,2} @slain_word\n"
                + "    metric: killed\n"
                + "    positive: [\"12 villagers were butchered\"]\n"
                + "    negative: [\"the butchered meat\"]\n"
                + "  - id: killed.nominal\n"
                + "    pattern: QTY POP? @death_noun\n"
                + "    metric: killed\n"
                + "    enabled: false\n"
                + "    positive: [\"82 deaths\"]\n"
                + "    negative: [\"no deaths\"]\n");
    CliRun run = CliRun.of("rules", "--rules", file.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .containsPattern("killed\\.butchered\\s+casualty")
        .containsPattern("killed\\.nominal .* no ");
    Path in =
        Files.writeString(
            dir.resolve("a.txt"),
            "Officials said 12 villagers were butchered. The clashes caused 82 deaths.");
    Path out = dir.resolve("out");
    CliRun extract =
        CliRun.of(
            "extract",
            in.toString(),
            "--rules",
            file.toString(),
            "--out",
            out.toString(),
            "--format",
            "csv");
    assertThat(extract.code()).as(extract.err()).isZero();
    String csv = Files.readString(out.resolve("figures.csv"));
    assertThat(csv).contains("killed.butchered").doesNotContain("killed.nominal");
  }

  @Test
  void badRuleFile_isUsageErrorNamingFileLineAndRule() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("bad.yaml"),
            "family: displacement\nrules:\n  - id: fled.typo\n    pattern: QTY @DISPLACD\n    metric: fled\n");
    CliRun run =
        CliRun.of("extract", "examples", "--rules", file.toString(), "--out", dir.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .contains(file + ":3: rule 'fled.typo': unknown lexicon 'DISPLACD'");
  }

  @Test
  void evaluate_printsScoresMissesAndExtras() throws IOException {
    CliRun run = CliRun.of("evaluate", "--gold", "src/test/resources/seeds/gold.csv", "examples");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("gold=21 hits=")
        .containsPattern("precision=\\d\\.\\d{3} recall=\\d\\.\\d{3} f1=\\d\\.\\d{3}");
    Path gold =
        Files.writeString(
            dir.resolve("gold.csv"),
            "document,category,metric,value_low,value_high,qualifier,unit,population,location,actor,date,attributed_to,required,evidence\n"
                + "a,casualty,killed,12,12,exact,people,,Aleppo,,,,yes,x\n"
                + "a,casualty,injured,5,5,exact,people,,,,,,yes,missed one\n");
    Path in =
        Files.writeString(dir.resolve("a.txt"), "12 people were killed in Homs. 300 people fled.");
    CliRun small =
        CliRun.of(
            "evaluate", "--gold", gold.toString(), in.toString(), "--published", "2016-12-11");
    assertThat(small.out())
        .contains("MISSED  a injured 5-5: missed one")
        .contains("EXTRA   a fled 300 (fled.verb)")
        .contains("HIT     a killed 12: location 'Homs' != 'Aleppo'")
        .contains("gold=2 hits=1 missed=1 extra=1");
  }

  @Test
  void evaluate_missingGold_isUsageError() {
    CliRun run = CliRun.of("evaluate", "--gold", dir.resolve("none.csv").toString(), "examples");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no such gold file");
  }
}
