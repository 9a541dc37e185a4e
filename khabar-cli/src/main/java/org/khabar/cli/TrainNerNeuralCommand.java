package org.khabar.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.khabar.entity.AnerSplit;
import org.khabar.entity.BiLstmTagger;
import org.khabar.entity.Gazetteer;
import org.khabar.entity.NameFinder;
import org.khabar.entity.NerModel;
import org.khabar.entity.NerScores;
import org.khabar.entity.NerSentence;
import org.khabar.entity.NerTrainer;
import org.khabar.entity.WordClusters;
import org.khabar.model.TextLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar train ner-neural}: the neural NER experiment of issue #7 (off by default). Trains the BiLSTM-CRF
 * tagger on the ANERcorp training part minus dev, early-stopped on dev (the same dev slice as {@code train ner}),
 * prints its dev figures, and, given a perceptron trained on the same part ({@code train ner --no-retrain --out
 * DIR}), the dev figures of their combination (the perceptron's last-pass scores plus a weight times the tagger's
 * log-marginals, the weight chosen on dev). The test part is read only with {@code --test}.
 */
@Command(
    name = "ner-neural",
    mixinStandardHelpOptions = true,
    description = "Train the experimental BiLSTM-CRF NER tagger on ANERcorp's training part (measures on dev).")
