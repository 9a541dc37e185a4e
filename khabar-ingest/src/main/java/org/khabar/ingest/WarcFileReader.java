package org.khabar.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages of a WARC file (jwarc): every {@code response} record with HTTP status 200 and an HTML body,
 * and every {@code resource} record holding HTML, goes through {@link HtmlReader} with its target URI as
 * {@code source.url}. Other records (requests, metadata, images, redirects) are passed over.
 *
 * <p>A record that cannot be framed is one error, and reading resumes at the next line that starts a record
 * ({@code WARC/1.}), found by reading the file again from the bad record on; a record whose HTTP message is
 * malformed is one error and the next record follows. A truncated file ends with one error. The pages read before
 * any error are kept. The id of a
 * page is a short hash of its target URI ({@code warc-} and 16 hex digits), so it is stable across runs and files.
 * Stateless and thread-safe.
 */
final class WarcFileReader {
  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
  /** What starts a WARC record's header, at the start of a line. */
  private static final byte[] RECORD_START = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  /** How many times one file may be resynchronised after a bad record before the rest of it is skipped. */
  static final int MAX_RESYNCS = 100;

  private WarcFileReader() {}

  static void read(InputFiles.Opened in, Path file, IngestSink sink) {
    int n = 0;
    Set<String> ids = new HashSet<>();
    long base = 0; // where in the decompressed file the current reader started
    InputFiles.Opened reopened = null;
    WarcReader reader = null;
    try {
      reader = new WarcReader(in.stream());
      for (int resyncs = 0; ; ) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          // jwarc cannot step over a record it cannot frame: look for the next record with a fresh reader.
          String where = "record " + (n + 1);
          String problem = problem(e, in);
          long failedAt = base + reader.position();
          Resumed rest = in.failed() || e instanceof EOFException || resyncs >= MAX_RESYNCS ? null
              : nextRecord(file, failedAt + 1);
          if (rest == null) {
            sink.error(new IngestError(file.toString(), where, problem + "; the rest of the file is skipped"));
            return;
          }
          resyncs++;
          n++;
          base = rest.offset();
          sink.error(new IngestError(file.toString(), where, problem + "; reading resumes at the next record, "
              + "byte " + base));
          reader.close();
          if (reopened != null) {
            reopened.close();
          }
          reopened = rest.file();
          reader = new WarcReader(rest.stream());
          continue;
        }
        if (next.isEmpty()) {
          return;
        }
        n++;
        RawArticle article;
        try {
          article = page(next.get(), file, ids);
        } catch (InputException e) {
          sink.error(new IngestError(file.toString(), "record " + n + target(next.get()), e.getMessage()));
          continue;
        } catch (IOException | RuntimeException e) {
          // The record was framed; only the end of the data stops the file.
          boolean end = in.failed() || e instanceof EOFException;
          sink.error(new IngestError(file.toString(), "record " + n + target(next.get()), problem(e, in)
              + (end ? "; the rest of the file is skipped" : "")));
          if (end) {
            return;
          }
          continue;
        }
        if (article != null) {
          sink.article(article);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof SinkFailure f) {
        throw f;
      }
      sink.error(new IngestError(file.toString(), n == 0 ? null : "after record " + n, problem(e, in)));
    } finally {
      closeQuietly(reader);
      closeQuietly(reopened);
    }
  }

  /**
   * Where reading goes on after a record that could not be framed.
   *
   * @param file the file opened again
   * @param stream its content from the next record on
   * @param offset the next record's offset in the (decompressed) content
   */
  private record Resumed(InputFiles.Opened file, InputStream stream, long offset) {}

  /**
   * Opens the file again and finds the first line at or after byte {@code from} of its content that starts a WARC
   * record ({@code WARC/1.}), or returns {@code null} when there is none.
   */
  private static Resumed nextRecord(Path file, long from) throws IOException {
    InputFiles.Opened again = InputFiles.open(file, null);
    try {
      BufferedInputStream in = new BufferedInputStream(again.stream(), 1 << 16);
      for (long skipped = 0; skipped < from; ) {
        long k = in.skip(from - skipped);
        if (k <= 0) {
          if (in.read() < 0) {
            again.close();
            return null;
          }
          k = 1;
        }
        skipped += k;
      }
      long pos = from;
      int prev = -1;
      byte[] window = new byte[RECORD_START.length];
      while (true) {
        in.mark(window.length);
        int got = in.readNBytes(window, 0, window.length);
        in.reset();
        if (got < window.length || again.failed()) {
          again.close();
          return null;
        }
        if (prev == '\n' && Arrays.equals(window, RECORD_START)) {
          return new Resumed(again, in, pos);
        }
        prev = in.read();
        pos++;
      }
    } catch (IOException | RuntimeException e) {
      again.close();
      throw e;
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception e) {
        // closing a reader of a file already read: nothing to report
      }
    }
  }

  /** The page in a record, or {@code null} when the record holds none. */
  private static RawArticle page(WarcRecord record, Path file, Set<String> ids) throws IOException, InputException {
    String uri;
    MediaType type;
    InputStream body;
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE)
          && !response.contentType().base().equals(MediaType.HTTP)) {
        return null;
      }
      HttpResponse http;
      try {
        http = response.http();
      } catch (org.netpreserve.jwarc.ParsingException e) {
        throw new InputException("malformed HTTP response in the record: " + clip(e.getMessage()), e);
      }
      if (http.status() != 200) {
        return null;
      }
      uri = response.target();
      type = http.contentType();
      body = http.bodyDecoded().stream();
    } else if (record instanceof WarcResource resource) {
      uri = resource.target();
      type = resource.contentType();
      body = resource.body().stream();
    } else {
      return null;
    }
    if (type == null || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
      return null;
    }
    byte[] bytes = InputFiles.readDocument(body, HtmlReader.MAX_BYTES);
    String id = id(uri);
    for (int k = 2; !ids.add(id); k++) {
      id = id(uri) + "-" + k;
    }
    return HtmlReader.read(bytes, type.parameters().get("charset"), id, new SourceRef(file.toString(), uri, "warc"));
  }

  /** {@code warc-} and the first 16 hex digits of the SHA-256 of the URI. */
  static String id(String uri) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(uri.getBytes(StandardCharsets.UTF_8));
      return "warc-" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String target(WarcRecord r) {
    try {
      String t = r instanceof org.netpreserve.jwarc.WarcTargetRecord tr ? tr.target() : null;
      return t == null ? "" : " (" + t + ")";
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static String problem(Exception e, InputFiles.Opened in) {
    IOException failure = in.takeFailure();
    if (failure != null) {
      // The stream ended early: that, not the parser's view of the cut, is the problem.
      return in.describe(failure);
    }
    if (e instanceof java.io.EOFException || (in.gzip() && e instanceof java.util.zip.ZipException)) {
      return in.describe((IOException) e);
    }
    String kind = e instanceof org.netpreserve.jwarc.ParsingException ? "malformed WARC record"
        : e instanceof IOException ? "cannot read the record" : "malformed WARC record";
    return kind + (e.getMessage() == null ? "" : ": " + clip(e.getMessage()));
  }

  private static String clip(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
