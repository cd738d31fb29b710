package org.humfig.text;

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
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The bundled YAML files (word lists, rule files, lexicons, the pack index) as JSON, written by the
 * build ({@link #main}) under {@code compiled/}: the same tokens as the YAML, each on the line the
 * YAML has it on, so that a rule's {@code file:line} is the same whichever is read. JSON reads
 * several times faster than YAML, and a run that reads only compiled files never loads the YAML
 * parser. The YAML stays the source: the first line of a compiled file holds the CRC-32 of the YAML
 * it was made from, and a file made from other YAML, or missing, is not read.
 */
public final class CompiledResources {

  /** Where the build puts the compiled files among the resources: this, then the YAML's path. */
  static final String ROOT = "/compiled";

  private static final JsonFactory JSON = new JsonFactory();

  private CompiledResources() {}

  /**
   * Writes the compiled form of every YAML file under the resource folder {@code args[0]} (the
   * build's classes) beside them, under {@code compiled/}.
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    for (String path : yamlFiles(root)) {
      Path out = root.resolve(ROOT.substring(1) + path + ".json");
      Files.createDirectories(out.getParent());
      Files.write(out, compile(Files.readAllBytes(root.resolve(path.substring(1)))));
    }
  }

  /**
   * Returns the resource paths ({@code /lexicon/en/place.yaml}) of the YAML files under the
   * resource folder {@code root}, sorted, leaving out the compiled folder.
   */
  static List<String> yamlFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .map(p -> "/" + root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith(ROOT + "/"))
          .sorted()
          .toList();
    }
  }

  /**
   * Returns the compiled form of {@code yaml}: a line with its CRC-32 in hex, then its tokens as
   * JSON, each token on the line of the YAML where the YAML parser leaves it (a value on the line
   * of its field name).
   */
  static byte[] compile(byte[] yaml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(yaml.length + 64);
    out.write((Long.toHexString(crc(yaml)) + "\n").getBytes(StandardCharsets.US_ASCII));
    try (JsonParser p = Resource.yamlMapper().getFactory().createParser(yaml);
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
  public static JsonParser open(String path, byte[] yaml) throws IOException {
    byte[] data;
    try (InputStream in = CompiledResources.class.getResourceAsStream(ROOT + path + ".json")) {
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
