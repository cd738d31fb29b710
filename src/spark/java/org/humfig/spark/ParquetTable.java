package org.humfig.spark;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.model.Columns;
import org.humfig.schema.Field;
import org.humfig.schema.TableSchema;

/**
 * Writes figures as a Parquet file with the columns of {@code figures.csv}, typed as the schema
 * types them: strings (vocabulary ids for vocabularies), doubles for numbers, 64-bit integers for
 * integers and dates as dates; an unknown value is null. Compressed with Snappy, as Spark writes.
 */
final class ParquetTable implements org.humfig.export.FigureWriter {

  private final List<Field> fields;
  private final SimpleGroupFactory groups;
  private final ParquetWriter<Group> writer;
  private boolean closed;

  ParquetTable(Path file, TableSchema schema, Configuration conf) throws IOException {
    this.fields = schema.fields();
    MessageType type = type(fields);
    this.groups = new SimpleGroupFactory(type);
    this.writer =
        ExampleParquetWriter.builder(file)
            .withConf(conf)
            .withType(type)
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .build();
  }

  /** Returns the Parquet schema of the table's columns. */
  static MessageType type(List<Field> fields) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (Field f : fields) {
      switch (f.type()) {
        case "number" -> b.optional(PrimitiveTypeName.DOUBLE).named(f.name());
        case "integer" -> b.optional(PrimitiveTypeName.INT64).named(f.name());
        case "date" ->
            b.optional(PrimitiveTypeName.INT32)
                .as(LogicalTypeAnnotation.dateType())
                .named(f.name());
        default ->
            b.optional(PrimitiveTypeName.BINARY)
                .as(LogicalTypeAnnotation.stringType())
                .named(f.name());
      }
    }
    return b.named("figure");
  }

  @Override
  public void write(Outcome outcome) throws IOException {
    for (Validated v : outcome.figures()) {
      Group g = groups.newGroup();
      for (Field f : fields) {
        Object value = Columns.value(v.figure(), f.name());
        if (value == null) {
          continue;
        }
        switch (f.type()) {
          case "number" -> g.add(f.name(), ((Number) value).doubleValue());
          case "integer" -> g.add(f.name(), ((Number) value).longValue());
          case "date" -> g.add(f.name(), (int) ((LocalDate) value).toEpochDay());
          default -> g.add(f.name(), Columns.text(value));
        }
      }
      writer.write(g);
    }
  }

  @Override
  public void commit() throws IOException {
    closed = true;
    writer.close();
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      writer.close();
    }
  }
}
