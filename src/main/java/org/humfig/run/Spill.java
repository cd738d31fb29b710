package org.humfig.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.humfig.Humfig;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.document.Document;
import org.humfig.document.Problem;
import org.humfig.model.Columns;
import org.humfig.model.Figure;
import org.humfig.schema.Severity;
import org.humfig.validate.Violation;

/**
 * The outcomes of a run kept on disk between its two passes: written as they stream past, read back
 * in the same order once every figure is known, so the exports can carry what needs all of them
 * (the group of each figure) while memory holds none of them. A document is kept without its text,
 * which the exports do not need. The file is compressed and deleted on {@link #close()}.
 *
 * <p>Figures are written column by column as {@link Columns} reads them, so a column added to the
 * model travels without a change here. Not thread-safe.
 */
final class Spill implements Closeable {

  private static final byte READ = 0;
  private static final byte SKIPPED = 1;
  private static final int NONE = Integer.MIN_VALUE;

  /** Every column of a figure, in a fixed order. */
  private static final List<String> COLUMNS = List.copyOf(new TreeSet<>(Columns.names()));

  private final Path file;
  private DataOutputStream out;
  private long outcomes;

  /** Creates the spill file, hidden, in folder {@code dir}. */
  Spill(Path dir) throws IOException {
    this.file = Files.createTempFile(dir.toAbsolutePath(), ".humfig-spill.", ".tmp");
    this.out =
        new DataOutputStream(
            new BufferedOutputStream(
                new DeflaterOutputStream(
                    Files.newOutputStream(file), new Deflater(Deflater.BEST_SPEED), 1 << 16),
                1 << 16));
  }

  /** Appends one outcome. */
  void write(Outcome outcome) throws IOException {
    outcomes++;
    if (outcome instanceof Outcome.Skipped s) {
      out.writeByte(SKIPPED);
      problem(s.problem());
      return;
    }
    Outcome.Read r = (Outcome.Read) outcome;
    Document d = r.document();
    out.writeByte(READ);
    text(d.id());
    text(d.origin());
    text(d.title());
    text(d.sourceName());
    text(d.sourceUrl());
    out.writeInt(d.published().map(p -> (int) p.toEpochDay()).orElse(NONE));
    out.writeInt(r.problems().size());
    for (Problem p : r.problems()) {
      problem(p);
    }
    out.writeInt(r.figures().size());
    for (Validated v : r.figures()) {
      figure(v.figure());
      out.writeInt(v.violations().size());
      for (Violation x : v.violations()) {
        text(x.column());
        text(x.value());
        text(x.rule());
        out.writeByte(x.severity().ordinal());
        text(x.message());
      }
    }
  }

  /** Reads every outcome back, in the order written, into {@code consumer}. */
  void replay(Humfig.Consumer consumer) throws IOException {
    out.close();
    out = null;
    try (DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(
                new InflaterInputStream(
                    Files.newInputStream(file), new java.util.zip.Inflater(), 1 << 16),
                1 << 16))) {
      for (long n = 0; n < outcomes; n++) {
        consumer.accept(outcome(in));
      }
    } catch (EOFException e) {
      throw new IOException("the run's temporary file " + file + " ended early", e);
    }
  }

  private Outcome outcome(DataInputStream in) throws IOException {
    if (in.readByte() == SKIPPED) {
      return new Outcome.Skipped(problem(in));
    }
    String id = text(in);
    String origin = text(in);
    String title = text(in);
    String source = text(in);
    String url = text(in);
    int published = in.readInt();
    Document d =
        new Document(
            id,
            "",
            origin,
            title,
            source,
            url,
            published == NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(published)));
    int problems = in.readInt();
    List<Problem> list = new ArrayList<>(problems);
    for (int i = 0; i < problems; i++) {
      list.add(problem(in));
    }
    int figures = in.readInt();
    List<Validated> validated = new ArrayList<>(figures);
    for (int i = 0; i < figures; i++) {
      Figure f = figure(in);
      int n = in.readInt();
      List<Violation> violations = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        violations.add(
            new Violation(
                text(in), text(in), text(in), Severity.values()[in.readByte()], text(in)));
      }
      validated.add(new Validated(f, violations));
    }
    return new Outcome.Read(d, validated, list);
  }

  private void figure(Figure f) throws IOException {
    for (String column : COLUMNS) {
      Object v = Columns.value(f, column);
      Class<?> type = Columns.type(column);
      if (v == null) {
        out.writeBoolean(false);
        continue;
      }
      out.writeBoolean(true);
      if (type == Double.class) {
        out.writeDouble((Double) v);
      } else if (type == Integer.class) {
        out.writeInt((Integer) v);
      } else if (type == LocalDate.class) {
        out.writeLong(((LocalDate) v).toEpochDay());
      } else if (type.isEnum()) {
        out.writeShort(((Enum<?>) v).ordinal());
      } else {
        text(Columns.text(v));
      }
    }
  }

  private static Figure figure(DataInputStream in) throws IOException {
    Figure.Builder b = Figure.builder();
    for (String column : COLUMNS) {
      if (!in.readBoolean()) {
        continue;
      }
      Class<?> type = Columns.type(column);
      Object v;
      if (type == Double.class) {
        v = in.readDouble();
      } else if (type == Integer.class) {
        v = in.readInt();
      } else if (type == LocalDate.class) {
        v = LocalDate.ofEpochDay(in.readLong());
      } else if (type.isEnum()) {
        v = type.getEnumConstants()[in.readShort()];
      } else {
        v = text(in);
      }
      Columns.set(b, column, v);
    }
    return b.build();
  }

  private void problem(Problem p) throws IOException {
    text(p.where());
    text(p.message());
  }

  private static Problem problem(DataInputStream in) throws IOException {
    return new Problem(text(in), text(in));
  }

  private void text(String s) throws IOException {
    byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String text(DataInputStream in) throws IOException {
    int n = in.readInt();
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    try {
      if (out != null) {
        out.close();
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
