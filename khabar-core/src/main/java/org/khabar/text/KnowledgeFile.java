package org.khabar.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads khabar's knowledge files: class-path resources of UTF-8 lines (gzipped when the name ends in {@code .gz}),
 * each file opening with a {@code #} header that names its source. Lines starting with {@code #} and blank lines
 * are skipped; every other line is a row of tab-separated fields that knows where it came from, so a loader's
 * error names the file and line. The one reader of such files for every stage; {@link #readWithHeader} reads the
 * trained word tables, whose header is a fixed number of lines and whose rows may start with {@code #}.
 */
public final class KnowledgeFile {
  private KnowledgeFile() {}

  /**
   * One data line of a knowledge file.
   *
   * @param resource the resource's path on the class path
   * @param line its line number, from 1
   * @param text the line, stripped
   */
  public record Row(String resource, int line, String text) {
    /** The tab-separated fields, each stripped; empty trailing fields are kept. */
    public String[] fields() {
      String[] f = text.split("\t", -1);
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].strip();
      }
      return f;
    }

    /**
     * The fields, at least {@code min} of them.
     *
     * @throws IllegalStateException naming the file and line when there are fewer
     */
    public String[] fields(int min, String expected) {
      String[] f = fields();
      if (f.length < min) {
        throw error("expected " + expected);
      }
      return f;
    }

    /** An error about this row that names its file, line and text. */
    public IllegalStateException error(String problem) {
      return new IllegalStateException(resource + ":" + line + ": " + problem + ": " + text);
    }
  }

  /**
   * A whole knowledge file: its first line, its comment lines and its data rows.
   *
   * @param resource the name the file is known by in errors
   * @param firstLine the file's first line as read ({@code null} for an empty file)
   * @param comments the {@code #} lines, stripped
   * @param rows the data rows
   */
  public record Contents(String resource, String firstLine, List<Row> comments, List<Row> rows) {
    public Contents {
      comments = List.copyOf(comments);
      rows = List.copyOf(rows);
    }

    /** True when the first line is a {@code # source: ...} header. */
    public boolean sourced() {
      return firstLine != null && firstLine.startsWith("# source:");
    }

    /**
     * These contents, when the first line is a {@code # source: ...} header.
     *
     * @throws IllegalStateException naming the file otherwise
     */
    public Contents requireSource() {
      if (!sourced()) {
        throw new IllegalStateException(resource + ": the first line must be '# source: ...'");
      }
      return this;
    }

    /**
     * The value of the last header comment {@code # KEY VALUE} (key and value separated by a space or a tab),
     * stripped, or {@code null} when there is none.
     */
    public String header(String key) {
      String value = null;
      for (Row c : comments) {
        String t = c.text().substring(1).stripLeading();
        if (t.length() > key.length() && t.startsWith(key) && Character.isWhitespace(t.charAt(key.length()))) {
          value = t.substring(key.length()).strip();
        }
      }
      return value;
    }
  }

  /**
   * The data rows of resource {@code name}, resolved next to class {@code owner} (as {@link Class#getResource}
   * does: a name starting with {@code /} is absolute).
   */
  public static List<Row> rows(Class<?> owner, String name) {
    return read(owner, name).rows();
  }

  /**
   * The contents of resource {@code name}, resolved next to class {@code owner}.
   *
   * @throws IllegalStateException naming the resource when it is absent
   */
  public static Contents read(Class<?> owner, String name) {
    return find(owner, name).orElseThrow(
        () -> new IllegalStateException("missing class-path resource " + path(owner, name)));
  }

  /** The contents of resource {@code name} next to class {@code owner}, or empty when it is absent. */
  public static Optional<Contents> find(Class<?> owner, String name) {
    return find(owner, name, -1);
  }

  /**
   * The contents of resource {@code name} next to class {@code owner}, read as {@link #readWithHeader} does, or empty
   * when it is absent.
   */
  public static Optional<Contents> findWithHeader(Class<?> owner, String name, int headerLines) {
    if (headerLines < 0) {
      throw new IllegalArgumentException("headerLines < 0: " + headerLines);
    }
    return find(owner, name, headerLines);
  }

  private static Optional<Contents> find(Class<?> owner, String name, int headerLines) {
    String path = path(owner, name);
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(decode(path, in, headerLines));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read class-path resource " + path, e);
    }
  }

  /**
   * Reads a knowledge file from a stream of UTF-8, gunzipped when {@code name} ends in {@code .gz}; closes it.
   *
   * @param name the name the file is known by in errors
   */
  public static Contents read(String name, InputStream in) throws IOException {
    return decode(name, in, -1);
  }

  /**
   * Reads a knowledge file from {@code in} (a resource or a file written by a training command); does not close it.
   *
   * @param resource the name the file is known by in errors
   */
  public static Contents read(String resource, Reader in) throws IOException {
    return read(resource, in, -1);
  }

  /**
   * Reads a data file with a fixed header from a stream of UTF-8, gunzipped when {@code name} ends in {@code .gz};
   * closes it. Its first {@code headerLines} lines are the header, each a {@code #} line (the {@link
   * Contents#comments()}); every later non-blank line is a row, even one that starts with {@code #}: the format of
   * word tables in which {@code #} is itself a word.
   *
   * @param name the name the file is known by in errors
   * @throws IllegalStateException naming the file and line when a header line is missing or not a {@code #} line
   */
  public static Contents readWithHeader(String name, InputStream in, int headerLines) throws IOException {
    if (headerLines < 0) {
      throw new IllegalArgumentException("headerLines < 0: " + headerLines);
    }
    return decode(name, in, headerLines);
  }

  private static Contents decode(String name, InputStream in, int headerLines) throws IOException {
    try (in;
        Reader r = new InputStreamReader(
            name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8)) {
      return read(name, r, headerLines);
    }
  }

  /** Reads {@code in}: with {@code headerLines} &lt; 0 any {@code #} line is a comment, else only the header's. */
  private static Contents read(String resource, Reader in, int headerLines) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
    List<Row> comments = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    String first = null;
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      if (number == 1) {
        first = line;
      }
      String t = line.strip();
      if (number <= headerLines) {
        Row header = new Row(resource, number, t);
        if (t.isEmpty() || t.charAt(0) != '#') {
          throw header.error("expected a '#' header line");
        }
        comments.add(header);
        continue;
      }
      if (t.isEmpty()) {
        continue;
      }
      (headerLines < 0 && t.charAt(0) == '#' ? comments : rows).add(new Row(resource, number, t));
    }
    if (number < headerLines) {
      throw new IllegalStateException(resource + ": expected " + headerLines + " '#' header lines, found " + number);
    }
    return new Contents(resource, first, comments, rows);
  }

  /** The resource's path on the class path: {@code name} next to {@code owner}, or {@code name} itself from "/". */
  private static String path(Class<?> owner, String name) {
    if (name.startsWith("/")) {
      return name.substring(1);
    }
    return owner.getPackageName().replace('.', '/') + "/" + name;
  }

  /** The stripped data lines of resource {@code name} next to class {@code owner}. */
  public static List<String> lines(Class<?> owner, String name) {
    return rows(owner, name).stream().map(Row::text).toList();
  }
}
