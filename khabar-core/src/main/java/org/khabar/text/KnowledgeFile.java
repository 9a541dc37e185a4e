package org.khabar.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads khabar's knowledge files: class-path resources of UTF-8 lines (gzipped when the name ends in {@code .gz}),
 * each file opening with a {@code #} header that names its source. Lines starting with {@code #} and blank lines
 * are skipped; every other line is a row of tab-separated fields that knows where it came from, so a loader's
 * error names the file and line. The one reader of such files for every stage.
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

  /** The data rows of resource {@code name}, resolved next to class {@code owner}. */
  public static List<Row> rows(Class<?> owner, String name) {
    String path = owner.getPackageName().replace('.', '/') + "/" + name;
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing class-path resource " + path);
    }
    List<Row> out = new ArrayList<>();
    try (in;
        BufferedReader r = new BufferedReader(new InputStreamReader(
            name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        String t = line.strip();
        if (!t.isEmpty() && t.charAt(0) != '#') {
          out.add(new Row(path, number, t));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read class-path resource " + path, e);
    }
    return out;
  }

  /** The stripped data lines of resource {@code name} next to class {@code owner}. */
  public static List<String> lines(Class<?> owner, String name) {
    return rows(owner, name).stream().map(Row::text).toList();
  }
}
