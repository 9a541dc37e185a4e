package org.khabar.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.khabar.text.LexiconBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code khabar train lexicon}: rebuilds the clitic analyser's word lexicon (ANT 2018 corpus) and name keys
 * (ANERGazet, GeoNames Arabic names) into the core's resources.
 */
@Command(
    name = "lexicon",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild org/khabar/text/lexicon-words.tsv.gz (word counts over ant-2018) and lexicon-names.txt.gz",
      "(ANERGazet and GeoNames Arabic names) for the clitic analyser."
    })
final class TrainLexiconCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SharedDataOption shared;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the two resources.")
  Path out = Path.of("khabar-core/src/main/resources/org/khabar/text");

  @Option(names = "--min-count", paramLabel = "N", description = "Keep words counted at least N times (default 3).")
  int minCount = 3;

  @Override
  public Integer call() throws IOException {
    var stdout = spec.commandLine().getOut();
    Path data = shared.data;
    Path corpus = shared.ant2018();
    if (!Files.isRegularFile(corpus)) {
      spec.commandLine().getErr().println("khabar: no corpus at " + corpus + " (use --data DIR)");
      return 1;
    }
    LexiconBuilder builder = new LexiconBuilder();
    SharedData.forEachText(corpus, 0, builder::addText);
    for (String kind : new String[] {"Loc", "Org", "Pers"}) {
      Path gazet = data.resolve("anercorp/ANERGazet-" + kind + ".txt");
      if (Files.isRegularFile(gazet)) {
        for (String line : Files.readAllLines(gazet, StandardCharsets.UTF_8)) {
          String name = line.strip();
          if (!name.isEmpty() && !name.startsWith("****") && !name.startsWith("====")) {
            builder.addName(name);
          }
        }
      }
    }
    Path cities = data.resolve("geonames/cities15000.txt");
    if (Files.isRegularFile(cities)) {
      for (String line : Files.readAllLines(cities, StandardCharsets.UTF_8)) {
        String[] cols = line.split("\t", -1);
        if (cols.length > 3) {
          for (String alt : cols[3].split(",")) {
            if (hasArabic(alt)) {
              builder.addName(alt);
            }
          }
        }
      }
    }
    Files.createDirectories(out);
    int words;
    try (Writer w = gzipWriter(out.resolve(LexiconBuilder.WORDS_RESOURCE))) {
      words = builder.writeWords(w, minCount,
          "ANT corpus v2.1 (Chouigui et al., ant-2018.jsonl.gz, Apache-2.0), text field; rebuilt by "
              + "`khabar train lexicon`");
    }
    int names;
    try (Writer w = gzipWriter(out.resolve(LexiconBuilder.NAMES_RESOURCE))) {
      names = builder.writeNames(w,
          "ANERGazet Loc/Org/Pers (Benajiba et al. 2007) and GeoNames cities15000 Arabic alternate names "
              + "(CC BY 4.0); rebuilt by `khabar train lexicon`");
    }
    stdout.printf("texts: %d%ndistinct words: %d%nwords kept: %d%nname keys: %d%nout: %s%n",
        builder.texts(), builder.distinctWords(), words, names, out.toAbsolutePath().normalize());
    return 0;
  }

  private static boolean hasArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0621' && c <= '\u064A') {
        return true;
      }
    }
    return false;
  }

  private static Writer gzipWriter(Path file) throws IOException {
    return new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8);
  }
}
