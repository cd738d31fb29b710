package org.humfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.humfig.document.Inputs;
import org.humfig.export.CsvWriter;
import org.humfig.export.Format;
import org.humfig.export.Run;
import org.humfig.extract.Extractor;
import org.humfig.run.Extraction;
import org.humfig.schema.TableSchema;
import org.humfig.validate.FigureValidator;

/**
 * An export folder as {@code humfig extract} writes it, from the sample articles and one invented
 * page whose id, {@code 0001}, a careless reader turns into the number 1, and whose text is not
 * ASCII.
 */
public final class Exported {

  /** The day of the run. */
  public static final LocalDate DAY = LocalDate.of(2017, 1, 10);

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="fr"><head><meta charset="utf-8">
      <title>Homs : des bombardements font 14 morts</title>
      <meta property="article:published_time" content="2016-12-12">
      </head><body><article>
      <p>At least 14 people were killed and 30 injured when shells hit the market in Homs on \
      Sunday, Médecins Sans Frontières said.</p>
      </article></body></html>
      """;

  private Exported() {}

  /** Writes every export into {@code dir/exports}, with the HXL row if {@code hxl}; returns it. */
  public static Path folder(Path dir, boolean hxl) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("0001.html"), PAGE);
    Path out = Files.createDirectories(dir.resolve("exports"));
    TableSchema schema = TableSchema.bundled();
    Run run = new Run("humfig test", DAY, List.of("examples", "in"));
    Extraction.Settings settings =
        new Extraction.Settings(
            out, EnumSet.allOf(Format.class), new CsvWriter.Options(false, hxl), run);
    try (FigureValidator validator = new FigureValidator(schema, DAY);
        Inputs inputs = Inputs.open(List.of(Path.of("examples"), in), Inputs.Options.DEFAULT)) {
      new Extraction(new Humfig(Extractor.english(), validator, 1), schema, settings)
          .run(inputs, problem -> {});
    }
    return out;
  }
}
