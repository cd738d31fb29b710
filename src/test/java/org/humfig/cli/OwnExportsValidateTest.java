package org.humfig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.humfig.Hostile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * humfig's own exports always validate, whatever the text: the figures of fuzzed documents, written
 * as CSV (plain and guarded) and as a workbook, are checked again by {@code humfig validate}, which
 * must find exactly what the run's own report found; and every evidence cell is the document's text
 * at its offsets.
 */
class OwnExportsValidateTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void exportsOfFuzzedText_validateAsTheRunDid() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    SplittableRandom random = new SplittableRandom(7L);
    Map<String, String> texts = new HashMap<>();
    for (int d = 0; d < 16; d++) {
      String text =
          Hostile.text(random, 60)
              + " At least 12 people were killed.\r\n=SUM(1) 300 people fled.\n"
              + Hostile.text(random, 60);
      texts.put("d" + d, text);
      Files.writeString(in.resolve("d" + d + ".txt"), text, StandardCharsets.UTF_8);
    }
    for (boolean guard : new boolean[] {false, true}) {
      Path out = dir.resolve("out-" + guard);
      CliRun run =
          guard
              ? CliRun.of(
                  "extract",
                  in.toString(),
                  "--out",
                  out.toString(),
                  "--csv-guard",
                  "--threads",
                  "2")
              : CliRun.of("extract", in.toString(), "--out", out.toString(), "--threads", "2");
      assertThat(run.code()).as(run.err()).isZero();
      JsonNode own = JSON.readTree(out.resolve("validation.json").toFile());
      assertThat(own.path("stats").path("rows").asLong()).isGreaterThan(0);
      for (String file : List.of("figures.csv", "figures.xlsx")) {
        CliRun check =
            CliRun.of(
                "validate",
                out.resolve(file).toString(),
                "--format",
                "json",
                "--today",
                ExtractCommand.clock
                    .instant()
                    .atZone(ExtractCommand.clock.getZone())
                    .toLocalDate()
                    .toString());
        JsonNode again = JSON.readTree(check.out());
        assertThat(again.path("stats").path("rows"))
            .as(file)
            .isEqualTo(own.path("stats").path("rows"));
        assertThat(again.path("stats").path("errors"))
            .as(file + " " + check.out())
            .isEqualTo(own.path("stats").path("errors"));
        assertThat(again.path("stats").path("warnings"))
            .as(file)
            .isEqualTo(own.path("stats").path("warnings"));
      }
      evidenceIsTheText(out.resolve("figures.csv"), texts);
    }
  }

  private static void evidenceIsTheText(Path csv, Map<String, String> texts) throws IOException {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVReader reader = new CSVReader(r)) {
      List<String[]> rows = reader.readAll();
      List<String> header = List.of(rows.get(0));
      int doc = header.indexOf("document_id");
      int evidence = header.indexOf("evidence");
      int start = header.indexOf("evidence_start");
      int end = header.indexOf("evidence_end");
      for (String[] row : rows.subList(1, rows.size())) {
        String text = texts.get(row[doc]);
        String expected = text.substring(Integer.parseInt(row[start]), Integer.parseInt(row[end]));
        // The CSV reader of this check drops carriage returns; humfig validate does not.
        assertThat(row[evidence]).isEqualTo(expected.replace("\r\n", "\n").replace('\r', '\n'));
        assertThat("=+-@").doesNotContain(row[evidence].substring(0, 1));
      }
    } catch (com.opencsv.exceptions.CsvException e) {
      throw new IOException(e);
    }
  }
}
