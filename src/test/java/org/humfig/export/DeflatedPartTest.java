package org.humfig.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class DeflatedPartTest {

  private static byte[] inflate(byte[] raw) throws DataFormatException {
    Inflater inflater = new Inflater(true);
    inflater.setInput(java.util.Arrays.copyOf(raw, raw.length + 1));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] b = new byte[4096];
    while (!inflater.finished()) {
      int n = inflater.inflate(b);
      if (n == 0 && inflater.needsInput()) {
        break;
      }
      out.write(b, 0, n);
    }
    assertThat(inflater.finished()).as("the stream has its final block").isTrue();
    inflater.end();
    return out.toByteArray();
  }

  @Test
  void parts_compressedApart_putEndToEnd_inflateToTheWhole() throws Exception {
    byte[] head = "<worksheet><sheetData>\n".getBytes(StandardCharsets.UTF_8);
    byte[] rows =
        "<row r=\"1\"><c r=\"A1\" t=\"n\"><v>1.0</v></c></row>\n"
            .repeat(5000)
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream middle = new ByteArrayOutputStream();
    DeflatedPart part = new DeflatedPart(middle);
    part.write(rows, 0, 1000);
    part.write(rows, 1000, rows.length - 1000);
    part.close();
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(DeflatedPart.of(head, false));
    all.write(middle.toByteArray());
    all.write(DeflatedPart.of(tail, true));

    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    whole.write(head);
    whole.write(rows);
    whole.write(tail);
    assertThat(inflate(all.toByteArray())).isEqualTo(whole.toByteArray());
    assertThat(part.size()).isEqualTo(rows.length);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(rows);
    assertThat(part.crc()).isEqualTo(crc.getValue());
    assertThat(middle.size()).isLessThan(rows.length / 20);
  }

  @Test
  void aPart_isNotTheEndOfAStream() throws IOException {
    byte[] raw = DeflatedPart.of("abc".getBytes(StandardCharsets.UTF_8), false);
    Inflater inflater = new Inflater(true);
    inflater.setInput(raw);
    try {
      inflater.inflate(new byte[16]);
    } catch (DataFormatException e) {
      throw new IOException(e);
    }
    assertThat(inflater.finished()).isFalse();
    inflater.end();
  }
}
