package org.khabar.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;

/**
 * Walks files and directories and hands every article it reads to a sink, in a stable order (paths sorted within
 * each directory). A file that cannot be read becomes an error; the walk goes on.
 */
public final class CorpusReader {

  /** Reads every path in order. */
  public void read(List<Path> paths, IngestSink sink) {
    for (Path path : paths) {
      for (Path file : expand(path, sink)) {
        readFile(file, sink);
      }
    }
  }

  private static List<Path> expand(Path path, IngestSink sink) {
    if (!Files.exists(path)) {
      sink.error(new IngestError(path.toString(), null, "no such file or directory"));
      return List.of();
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
    } catch (IOException | UncheckedIOException e) {
      sink.error(new IngestError(path.toString(), null, "cannot list directory: " + e.getMessage()));
      return List.of();
    }
  }

  private static void readFile(Path file, IngestSink sink) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".txt")) {
      sink.error(new IngestError(file.toString(), null, "unsupported file type: " + name));
      return;
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
      List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
      if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
        lines.remove(lines.size() - 1);
      }
      String id = name.substring(0, name.length() - ".txt".length());
      sink.article(new RawArticle(id, new SourceRef(file.toString(), null, "txt"), lines, List.of(),
          ArticleMetadata.EMPTY));
    } catch (CharacterCodingException e) {
      sink.error(new IngestError(file.toString(), null, "not valid UTF-8 text"));
    } catch (IOException e) {
      sink.error(new IngestError(file.toString(), null, "cannot read: " + e.getMessage()));
    }
  }
}
