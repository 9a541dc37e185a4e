package org.khabar.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khabar.entity.Actor;
import org.khabar.entity.ActorKnowledgeBase;
import org.khabar.entity.AnerSplit;
import org.khabar.entity.ConllFormat;
import org.khabar.entity.Gazetteer;
import org.khabar.entity.NerClass;
import org.khabar.entity.NerModel;
import org.khabar.entity.NerSentence;
import org.khabar.entity.WordClusters;
import org.khabar.structure.Outlet;
import org.khabar.structure.OutletRegistry;
import org.khabar.text.ArabicLetters;

/** Reads the NER data sets of {@code ../shared/data} for the train and eval commands. */
final class NerData {
  private NerData() {}

  /** The share of the ANERcorp training part held out as the development set (its last sentences). */
  static final double DEV_FRACTION = 0.1;

  /** The standard ANERcorp split of {@code DATA/anercorp/ANERCorp.txt}. */
  static AnerSplit anercorp(Path data) throws IOException {
    Path file = data.resolve("anercorp").resolve("ANERCorp.txt");
    try (BufferedReader in = SharedData.open(file)) {
      return AnerSplit.standard(ConllFormat.readTokens(in, file.toString()));
    }
  }

  /** One part of the split: {@code train} (all of it), {@code train-dev} (train minus dev), {@code dev}, {@code test}. */
  static List<NerSentence> part(AnerSplit split, String part) {
    return switch (part) {
      case "train" -> split.train();
      case "train-dev" -> split.carveDev(DEV_FRACTION).get(0);
      case "dev" -> split.carveDev(DEV_FRACTION).get(1);
      case "test" -> split.test();
      default -> throw new IllegalArgumentException("unknown part " + part + " (train, train-dev, dev, test)");
    };
  }

  /** Reads a CoNLL-style file. */
  static List<NerSentence> conll(Path file) throws IOException {
    try (BufferedReader in = SharedData.open(file)) {
      return ConllFormat.read(in, file.toString());
    }
  }

  /**
   * Builds the gazetteer from four sources, each with its own features: ANERGazet, the Arabic alternate names of
   * GeoNames, the actor knowledge base (persons, states as places, every other type as organisations) and the outlet
   * registry (organisations).
   */
  static Gazetteer gazetteer(Path data) throws IOException {
    return gazetteer(data, SOURCES);
  }

  /** The gazetteer sources, in feature order. */
  static final List<String> SOURCES = List.of("anergazet", "geonames", "actors", "outlets");

  /** Builds the gazetteer from some of the {@link #SOURCES} (for ablations). */
  static Gazetteer gazetteer(Path data, List<String> sources) throws IOException {
    for (String s : sources) {
      if (!SOURCES.contains(s)) {
        throw new IllegalArgumentException("unknown gazetteer source " + s + " (known: " + SOURCES + ")");
      }
    }
    Map<String, Map<NerClass, List<String>>> bySource = new LinkedHashMap<>();
    Path aner = data.resolve("anercorp");
    Map<NerClass, List<String>> gazet = new EnumMap<>(NerClass.class);
    gazet.put(NerClass.PLACE, anerGazet(aner.resolve("ANERGazet-Loc.txt")));
    gazet.put(NerClass.ORG, anerGazet(aner.resolve("ANERGazet-Org.txt")));
    gazet.put(NerClass.PERSON, anerGazet(aner.resolve("ANERGazet-Pers.txt")));
    bySource.put("anergazet", gazet);
    List<String> geoNames = new ArrayList<>();
    Path geo = data.resolve("geonames").resolve("cities15000.txt");
    try (BufferedReader in = SharedData.open(geo)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
          continue;
        }
        for (String alt : f[3].split(",")) {
          if (isArabic(alt)) {
            geoNames.add(alt.strip());
          }
        }
      }
    }
    bySource.put("geonames", new EnumMap<>(Map.of(NerClass.PLACE, geoNames)));
    Map<NerClass, List<String>> actors = new EnumMap<>(NerClass.class);
    for (Actor a : ActorKnowledgeBase.standard().actors()) {
      NerClass c = switch (a.type().entityType()) {
        case PERSON -> NerClass.PERSON;
        case PLACE -> NerClass.PLACE;
        default -> NerClass.ORG;
      };
      // Weak names are also common words: only the strong names are gazetteer entries.
      a.names().stream().filter(NerData::isArabic).forEach(n -> actors.computeIfAbsent(c, x -> new ArrayList<>())
          .add(n));
    }
    bySource.put("actors", actors);
    List<String> outlets = new ArrayList<>();
    for (Outlet o : OutletRegistry.standard().all()) {
      o.arabicNames().stream().filter(NerData::isArabic).forEach(outlets::add);
    }
    bySource.put("outlets", new EnumMap<>(Map.of(NerClass.ORG, outlets)));
    Map<String, String> described = new LinkedHashMap<>();
    described.put("anergazet", "ANERGazet (Benajiba et al. 2007; Loc, Org, Pers lists; research use): "
        + gazet.values().stream().mapToInt(List::size).sum() + " names");
    described.put("geonames", "GeoNames cities15000 Arabic-script alternate names (CC BY 4.0, geonames.org): "
        + geoNames.size() + " names");
    described.put("actors", "khabar's actor knowledge base (actors.json; each entry names its source): "
        + actors.values().stream().mapToInt(List::size).sum() + " names");
    described.put("outlets", "khabar's outlet registry (org/khabar/structure/outlets.tsv; each entry names its "
        + "source): " + outlets.size() + " names");
    bySource.keySet().retainAll(sources);
    List<String> header = new ArrayList<>();
    header.add("# khabar NER gazetteer, compiled by `khabar train ner` from these sources (column 2):");
    bySource.keySet().forEach(s -> header.add("# " + s + ": " + described.get(s)));
    return Gazetteer.bySource(bySource, header);
  }

  private static List<String> anerGazet(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader in = SharedData.open(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String s = line.replace("\uFEFF", "").strip();
        if (s.isEmpty() || s.startsWith("****") || s.startsWith("====")) {
          continue;
        }
        out.add(s);
      }
    }
    return out;
  }

  private static boolean isArabic(String s) {
    int arabic = 0;
    for (int i = 0; i < s.length(); i++) {
      if (ArabicLetters.isArabicLetter(s.charAt(i))) {
        arabic++;
      }
    }
    return arabic >= 2;
  }

  /** Clusters from a file, or the bundled ones when {@code file} is null. */
  static WordClusters clusters(Path file) throws IOException {
    if (file == null) {
      return WordClusters.bundled();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return WordClusters.read(in);
    }
  }

  /** A model and its resources from a folder (as `train ner --out` writes it), or the bundled model. */
  static NerModel model(Path dir) throws IOException {
    if (dir == null) {
      return NerModel.bundled();
    }
    WordClusters clusters;
    Path c = dir.resolve(WordClusters.RESOURCE);
    clusters = Files.exists(c) ? clusters(c) : WordClusters.bundled();
    Gazetteer gazetteer;
    try (InputStream in = Files.newInputStream(dir.resolve(Gazetteer.RESOURCE))) {
      gazetteer = Gazetteer.read(in);
    }
    try (InputStream in = Files.newInputStream(dir.resolve(NerModel.RESOURCE))) {
      return NerModel.read(in, clusters, gazetteer);
    }
  }
}
