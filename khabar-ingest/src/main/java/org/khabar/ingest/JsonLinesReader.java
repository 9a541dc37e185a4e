package org.khabar.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.khabar.model.RawArticle;

/**
 * Streams a JSON Lines file (one article a line), never holding more than one line; a malformed line becomes one
 * error and reading goes on with the next. A {@code .json} file holding one array of records is read too, streamed
 * record by record. Stateless and thread-safe.
 */
final class JsonLinesReader {
  /** The longest line read, in characters; a longer one is reported and skipped. */
  static final int MAX_LINE_CHARS = 32 << 20;

  private JsonLinesReader() {}

  static void read(InputFiles.Opened in, Path file, IngestSink sink) {
    String base = Lines.baseName(file.getFileName().toString());
    BufferedReader reader = new BufferedReader(new InputStreamReader(in.stream(), StandardCharsets.UTF_8
        .newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
        1 << 16);
    int lineNo = 0;
    try {
      if (startsArray(reader)) {
        readArray(reader, file, base, sink, in);
        return;
      }
      BoundedLineReader lines = new BoundedLineReader(reader, MAX_LINE_CHARS);
      String line;
      while ((line = lines.readLine()) != null) {
        if (!lines.terminated() && in.failed()) {
          break; // the line was cut by the failure: it is reported below, not as malformed JSON
        }
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String where = "line " + lineNo;
        if (lines.tooLong()) {
          sink.error(new IngestError(file.toString(), where,
              String.format(Locale.ROOT, "line longer than %,d characters; skipped", MAX_LINE_CHARS)));
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        RawArticle article;
        try {
          article = JsonRecords.article(JsonValues.MAPPER.readTree(line), file, base + "-" + lineNo);
        } catch (JsonProcessingException e) {
          sink.error(new IngestError(file.toString(), where, JsonValues.malformed(e)));
          continue;
        } catch (InputException e) {
          sink.error(new IngestError(file.toString(), where, e.getMessage()));
          continue;
        }
        sink.article(article);
      }
      IOException failure = in.takeFailure();
      if (failure != null) {
        throw failure;
      }
    } catch (IOException e) {
      sink.error(new IngestError(file.toString(), lineNo == 0 ? null : "after line " + lineNo, in.describe(e)));
    }
  }

  private static boolean startsArray(BufferedReader reader) throws IOException {
    reader.mark(1 << 12);
    for (int i = 0; i < 1 << 12; i++) {
      int c = reader.read();
      if (c < 0 || !(Character.isWhitespace(c) || c == '\uFEFF')) {
        reader.reset();
        return c == '[';
      }
    }
    reader.reset();
    return false;
  }

  private static void readArray(Reader reader, Path file, String base, IngestSink sink, InputFiles.Opened in)
      throws IOException {
    int record = 0;
    // One array holds many values: here, what follows a value is the next one.
    ObjectReader values = JsonValues.MAPPER.reader()
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    try (JsonParser p = values.createParser(reader)) {
      p.nextToken();
      JsonToken t;
      while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
        record++;
        JsonNode node = values.readTree(p);
        RawArticle article;
        try {
          article = JsonRecords.article(node, file, base + "-" + record);
        } catch (InputException e) {
          sink.error(new IngestError(file.toString(), "record " + record, e.getMessage()));
          continue;
        }
        sink.article(article);
      }
    } catch (JsonProcessingException e) {
      IOException failure = in.takeFailure();
      if (failure != null) {
        throw failure;
      }
      // Within one array a syntax error cannot be stepped over: what came before is kept.
      sink.error(new IngestError(file.toString(), "record " + (record + 1),
          JsonValues.malformed(e) + "; the rest of the file is skipped"));
    }
  }
}
