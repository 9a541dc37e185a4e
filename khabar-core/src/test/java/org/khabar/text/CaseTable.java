package org.khabar.text;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Table-driven cases from a tab-separated resource next to the tests: one named case a line, {@code name TAB
 * columns...}; {@code #} lines are comments. Escapes {@code \n}, {@code \t}, {@code \\uXXXX} are decoded in the
 * columns. Each case becomes a dynamic test named {@code file:line name}. {@code file} is next to this class, or an
 * absolute resource path ({@code /org/khabar/structure/...}) for the other packages' tables.
 */
public final class CaseTable {
  private CaseTable() {}

  /** One case: where it is, its name and its decoded columns after the name. */
  public record Case(String file, int line, String name, List<String> columns) {
    public String col(int i) {
      return i < columns.size() ? columns.get(i) : "";
    }

    public String where() {
      return file + ":" + line + " (" + name + ")";
    }
  }

  public static Stream<DynamicTest> tests(String file, int columns, Consumer<Case> check) {
    List<DynamicTest> out = new ArrayList<>();
    for (Case c : read(file, columns)) {
      out.add(DynamicTest.dynamicTest(c.where(), () -> check.accept(c)));
    }
    return out.stream();
  }

  public static List<Case> read(String file, int columns) {
    InputStream in = CaseTable.class.getResourceAsStream(file);
    if (in == null) {
      fail("missing test table " + (file.startsWith("/") ? file.substring(1) : "org/khabar/text/" + file));
    }
    List<Case> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        if (parts.length < columns + 1) {
          fail(file + ":" + number + ": expected " + (columns + 1) + " tab-separated columns, got " + parts.length);
        }
        List<String> cols = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
          cols.add(unescape(parts[i]));
        }
        out.add(new Case(file, number, parts[0], cols));
      }
    } catch (IOException e) {
      fail("cannot read " + file + ": " + e);
    }
    return out;
  }

  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char d = s.charAt(++i);
        switch (d) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case '\\' -> b.append('\\');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> b.append('\\').append(d);
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
