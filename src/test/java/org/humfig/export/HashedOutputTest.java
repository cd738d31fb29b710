package org.humfig.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashedOutputTest {

  @TempDir Path dir;

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void sha256_isTheHashOfEveryByteWritten_inWritesOfAnySize() throws Exception {
    byte[] data = new byte[1_000_003]; // many buffers and a part of one
    new Random(7).nextBytes(data);
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    HashedOutput out = new HashedOutput(sink);
    int at = 0;
    Random sizes = new Random(11);
    while (at < data.length) {
      int n = Math.min(data.length - at, sizes.nextInt(200_000));
      if (n == 1) {
        out.write(data[at]);
      } else {
        out.write(data, at, n);
      }
      at += n;
    }
    out.close();
    out.close(); // a second close does nothing

    assertThat(sink.toByteArray()).isEqualTo(data);
    assertThat(out.sha256()).isEqualTo(sha256(data));
  }

  @Test
  void sha256_ofNothingWritten_isTheHashOfNoBytes() throws Exception {
    HashedOutput out = new HashedOutput(new ByteArrayOutputStream());
    out.close();

    assertThat(out.sha256()).isEqualTo(sha256(new byte[0]));
  }

  @Test
  void sha256_beforeClose_isRefused() throws IOException {
    HashedOutput out = new HashedOutput(new ByteArrayOutputStream());
    out.write(1);

    assertThatThrownBy(out::sha256).isInstanceOf(IllegalStateException.class);
    out.close();
  }

  @Test
  void staging_givesTheHashOfTheFileItWrote_andNoneForAFileWrittenOtherwise() throws Exception {
    Staging staging = new Staging(dir.resolve("figures.csv"), dir);
    Staging other = new Staging(dir.resolve("other.csv"), Files.createDirectory(dir.resolve("t")));
    try (OutputStream out = staging.open()) {
      out.write("figure_id\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    Files.writeString(other.temp(), "x\n");

    assertThat(staging.sha256()).isEqualTo(sha256(Files.readAllBytes(staging.temp())));
    assertThat(other.sha256()).isNull();
  }
}
