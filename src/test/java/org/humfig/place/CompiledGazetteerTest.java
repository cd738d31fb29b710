package org.humfig.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.humfig.text.PhraseTable;
import org.humfig.text.Token;
import org.humfig.text.Tokenizer;
import org.junit.jupiter.api.Test;

class CompiledGazetteerTest {

  /** The compiled form holds the same names, places, spellings and countries as the tables. */
  @Test
  void loadsTheSamePlacesAsTheTables() throws IOException {
    byte[][] tables = Gazetteer.tables();
    long[] crcs = CompiledGazetteer.crcs(tables);
    Gazetteer compiled = Gazetteer.fromTables(tables);
    assertSame(compiled, Gazetteer.contents(tables));
  }

  /** The build's compiled form is the one of the tables bundled with it, and is the one used. */
  @Test
  void theBundledGazetteerIsTheBuildsCompiledForm() throws IOException {
    byte[][] tables = Gazetteer.tables();
    assertThat(Gazetteer.crcs())
        .as("the tables' CRCs, as the build or the jar records them")
        .containsExactly(CompiledGazetteer.crcs(tables));
    assertThat(CompiledGazetteer.bundled(CompiledGazetteer.crcs(tables)))
        .as("places.bin, written by the build")
        .isNotNull();
    assertSame(Gazetteer.bundled(), Gazetteer.contents(tables));
  }

  @Test
  void aFormOfOtherTablesOrLayoutIsNotRead() throws IOException {
    byte[][] tables = Gazetteer.tables();
    long[] crcs = CompiledGazetteer.crcs(tables);
    byte[] data = CompiledGazetteer.write(Gazetteer.contents(tables), crcs);
    assertThat(CompiledGazetteer.read(data, crcs)).isNotNull();
    for (int i = 0; i < crcs.length; i++) {
      long[] other = crcs.clone();
      other[i]++;
      assertThat(CompiledGazetteer.read(data, other)).as("table " + i + " changed").isNull();
    }
    data[7]++; // the layout's version
    assertThat(CompiledGazetteer.read(data, crcs)).isNull();
    assertThat(CompiledGazetteer.read(new byte[3], crcs)).isNull();
  }

  /**
   * The compiled gazetteer holds the tables' names, each with its places, and finds each name in
   * any capitals as a phrase table of the names finds it; the first words in lower case and the
   * countries are the tables'.
   */
  private static void assertSame(Gazetteer compiled, CompiledGazetteer.Contents tables) {
    List<Gazetteer.Name> a = compiled.names();
    List<Gazetteer.Name> b = tables.names();
    assertThat(a).hasSameSizeAs(b);
    Tokenizer tokenizer = new Tokenizer();
    PhraseTable<Gazetteer.Name> phrases = new PhraseTable<>(); // the tree, built another way
    b.forEach(n -> phrases.put(n.name(), n));
    for (int i = 0; i < a.size(); i++) {
      Gazetteer.Name x = a.get(i);
      Gazetteer.Name y = b.get(i);
      assertThat(x.name()).isEqualTo(y.name());
      assertThat(x.places()).as(y.name()).isEqualTo(y.places());
      assertThat(x.first().name()).as(y.name()).isEqualTo(y.first().name());
      List<Token> tokens = tokenizer.tokenize(y.name() + " said");
      PlaceMention m = compiled.anyCaseAt(tokens, 0);
      PhraseTable.Hit<Gazetteer.Name> hit = phrases.longestAt(tokens, 0);
      assertThat(m.end()).as(y.name()).isEqualTo(hit.end());
      assertThat(m.candidates()).as(y.name()).isEqualTo(hit.value().first().places());
    }
    assertThat(compiled.lowerStarts()).isEqualTo(tables.lowerStarts());
    assertThat(compiled.countries()).isEqualTo(tables.countries());
    for (String code : tables.countries().keySet()) {
      assertThat(compiled.name(compiled.country(code)))
          .isEqualTo(tables.countries().get(code).name());
    }
  }
}
