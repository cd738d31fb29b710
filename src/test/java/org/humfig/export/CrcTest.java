package org.humfig.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class CrcTest {

  private static long crc(byte[] b, int from, int to) {
    CRC32 c = new CRC32();
    c.update(b, from, to - from);
    return c.getValue();
  }

  @Test
  void combine_ofTwoPieces_isTheCrcOfTheWhole() {
    byte[] text = "<sheetData><row r=\"1\"></row></sheetData>".getBytes(StandardCharsets.UTF_8);
    for (int cut = 0; cut <= text.length; cut++) {
      assertThat(Crc.combine(crc(text, 0, cut), crc(text, cut, text.length), text.length - cut))
          .as("cut at " + cut)
          .isEqualTo(crc(text, 0, text.length));
    }
  }

  @Test
  void combine_ofLongRandomPieces_isTheCrcOfTheWhole() {
    byte[] data = new byte[1 << 20];
    new Random(7).nextBytes(data);
    int[] cuts = {1, 4096, 65_537, 1 << 19, (1 << 20) - 3};
    for (int cut : cuts) {
      assertThat(Crc.combine(crc(data, 0, cut), crc(data, cut, data.length), data.length - cut))
          .as("cut at " + cut)
          .isEqualTo(crc(data, 0, data.length));
    }
  }
}
