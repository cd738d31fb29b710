package org.humfig.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TablesTest {

  private static final Tokenizer TOKENIZER = new Tokenizer();

  private static List<String> readings(String text) {
    return Tables.readings(text, TOKENIZER).stream()
        .map(s -> String.join(" ", s.tokens().stream().map(Token::text).toList()))
        .toList();
  }

  @Test
  void find_barTableWithMarkdownRule_givesHeaderAndRows() {
    String text =
        "Heavy rain hit the coast.\n\n| Region | Dead | Hurt |\n|---|---:|---|\n"
            + "| Lagos | 14 | 220 |\n| Ogun | 3 | 41 |\n\nMore rain is expected.";
    List<Table> tables = Tables.find(text);
    assertThat(tables).hasSize(1);
    Table t = tables.get(0);
    assertThat(t.header().stream().map(c -> c.text(text)))
        .containsExactly("Region", "Dead", "Hurt");
    assertThat(t.rows()).hasSize(2);
    assertThat(t.rows().get(1).cells().stream().map(c -> c.text(text)))
        .containsExactly("Ogun", "3", "41");
    assertThat(text.substring(t.rows().get(0).start(), t.rows().get(0).end()))
        .isEqualTo("| Lagos | 14 | 220 |");
  }

  @Test
  void find_tabsAndAlignedSpaces_areColumns() {
    assertThat(Tables.find("District\tDeaths\nKasese\t9\nBundibugyo\t4\n")).hasSize(1);
    assertThat(Tables.find("Camp        Arrivals\nAdré        1,300\nOurang      780"))
        .singleElement()
        .satisfies(t -> assertThat(t.rows()).hasSize(2));
  }

  @Test
  void find_proseAndMismatchedLines_areNoTable() {
    assertThat(Tables.find("Officials said 12 people died.\nAnother 40 were hurt.")).isEmpty();
    // a header with a number is a row, not a header; rows of another width end the table
    assertThat(Tables.find("Year | 2022 | 2023\nDeaths | 50 | 60")).isEmpty();
    assertThat(Tables.find("Region | Dead | Hurt\nLagos | 14\nOgun | 3 | 41")).isEmpty();
    // a header alone, with no row of figures under it
    assertThat(Tables.find("Region | Dead | Hurt\nLagos | none | none")).isEmpty();
  }

  @Test
  void readings_putEachFigureUnderItsHeaderWithItsRowLabel() {
    assertThat(readings("Region | Dead | Hurt\nLagos | 14 | 220\nOgun |  | 41"))
        .containsExactly("Dead 14 Lagos", "Hurt 220 Lagos", "Hurt 41 Ogun");
  }

  @Test
  void readings_rowOfFiguresWithoutLabel_readsEachUnderItsHeader() {
    assertThat(readings("Deaths | Injured | Displaced\n76 | 1,204 | 16,000"))
        .containsExactly("Deaths 76", "Injured 1,204", "Displaced 16,000");
  }

  @Test
  void readings_spanTheRowLine() {
    String text = "Region | Dead\nLagos | 14";
    Sentence s = Tables.readings(text, TOKENIZER).get(0);
    assertThat(text.substring(s.start(), s.end())).isEqualTo("Lagos | 14");
  }
}
