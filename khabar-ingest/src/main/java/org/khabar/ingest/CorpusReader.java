package org.khabar.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.khabar.model.RawArticle;

/**
 * Reads files and directories into raw articles, handing each to a sink in a stable order.
 *
 * <p>What it reads, by file name (a trailing {@code .gz} is undone first, and gzip is recognised by its signature
 * whatever the name):
 *
 * <ul>
 *   <li>{@code .txt}: one article, encoding detected (UTF-8 with or without BOM, UTF-16LE/BE, Windows-1256,
 *       ISO-8859-6);
 *   <li>{@code .html}, {@code .htm}, {@code .xhtml}: one article, with metadata and line markup;
 *   <li>{@code .jsonl}, {@code .ndjson}, {@code .json}: one article per line (or per element of a top-level array);
 *   <li>{@code .warc}: one article per HTML response.
 * </ul>
 *
 * <p>Directories are walked recursively, entries sorted by name within each directory; hidden files and
 * directories (name starting with {@code .}) are passed over silently. Every problem (a missing path, an unreadable
 * or unsupported file, a bad record) becomes one {@link IngestError} and reading goes on; nothing read before it is
 * lost. Only a failure of the sink itself stops reading, and it is rethrown as is.
 *
 * <p>Immutable: one instance may serve several threads, each with its own sink.
 */
public final class CorpusReader {

  /** The extensions read, for messages. */
  static final String SUPPORTED = ".txt, .html, .htm, .jsonl, .json, .warc (each optionally .gz)";

  /** A directory never read when met in a walk (khabar's own output), or {@code null}. */
  private final Path excluded;

  /** A reader of everything it is given. */
  public CorpusReader() {
    this(null);
  }

  private CorpusReader(Path excluded) {
    this.excluded = excluded == null ? null : excluded.toAbsolutePath().normalize();
  }

  /**
   * A reader that passes over {@code dir} when it meets it inside a directory being walked, so that an output
   * directory placed among the inputs is not read back as input.
   */
  public static CorpusReader excluding(Path dir) {
    return new CorpusReader(dir);
  }

  /** Reads every path in order. */
  public void read(List<Path> paths, IngestSink sink) {
    InputFiles.ByteCounter bytes = new InputFiles.ByteCounter();
    IngestSink guarded = new Guarded(sink, bytes);
    try {
      for (Path path : paths) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
          guarded.error(new IngestError(path.toString(), null, "no such file or directory"));
        } else if (Files.isDirectory(path)) {
          walk(path, guarded, bytes);
        } else {
          readFile(path, guarded, bytes);
        }
      }
    } catch (SinkFailure e) {
      throw e.getCause();
    }
  }

  /**
   * The total size on disk of what {@link #read} would read (compressed size for gzip), for progress and ETA. Paths
   * that cannot be listed count for nothing.
   */
  public long inputBytes(List<Path> paths) {
    long total = 0;
    for (Path p : paths) {
      total += size(p);
    }
    return total;
  }

  private boolean skipped(Path p) {
    return hidden(p) || (excluded != null && p.toAbsolutePath().normalize().equals(excluded));
  }

  private long size(Path p) {
    try {
      if (Files.isDirectory(p)) {
        long total = 0;
        for (Path e : entries(p)) {
          if (!skipped(e)) {
            total += size(e);
          }
        }
        return total;
      }
      return format(p.getFileName().toString()) == null ? 0 : Files.size(p);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private void walk(Path dir, IngestSink sink, InputFiles.ByteCounter bytes) {
    List<Path> entries;
    try {
      entries = entries(dir);
    } catch (IOException | RuntimeException e) {
      sink.error(new IngestError(dir.toString(), null, "cannot list the directory: "
          + InputFiles.describeOpen(e instanceof IOException io ? io : new IOException(e.getMessage()))));
      return;
    }
    for (Path e : entries) {
      if (skipped(e)) {
        continue;
      }
      // Links to directories are not followed: they can loop.
      if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
        walk(e, sink, bytes);
      } else {
        readFile(e, sink, bytes);
      }
    }
  }

  private static List<Path> entries(Path dir) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    }
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return entries;
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** The format a file name announces, or {@code null} when khabar does not read it. */
  static String format(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "txt", "text" -> "txt";
      case "html", "htm", "xhtml" -> "html";
      case "jsonl", "ndjson", "json" -> "jsonl";
      case "warc" -> "warc";
      default -> null;
    };
  }

  private static void readFile(Path file, IngestSink sink, InputFiles.ByteCounter bytes) {
    String name = file.getFileName().toString();
    String format = format(name);
    if (format == null) {
      sink.error(new IngestError(file.toString(), null, "unsupported file type, skipped (khabar reads "
          + SUPPORTED + ")"));
      return;
    }
    if (!Files.isRegularFile(file)) {
      sink.error(new IngestError(file.toString(), null, Files.exists(file)
          ? "cannot read: not a regular file" : "cannot read: no such file (a broken link, or it was removed)"));
      return;
    }
    InputFiles.Opened in;
    try {
      if (Files.size(file) == 0) {
        sink.error(new IngestError(file.toString(), null, "empty file"));
        return;
      }
      in = InputFiles.open(file, bytes);
    } catch (IOException e) {
      sink.error(new IngestError(file.toString(), null, InputFiles.describeOpen(e)));
      return;
    }
    try (in) {
      switch (format) {
        case "jsonl" -> JsonLinesReader.read(in, file, sink);
        case "warc" -> WarcFileReader.read(in, file, sink);
        default -> {
          RawArticle article = readDocument(in, file, format, sink);
          if (article != null) {
            sink.article(article);
          }
        }
      }
      IOException failure = in.takeFailure();
      if (failure != null) {
        sink.error(new IngestError(file.toString(), null, in.describe(failure)));
      }
    } catch (SinkFailure e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // A reader's own bug on hostile input is still one bad file, not the end of the run.
      sink.error(new IngestError(file.toString(), null, "cannot read: " + e));
    }
    sink.bytesRead(bytes.total());
  }

  private static RawArticle readDocument(InputFiles.Opened in, Path file, String format, IngestSink sink) {
    try {
      if (format.equals("txt")) {
        byte[] text = InputFiles.readDocument(in.stream(), PlainTextReader.MAX_BYTES);
        failIfCut(in);
        return PlainTextReader.article(text, file);
      }
      byte[] page = InputFiles.readDocument(in.stream(), HtmlReader.MAX_BYTES);
      failIfCut(in);
      String id = Lines.baseName(file.getFileName().toString());
      return HtmlReader.read(page, null, id, new org.khabar.model.SourceRef(file.toString(), null, "html"));
    } catch (InputException e) {
      sink.error(new IngestError(file.toString(), null, e.getMessage()));
    } catch (IOException e) {
      sink.error(new IngestError(file.toString(), null, in.describe(e)));
    }
    return null;
  }

  /** A document cut short is no document: nothing of it is kept. */
  private static void failIfCut(InputFiles.Opened in) throws IOException {
    IOException failure = in.takeFailure();
    if (failure != null) {
      throw failure;
    }
  }

  /** Wraps the caller's sink: reports progress, and marks the sink's own failures so readers let them through. */
  private record Guarded(IngestSink sink, InputFiles.ByteCounter bytes) implements IngestSink {
    @Override
    public void article(RawArticle article) {
      try {
        sink.bytesRead(bytes.total());
        sink.article(article);
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    }

    @Override
    public void error(IngestError error) {
      try {
        sink.error(error);
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    }

    @Override
    public void bytesRead(long total) {
      try {
        sink.bytesRead(total);
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    }
  }
}
