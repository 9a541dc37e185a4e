package org.khabar.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;

/** Reading the loosely typed fields that crawlers and JSON-LD write: a name may be a string, an object or a list. */
final class JsonValues {
  /**
   * Lenient where real data is sloppy (raw control characters in strings, trailing commas, NaN), strict where
   * sloppiness hides loss: anything after the one value of a line is an error.
   */
  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  /** The longest value kept as metadata evidence; longer ones are cut. */
  static final int MAX_EVIDENCE_CHARS = 2000;

  private JsonValues() {}

  /**
   * A readable string from a value: a string or number as is; an object by its {@code name} (or {@code @value});
   * a list as its entries joined by {@code ", "}. {@code null} when nothing readable or blank.
   */
  static String text(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (n.isTextual()) {
      return blankToNull(n.asText().strip());
    }
    if (n.isNumber() || n.isBoolean()) {
      return n.asText();
    }
    if (n.isObject()) {
      for (String key : new String[] {"name", "@value", "headline", "text"}) {
        String s = text(n.get(key));
        if (s != null) {
          return s;
        }
      }
      return null;
    }
    if (n.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode e : n) {
        String s = text(e);
        if (s != null && !parts.contains(s)) {
          parts.add(s);
        }
      }
      return parts.isEmpty() ? null : String.join(", ", parts);
    }
    return null;
  }

  /** The first field of {@code fields} that {@code o} has with a readable value, or {@code null}. */
  static String first(JsonNode o, String... fields) {
    for (String f : fields) {
      String s = text(o.get(f));
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** Words for a JSON syntax error, with where on the line it is. */
  static String malformed(JsonProcessingException e) {
    String where = e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? ""
        : " (at character " + e.getLocation().getColumnNr() + ")";
    return "malformed JSON: " + e.getOriginalMessage() + where;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Cuts evidence to {@link #MAX_EVIDENCE_CHARS}, so that one odd record cannot hold memory. */
  static String evidence(String s) {
    return s == null || s.length() <= MAX_EVIDENCE_CHARS ? s : s.substring(0, MAX_EVIDENCE_CHARS) + "…";
  }
}
