package org.humfig.rule;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.humfig.text.Packs;
import org.humfig.text.Resource;

/**
 * The bundled word lists and rule files as JSON, written by the build ({@link #main}) under {@code
 * compiled/}: the same tokens as the YAML, each on the line the YAML has it on, so that a rule's
 * {@code file:line} is the same whichever is read; JSON reads several times faster than YAML, which
 * was a third of loading the rules. The YAML stays the source: the first line of a compiled file
 * holds the CRC-32 of the YAML it was made from, and a file made from other YAML, or missing, is
 * not read.
 */
final class CompiledRules {

  /** Where the build puts the compiled files among the resources: this, then the YAML's path. */
  static final String ROOT = "/compiled";

  static final JsonFactory JSON = new JsonFactory();

  private CompiledRules() {}

  /**
   * Writes the compiled form of every bundled pack's word lists and rule files under {@code
   * args[0]}.
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    for (String path : bundled()) {
      byte[] yaml;
      try (InputStream in = Resource.open(path)) {
        yaml = in.readAllBytes();
      }
      Path out = root.resolve(ROOT.substring(1) + path + ".json");
      Files.createDirectories(out.getParent());
      Files.write(out, compile(yaml));
    }
  }

  /** Returns the resource paths of every bundled pack's word lists and rule files. */
  static List<String> bundled() {
    List<String> paths = new ArrayList<>();
    for (String code : Packs.codes()) {
      Packs.Pack pack = Packs.of(code);
      pack.lexicons().forEach(n -> paths.add("/lexicon/" + code + "/words/" + n + ".yaml"));
      pack.rules().forEach(n -> paths.add("/rules/" + code + "/" + n + ".yaml"));
    }
    return paths;
  }

  /**
   * Returns the compiled form of {@code yaml}: a line with its CRC-32 in hex, then its tokens as
   * JSON, each token on the line of the YAML where the YAML parser leaves it (a value on the line
   * of its field name).
   */
  static byte[] compile(byte[] yaml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(yaml.length + 64);
    out.write((Long.toHexString(crc(yaml)) + "\n").getBytes(StandardCharsets.US_ASCII));
    try (JsonParser p = Resource.YAML.getFactory().createParser(yaml);
        JsonGenerator g = JSON.createGenerator(out)) {
      int line = 1;
      JsonToken previous = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        int target = p.currentLocation().getLineNr();
        if (previous != JsonToken.FIELD_NAME) {
          for (; line < target; line++) {
            g.writeRaw('\n');
          }
        }
        g.copyCurrentEvent(p);
        previous = t;
      }
    }
    return out.toByteArray();
  }

  /**
   * Returns a parser of the compiled form of the bundled file {@code path}, whose YAML is {@code
   * yaml}, or null when the build wrote none from these bytes.
   */
  static JsonParser open(String path, byte[] yaml) throws IOException {
    byte[] data;
    try (InputStream in = CompiledRules.class.getResourceAsStream(ROOT + path + ".json")) {
      if (in == null) {
        return null;
      }
      data = in.readAllBytes();
    }
    int end = 0;
    while (end < data.length && data[end] != '\n') {
      end++;
    }
    String crc = new String(data, 0, end, StandardCharsets.US_ASCII);
    if (end == data.length || !crc.equals(Long.toHexString(crc(yaml)))) {
      return null;
    }
    return JSON.createParser(data, end + 1, data.length - end - 1);
  }

  private static long crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return crc.getValue();
  }
}
