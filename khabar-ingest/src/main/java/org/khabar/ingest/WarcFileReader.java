package org.khabar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * <p>A malformed or truncated record ends the file with one error; the pages read before it are kept. The id of a
 * page is a short hash of its target URI ({@code warc-} and 16 hex digits), so it is stable across runs and files.
 * Stateless and thread-safe.
 */
final class WarcFileReader {
  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  private WarcFileReader() {}

  static void read(InputFiles.Opened in, Path file, IngestSink sink) {
    int n = 0;
    Set<String> ids = new HashSet<>();
    try (WarcReader reader = new WarcReader(in.stream())) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.error(new IngestError(file.toString(), "record " + (n + 1), problem(e, in)
              + "; the rest of the file is skipped"));
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        n++;
        RawArticle article;
        try {
          article = page(next.get(), file, ids, in);
        } catch (InputException e) {
          sink.error(new IngestError(file.toString(), "record " + n + target(next.get()), e.getMessage()));
          continue;
        } catch (IOException | RuntimeException e) {
          sink.error(new IngestError(file.toString(), "record " + n + target(next.get()), problem(e, in)
              + "; the rest of the file is skipped"));
          return;
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
    }
  }

  /** The page in a record, or {@code null} when the record holds none. */
  private static RawArticle page(WarcRecord record, Path file, Set<String> ids, InputFiles.Opened in)
      throws IOException, InputException {
    String uri;
    MediaType type;
    InputStream body;
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE)
          && !response.contentType().base().equals(MediaType.HTTP)) {
        return null;
      }
      HttpResponse http = response.http();
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