final class TrainNerNeuralCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default: ../shared/data).")
  Path data = SharedData.defaultDir();

  @Option(names = "--vectors", paramLabel = "FILE", description = "Word vectors keyed by clitic-stripped keys: read "
      + "if the file exists, else learnt from ant-2018 and written there (default: ${DEFAULT-VALUE}).")
  Path vectors = Path.of("target", "ner-vectors.bin.gz");

  @Option(names = "--vectors-only", description = "Stop after the vectors are learnt and written.")
  boolean vectorsOnly;

  @Option(names = "--perceptron", paramLabel = "DIR", description = "A perceptron model folder trained on the same "
      + "part (`khabar train ner --no-retrain --out DIR`), for the combination.")
  Path perceptron;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the trained tagger (default: none).")
  Path out;

  @Option(names = "--model", paramLabel = "FILE", description = "Read this trained tagger instead of training one.")
  Path model;

  @Option(names = "--stack", description = "Also train the perceptron (standard settings, seed --seed) with the "
      + "tagger's tags as second-stage features, jackknifed over five folds, and score it on dev.")
  boolean stack;

  @Option(names = "--jackknife-epochs", description = "Epochs of each jackknife tagger for --stack (default: the "
      + "epoch early stopping kept, else ${DEFAULT-VALUE}).")
  int jackknifeEpochs = 8;

  @Option(names = "--speed", paramLabel = "N", description = "Also time tagging the lines of the first N ant-2018 "
      + "articles in one thread, the tagger against the bundled perceptron (each line a sentence).")
  int speed;

  @Option(names = "--ship", paramLabel = "DIR", description = "Rebuild the accurate mode's resources into DIR (e.g. "
      + TrainNerCommand.RESOURCE_DIR + "): the tagger trained on the whole training part for --epochs epochs, and "
      + "the perceptron stacked on it (jackknifed taggers) with the epochs and bias below; no dev, no test.")
  Path ship;

  @Option(names = "--ship-first-epochs", description = "With --ship: perceptron first-stage epochs (default: "
      + "${DEFAULT-VALUE}, chosen on dev by the seed-7 stacking run).")
  int shipFirstEpochs = 10;

  @Option(names = "--ship-second-epochs", description = "With --ship: second-stage epochs (default: ${DEFAULT-VALUE}).")
  int shipSecondEpochs = 6;

  @Option(names = "--ship-bias", description = "With --ship: bias against O (default: ${DEFAULT-VALUE}).")
  float shipBias = 3.0f;

  @Option(names = "--test", description = "Also score the test part (read it once, at the end of the experiment).")
  boolean test;

  @Option(names = "--hidden", description = "LSTM units per direction (default: ${DEFAULT-VALUE}).")
  int hidden = BiLstmTagger.Options.standard().hidden();

  @Option(names = "--bag-dim", description = "Sparse-feature embedding size (default: ${DEFAULT-VALUE}).")
  int bagDim = BiLstmTagger.Options.standard().bagDim();

  @Option(names = "--bag-bits", description = "log2 of the hashed bag rows (default: ${DEFAULT-VALUE}).")
  int bagBits = BiLstmTagger.Options.standard().bagBits();

  @Option(names = "--affixes-only", description = "The bag holds only affixes and shape, not the perceptron's "
      + "features.")
  boolean affixesOnly;

  @Option(names = "--dropout", description = "Input dropout (default: ${DEFAULT-VALUE}).")
  float dropout = BiLstmTagger.Options.standard().dropout();

  @Option(names = "--bag-dropout", description = "Chance of leaving a sparse feature out of its bag in training "
      + "(default: ${DEFAULT-VALUE}).")
  float bagDropout = BiLstmTagger.Options.standard().bagDropout();

  @Option(names = "--lr", description = "Adam step size (default: ${DEFAULT-VALUE}).")
  float learningRate = BiLstmTagger.Options.standard().learningRate();

  @Option(names = "--batch", description = "Sentences per update (default: ${DEFAULT-VALUE}).")
  int batch = BiLstmTagger.Options.standard().batch();

  @Option(names = "--epochs", description = "Most epochs (default: ${DEFAULT-VALUE}).")
  int epochs = BiLstmTagger.Options.standard().epochs();

  @Option(names = "--patience", description = "Epochs without a better dev score before stopping (default: "
      + "${DEFAULT-VALUE}).")
  int patience = BiLstmTagger.Options.standard().patience();

  @Option(names = "--seed", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed = BiLstmTagger.Options.standard().seed();

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    Consumer<String> log = Progress.log(err);
    WordClusters clusters = WordClusters.bundled();
    BiLstmTagger.Embeddings embeddings;
    if (Files.exists(vectors)) {
      try (InputStream in = Files.newInputStream(vectors)) {
        embeddings = BiLstmTagger.Embeddings.readFrom(in);
      }
    } else {
      try (SharedData.ArticleTexts texts = new SharedData.ArticleTexts(SharedData.ant2018(data))) {
        embeddings = BiLstmTagger.Embeddings.learn(texts, clusters, log);
      }
      Files.createDirectories(vectors.toAbsolutePath().getParent());
      Outputs.replace(vectors, embeddings::writeTo);
    }
    o.println("vector words: " + embeddings.size());
    o.flush();
    if (vectorsOnly) {
      return 0;
    }
    AnerSplit split = NerData.anercorp(data);
    if (ship != null) {
      return ship(o, log, split.train(), embeddings, clusters, started);
    }
    List<NerSentence> trainPart = NerData.part(split, "train-dev");
    List<NerSentence> dev = NerData.part(split, "dev");
    Gazetteer gazetteer = perceptron != null ? readGazetteer(perceptron) : Gazetteer.bundled();
    BiLstmTagger tagger;
    if (model != null) {
      try (InputStream in = Files.newInputStream(model)) {
        tagger = BiLstmTagger.read(in, clusters, gazetteer);
      }
    } else {
      BiLstmTagger.Options options = new BiLstmTagger.Options(hidden, bagDim, bagBits, !affixesOnly, dropout,
          bagDropout, learningRate, batch, epochs, patience, seed);
      tagger = BiLstmTagger.train(options, embeddings, clusters, gazetteer, trainPart, dev, log);
      if (out != null) {
        Outputs.replace(out, tagger::write);
        o.println("model bytes: " + Files.size(out));
      }
    }
    TrainNerCommand.print(o, "dev bilstm", tagger.evaluate(dev, false));
    o.println(String.format(Locale.ROOT, "dev bilstm micro-F1 with propagation: %.4f",
        tagger.evaluate(dev, true).microF1()));
    if (stack) {
      BiLstmTagger full = tagger;
      BiLstmTagger.Options o1 = tagger.options();
      int jackEpochs = tagger.keptEpoch() > 0 ? tagger.keptEpoch() : jackknifeEpochs;
      BiLstmTagger.Options jack = new BiLstmTagger.Options(o1.hidden(), o1.bagDim(), o1.bagBits(), o1.allFeatures(),
          dropout, bagDropout, learningRate, batch, jackEpochs, patience, seed);
      NerTrainer.NeuralStacking stacking = new NerTrainer.NeuralStacking() {
        @Override
        public BiLstmTagger train(List<NerSentence> sentences) {
          return BiLstmTagger.train(jack, embeddings, clusters, gazetteer, sentences, List.of(), log);
        }

        @Override
        public BiLstmTagger full() {
          return full;
        }
      };
      NerTrainer.Options std = NerTrainer.Options.standard();
      NerTrainer.Options popts = new NerTrainer.Options(std.epochs(), std.secondEpochs(), true, true,
          std.minFeatureCount(), seed, 0f, std.wordDropout());
      NerModel stacked = new NerTrainer(popts, clusters, gazetteer, log).withNeural(stacking).train(trainPart, dev);
      TrainNerCommand.print(o, "dev stacked", stacked.evaluate(dev));
      if (test) {
        TrainNerCommand.print(o, "test stacked (trained on train minus dev)", stacked.evaluate(split.test()));
      }
    }
    if (perceptron != null) {
      NerModel p = NerData.model(perceptron);
      o.println(String.format(Locale.ROOT, "dev perceptron micro-F1: %.4f", p.evaluate(dev).microF1()));
      float best = 0;
      double bestF1 = -1;
      for (float w : new float[] {0.5f, 1f, 2f, 4f, 6f, 8f, 12f, 16f, 24f, 32f, 48f, 64f}) {
        double f1 = tagger.evaluateCombined(p, w, dev).microF1();
        o.println(String.format(Locale.ROOT, "dev combined weight %.2f micro-F1: %.4f", w, f1));
        o.flush();
        if (f1 > bestF1) {
          bestF1 = f1;
          best = w;
        }
      }
      o.println("combination weight: " + best);
      TrainNerCommand.print(o, "dev combined", tagger.evaluateCombined(p, best, dev));
      if (test) {
        NerModel shipped = NerModel.bundled();
        TrainNerCommand.print(o, "test perceptron (shipped)", shipped.evaluate(split.test()));
        TrainNerCommand.print(o, "test combined (shipped perceptron)",
            tagger.evaluateCombined(shipped, best, split.test()));
      }
    }
    if (speed > 0) {
      speed(o, tagger);
    }
    if (test) {
      NerScores t = tagger.evaluate(split.test(), true);
      TrainNerCommand.print(o, "test bilstm", t);
    }
    o.println("seconds: " + Math.round((System.nanoTime() - started) / 1e9));
    return 0;
  }

  /**
   * Times both on the same lines, in this thread, after a warm-up pass over a tenth of them: the shipped recogniser
   * as the pipeline calls it ({@code NameFinder.standard()}, as {@code bench ner} does) and the tagger (tokenising
   * each line, then tagging it as one sentence).
   */
  private void speed(PrintWriter o, BiLstmTagger tagger) throws java.io.IOException {
    List<String> lines = new java.util.ArrayList<>();
    int articles = 0;
    try (SharedData.ArticleTexts in = new SharedData.ArticleTexts(SharedData.ant2018(data))) {
      while (in.hasNext() && articles < speed) {
        for (String line : in.next().split("\n")) {
          if (!line.isBlank()) {
            lines.add(line);
          }
        }
        articles++;
      }
    }
    NameFinder finder = NameFinder.standard();
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < lines.size() / 10; i++) {
      tagger.tag(BiLstmTagger.words(lines.get(i)));
      finder.find(new TextLine(1, lines.get(i)));
    }
    long t0 = bean.getCurrentThreadCpuTime();
    for (String l : lines) {
      finder.find(new TextLine(1, l));
    }
    long t1 = bean.getCurrentThreadCpuTime();
    long words = 0;
    for (String l : lines) {
      List<String> w = BiLstmTagger.words(l);
      words += w.size();
      tagger.tag(w);
    }
    long t2 = bean.getCurrentThreadCpuTime();
    o.println("speed articles: " + articles + ", words: " + words);
    o.println("perceptron articles per cpu-s: " + Math.round(articles / ((t1 - t0) / 1e9)));
    o.println("bilstm articles per cpu-s: " + Math.round(articles / ((t2 - t1) / 1e9)));
    o.println("bilstm words per cpu-s: " + Math.round(words / ((t2 - t1) / 1e9)));
    o.flush();
  }

  /** Trains and writes the accurate mode's two resources on the whole training part. */
  private int ship(PrintWriter o, Consumer<String> log, List<NerSentence> all, BiLstmTagger.Embeddings embeddings,
      WordClusters clusters, long started) throws java.io.IOException {
    Gazetteer gazetteer = Gazetteer.bundled();
    BiLstmTagger.Options options = new BiLstmTagger.Options(hidden, bagDim, bagBits, !affixesOnly, dropout,
        bagDropout, learningRate, batch, epochs, patience, seed);
    log.accept("ship: tagger on the whole training part, " + epochs + " epochs");
    BiLstmTagger full = BiLstmTagger.train(options, embeddings, clusters, gazetteer, all, List.of(), log);
    NerTrainer.NeuralStacking stacking = new NerTrainer.NeuralStacking() {
      @Override
      public BiLstmTagger train(List<NerSentence> sentences) {
        return BiLstmTagger.train(options, embeddings, clusters, gazetteer, sentences, List.of(), log);
      }

      @Override
      public BiLstmTagger full() {
        return full;
      }
    };
    NerTrainer.Options popts = new NerTrainer.Options(shipFirstEpochs, shipSecondEpochs, true, true, 1, seed, shipBias,
        0f);
    NerModel model = new NerTrainer(popts, clusters, gazetteer, log).withNeural(stacking).train(all, List.of());
    Path taggerFile = ship.resolve(NerModel.ACCURATE_TAGGER);
    Path modelFile = ship.resolve(NerModel.ACCURATE_RESOURCE);
    Outputs.replace(taggerFile, full::write);
    Outputs.replace(modelFile, os -> model.write(os, 0.05f));
    o.println("tagger bytes: " + Files.size(taggerFile));
    o.println("model bytes: " + Files.size(modelFile));
    o.println("seconds: " + Math.round((System.nanoTime() - started) / 1e9));
    o.println("written: " + ship);
    return 0;
  }

  private static Gazetteer readGazetteer(Path dir) throws java.io.IOException {
    try (InputStream in = Files.newInputStream(dir.resolve(Gazetteer.RESOURCE))) {
      return Gazetteer.read(in);
    }
  }
}
