package org.humfig.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records left unread are read later exactly as they would have been at once. */
class JsonLinesReaderTest {

  @TempDir Path dir;

  @Test
  void readable_plainRecord_givesItsIdStripped() {
    assertThat(JsonLinesReader.readable("{\"id\": \" a1 \", \"text\": \"Floods.\"}"))
        .isEqualTo("a1");
  }

  @Test
  void readable_skipsNestedValuesAndTakesTheLastOfRepeatedFields() {
    String record =
        "{\"id\": \"x\", \"meta\": {\"id\": \"inner\", \"text\": [1, {\"a\": 2}]},"
            + " \"text\": \"Rain.\", \"id\": \"y\"} trailing";
    assertThat(JsonLinesReader.readable(record)).isEqualTo("y");
  }

  @Test
  void readable_recordsThatMayNotRead_areLeftToAFullRead() {
    assertThat(JsonLinesReader.readable("{\"id\": 7, \"text\": \"Floods.\"}")).isNull();
    assertThat(JsonLinesReader.readable("{\"id\": \" \", \"text\": \"Floods.\"}")).isNull();
    assertThat(JsonLinesReader.readable("{\"id\": \"a\", \"text\": \" Floods.\"}")).isNull();
    assertThat(JsonLinesReader.readable("{\"id\": \"a\", \"text\": \"\\nFloods.\"}")).isNull();
    assertThat(JsonLinesReader.readable("{\"id\": \"a\", \"text\": \"\"}")).isNull();
    assertThat(JsonLinesReader.readable("{\"id\": \"a\", \"text\": 3}")).isNull();
    assertThat(JsonLinesReader.readable("{\"id\": \"a\"}")).isNull();
    assertThat(JsonLinesReader.readable("{\"id\": \"a\", \"text\": \"Floods.\"")).isNull();
    assertThat(JsonLinesReader.readable("[{\"id\": \"a\", \"text\": \"Floods.\"}]")).isNull();
    assertThat(JsonLinesReader.readable("{\"id\": \"a\", \"text\": \"Floods.\", }")).isNull();
    assertThat(JsonLinesReader.readable("{\"id\": \"a\", \"text\": \"Floods.\", \"id\": 2}"))
        .isNull();
  }

  @Test
  void unread_givesTheSameItemsOnceRead_inTheSameOrder() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("feed.jsonl"),
            String.join(
                "\n",
                "{\"id\": \"a\", \"text\": \"Floods hit the town.\", \"published\": \"2020-01-02\"}",
                "not json",
                "{\"id\": 3, \"text\": \"A number for an id.\"}",
                "{\"id\": \"b\", \"text\": \" Starts with a space.\", \"source\": \"AFP\"}",
                "{\"id\": \"a\", \"text\": \"The same id again.\"}",
                "{\"id\": \"c\", \"text\": \"\u00c9vacuation.\", \"published\": \"soon\"}",
                "{\"id\": \"d\", \"text\": \"\"}",
                ""));
    Files.writeString(dir.resolve("manifest.csv"), "document,source_name\nc,Reuters\n");
    List<String> plain = describe(read(f, false));
    List<Item> later = read(f, true);
    assertThat(later).hasAtLeastOneElementOfType(Item.Unread.class);
    assertThat(describe(later)).isEqualTo(plain);
    assertThat(plain)
        .containsExactly(
            "read a 2020-01-02 ",
            "skipped " + f + " line 2: not valid JSON",
            "read 3  ",
            "read b  AFP",
            "skipped " + f + " line 5: duplicate document id 'a'; skipped",
            "read c  Reuters warning " + f + " line 6: field \"published\" 'soon'",
            "skipped " + f + " line 7: field \"text\" is empty");
  }

  private static List<Item> read(Path f, boolean unread) {
    List<Item> items = new ArrayList<>();
    try (Inputs in = Inputs.open(List.of(f), Inputs.Options.DEFAULT)) {
      if (unread) {
        in.unread();
      }
      in.forEachRemaining(items::add);
    }
    return items;
  }

  /** Returns each item read as a line: its kind, id, date, source and first warning. */
  private static List<String> describe(List<Item> items) {
    List<String> out = new ArrayList<>();
    for (Item item : items) {
      Item i = item instanceof Item.Unread u ? u.read() : item;
      if (i instanceof Item.Read r) {
        Document d = r.document();
        String warning = r.warnings().isEmpty() ? "" : " warning " + r.warnings().get(0).toString();
        out.add(
            "read "
                + d.id()
                + " "
                + d.published().map(Object::toString).orElse("")
                + " "
                + d.sourceName()
                + (warning.isEmpty() ? "" : warning.substring(0, warning.indexOf("' ") + 1)));
      } else {
        String p = ((Item.Skipped) i).problem().toString();
        int paren = p.indexOf(" (");
        out.add("skipped " + (paren < 0 ? p : p.substring(0, paren)));
      }
    }
    return out;
  }
}
