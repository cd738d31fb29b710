package org.humfig.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.humfig.text.Token;
import org.humfig.text.Tokenizer;
import org.junit.jupiter.api.Test;

class CompiledGazetteerTest {

  /** The compiled form holds the same names, places, spellings and countries as the tables. */
  @Test
  void loadsTheSamePlacesAsTheTables() throws IOException {
    byte[][] tables = Gazetteer.tables();
    long crc = CompiledGazetteer.crc(tables);
    Gazetteer read = Gazetteer.fromTables(tables);
    Gazetteer compiled = CompiledGazetteer.read(CompiledGazetteer.write(read, crc), crc);
    assertSame(compiled, read);
  }

  /** The build's compiled form is the one of the tables bundled with it, and is the one used. */
  @Test
  void theBundledGazetteerIsTheBuildsCompiledForm() throws IOException {
    byte[][] tables = Gazetteer.tables();
    Gazetteer bundled = CompiledGazetteer.bundled(CompiledGazetteer.crc(tables));
    assertThat(bundled).as("places.bin, written by the build").isNotNull();
    assertSame(bundled, Gazetteer.fromTables(tables));
  }

  @Test
  void aFormOfOtherTablesOrLayoutIsNotRead() throws IOException {
    byte[][] tables = Gazetteer.tables();
    long crc = CompiledGazetteer.crc(tables);
    byte[] data = CompiledGazetteer.write(Gazetteer.fromTables(tables), crc);
    assertThat(CompiledGazetteer.read(data, crc + 1)).isNull();
    data[7]++; // the layout's version
    assertThat(CompiledGazetteer.read(data, crc)).isNull();
    assertThat(CompiledGazetteer.read(new byte[3], crc)).isNull();
  }

  private static void assertSame(Gazetteer compiled, Gazetteer read) {
    List<Gazetteer.Name> a = compiled.names();
    List<Gazetteer.Name> b = read.names();
    assertThat(a).hasSameSizeAs(b);
    Tokenizer tokenizer = new Tokenizer();
    for (int i = 0; i < a.size(); i++) {
      Gazetteer.Name x = a.get(i);
      Gazetteer.Name y = b.get(i);
      assertThat(x.name()).isEqualTo(y.name());
      assertThat(x.places()).as(y.name()).isEqualTo(y.places());
      assertThat(x.first().name()).as(y.name()).isEqualTo(y.first().name());
      // found by the same lookups, written as the name is and in capitals
      List<Token> tokens = tokenizer.tokenize(y.name() + " said");
      assertThat(text(compiled.find(tokens))).as(y.name()).isEqualTo(text(read.find(tokens)));
      PlaceMention m = compiled.anyCaseAt(tokens, 0);
      PlaceMention n = read.anyCaseAt(tokens, 0);
      assertThat(m == null ? null : m.text() + m.candidates())
          .as(y.name())
          .isEqualTo(n == null ? null : n.text() + n.candidates());
    }
    assertThat(compiled.lowerStarts()).isEqualTo(read.lowerStarts());
    assertThat(compiled.countries()).isEqualTo(read.countries());
    for (String code : read.countries().keySet()) {
      assertThat(compiled.name(compiled.country(code))).isEqualTo(read.name(read.country(code)));
    }
  }

  private static List<String> text(List<PlaceMention> found) {
    return found.stream().map(m -> m.start() + ":" + m.text() + m.candidates()).toList();
  }
}
