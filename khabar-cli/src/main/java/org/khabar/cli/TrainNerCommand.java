package org.khabar.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khabar.entity.AnerSplit;
import org.khabar.entity.BioTags;
import org.khabar.entity.Gazetteer;
import org.khabar.entity.NerModel;
import org.khabar.entity.NerScores;
import org.khabar.entity.NerSentence;
import org.khabar.entity.NerTrainer;
import org.khabar.entity.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar train ner}: trains the recogniser on the ANERcorp training part (standard split), choosing the
 * epoch on a development set carved from its end, then retrains on the whole training part. The test part is
 * never read here.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = "Train the named-entity recogniser on ANERcorp's training part; writes the model and gazetteer.")
final class TrainNerCommand implements Callable<Integer> {
  /** Where the shipped resources live, from the repository root. */
  static final String RESOURCE_DIR = "khabar-core/src/main/resources/org/khabar/entity";

  @Spec CommandSpec spec;

  @Mixin SharedDataOption shared;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: " + RESOURCE_DIR + ").")
  Path out = Path.of(RESOURCE_DIR);

  @Option(names = "--clusters", paramLabel = "FILE",
      description = "Word clusters (default: OUT/" + WordClusters.RESOURCE + " if present, else the bundled ones).")
  Path clustersFile;

  @Option(names = "--epochs", description = "Largest number of epochs (default: ${DEFAULT-VALUE}).")
  int epochs = NerTrainer.Options.standard().epochs();

  @Option(names = "--second-epochs", description = "Largest number of epochs of the stacked second stage; 0: no "
      + "second stage (default: ${DEFAULT-VALUE}).")
  int secondEpochs = NerTrainer.Options.standard().secondEpochs();

  @Option(names = "--word-dropout", description = "Chance of hiding a name token's own word in an update "
      + "(default: ${DEFAULT-VALUE}).")
  float wordDropout = NerTrainer.Options.standard().wordDropout();

  @Option(names = "--seed", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
  long seed = NerTrainer.Options.standard().seed();

  @Option(names = "--min-count", description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
  int minCount = NerTrainer.Options.standard().minFeatureCount();

  @Option(names = "--prune", description = "Drop weight rows below this magnitude (default: ${DEFAULT-VALUE}).")
  float prune = 0.05f;

  @Option(names = "--sources", split = ",", description = "Gazetteer sources to use (default: all of "
      + "anergazet,geonames,actors,outlets).")
  List<String> sources = NerData.SOURCES;

  @Option(names = "--ablation", description = "Also measure on dev without clusters, without gazetteer, without both.")
  boolean ablation;

  @Option(names = "--no-retrain", description = "Ship the model trained on train minus dev (skip the full retrain).")
  boolean noRetrain;

  @Option(names = "--margin", description = "Training cost added to every wrong tag before decoding (default: "
      + "${DEFAULT-VALUE}).")
  float margin = NerTrainer.Options.standard().margin();

  @Option(names = "--aggressiveness", description = "Passive-aggressive step bound C; 0: perceptron steps (default: "
      + "${DEFAULT-VALUE}).")
  float aggressiveness = NerTrainer.Options.standard().aggressiveness();

  @Option(names = "--cv", paramLabel = "K", description = "Only measure: K-fold cross-validation over the training "
      + "part (each fold held out in turn; epochs and bias chosen on the last tenth of the rest); writes nothing.")
  int cv;

  @Option(names = "--self-train", paramLabel = "N", description = "Self-training: add the N ant-2018 sentences the "
      + "first model is surest of, tagged by it, and train again (default: ${DEFAULT-VALUE}: none).")
  int selfTrain;

  @Option(names = "--self-stride", description = "Self-training pool: every K-th ant-2018 article (default: "
      + "${DEFAULT-VALUE}).")
  int selfStride = 8;

  @Option(names = "--self-articles", description = "Self-training pool: at most this many articles (default: "
      + "${DEFAULT-VALUE}).")
  int selfArticles = 4000;

  @Option(names = "--self-agree", description = "Self-training: keep only sentences that a second model, trained "
      + "without the gazetteer, tags the same way.")
  boolean selfAgree;

  private SelfTraining pool;

  @Option(names = "--predictions", paramLabel = "FILE", description = "With --cv: also write each held-out word "
      + "as 'word gold predicted' (blank line between sentences), for error analysis.")
  Path predictions;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    AnerSplit split = NerData.anercorp(shared.data);
    List<NerSentence> trainPart = NerData.part(split, "train-dev");
    List<NerSentence> dev = NerData.part(split, "dev");
    o.println("train words: " + AnerSplit.words(split.train()));
    o.println("test words: " + AnerSplit.words(split.test()));
    o.println("dev words: " + AnerSplit.words(dev));
    Path defaultClusters = out.resolve(WordClusters.RESOURCE);
    WordClusters clusters = NerData.clusters(
        clustersFile != null ? clustersFile : Files.exists(defaultClusters) ? defaultClusters : null);
    Gazetteer gazetteer = NerData.gazetteer(shared.data, sources);
    o.println("cluster words: " + clusters.size());
    o.flush();
    var log = Progress.log(err);
    NerTrainer.Options options = new NerTrainer.Options(epochs, secondEpochs, true, true, minCount, seed, 0f, wordDropout)
        .withUpdate(margin, aggressiveness);
    if (cv > 1) {
      crossValidate(o, split.train(), options, clusters, gazetteer, log);
      o.println("seconds: " + Math.round((System.nanoTime() - started) / 1e9));
      return 0;
    }
    NerModel model = train(options, clusters, gazetteer, log, trainPart, dev);
    NerScores devScores = model.evaluate(dev);
    print(o, "dev", devScores);
    // The organisation rule stays only if it lifts dev.
    NerScores devRules = model.withRules(true).evaluate(dev);
    print(o, "dev with rules", devRules);
    boolean rules = devRules.microF1() > devScores.microF1();
    o.println("rules: " + (rules ? "on" : "off"));
    if (ablation) {
      for (boolean[] config : new boolean[][] {{false, true}, {true, false}, {false, false}}) {
        NerTrainer.Options ab = new NerTrainer.Options(epochs, secondEpochs, config[0], config[1], minCount, seed, 0f, wordDropout)
            .withUpdate(margin, aggressiveness);
        NerModel m = new NerTrainer(ab, clusters, gazetteer, log).train(trainPart, dev);
        double f1 = m.evaluate(dev).microF1();
        String name = !config[0] && !config[1] ? "no clusters, no gazetteer"
            : !config[0] ? "no clusters" : "no gazetteer";
        o.println(String.format(Locale.ROOT, "dev micro-F1 (%s): %.4f", name, f1));
        o.println(String.format(Locale.ROOT, "dev lift (%s): %+.4f", name, devScores.microF1() - f1));
        o.flush();
      }
    }
    if (!noRetrain) {
      NerTrainer.Options full = new NerTrainer.Options(Math.max(1, model.epochs()), model.secondEpochs(), true, true,
          minCount, seed, model.outsideBias(), wordDropout).withUpdate(margin, aggressiveness);
      o.println("retrained epochs: " + model.epochs() + ", second stage " + model.secondEpochs()
          + ", bias against O " + model.outsideBias());
      model = train(full, clusters, gazetteer, log, split.train(), List.of());
    }
    model = model.withRules(rules);
    Files.createDirectories(out);
    write(out.resolve(Gazetteer.RESOURCE), gazetteer::write);
    final NerModel shipped = model;
    write(out.resolve(NerModel.RESOURCE), os -> shipped.write(os, prune));
    o.println("model features: " + model.features());
    o.println("model bytes: " + Files.size(out.resolve(NerModel.RESOURCE)));
    o.println("gazetteer bytes: " + Files.size(out.resolve(Gazetteer.RESOURCE)));
    o.println("seconds: " + Math.round((System.nanoTime() - started) / 1e9));
    o.println("written: " + out);
    return 0;
  }

  /**
   * Trains on {@code train} (epochs chosen on {@code dev}); with self-training, the model then tags the unlabelled
   * pool and a second model is trained on {@code train} plus the sentences it is surest of.
   */
  private NerModel train(NerTrainer.Options options, WordClusters clusters, Gazetteer gazetteer,
      java.util.function.Consumer<String> log, List<NerSentence> train, List<NerSentence> dev) {
    NerModel m = new NerTrainer(options, clusters, gazetteer, log).train(train, dev);
    if (selfTrain <= 0) {
      return m;
    }
    if (pool == null) {
      try {
        pool = SelfTraining.read(shared.ant2018(), selfStride, selfArticles);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      log.accept("ner: self-training pool of " + pool.articles() + " articles");
    }
    NerModel other = null;
    if (selfAgree) {
      NerTrainer.Options view = new NerTrainer.Options(options.epochs(), options.secondEpochs(), true, false,
          options.minFeatureCount(), options.seed(), options.outsideBias(), options.wordDropout())
          .withUpdate(options.margin(), options.aggressiveness());
      other = new NerTrainer(view, clusters, gazetteer, log).train(train, dev);
    }
    List<NerSentence> added = pool.select(m, other, selfTrain);
    log.accept("ner: self-training adds " + added.size() + " sentences, " + AnerSplit.words(added) + " words");
    List<NerSentence> more = new java.util.ArrayList<>(train);
    more.addAll(added);
    return new NerTrainer(options, clusters, gazetteer, log).train(more, dev);
  }

  /**
   * K-fold cross-validation over the training part in contiguous blocks (documents stay whole): each block is held
   * out in turn, the model trained on the rest as shipped models are (epochs and bias chosen on the rest's last
   * tenth). Prints each fold's micro-F1 and the pooled figures.
   */
  private void crossValidate(PrintWriter o, List<NerSentence> all, NerTrainer.Options options, WordClusters clusters,
      Gazetteer gazetteer, java.util.function.Consumer<String> log) {
    NerScores pooled = new NerScores();
    StringBuilder dump = new StringBuilder();
    NerScores unpropagated = new NerScores();
    for (int k = 0; k < cv; k++) {
      int from = (int) ((long) all.size() * k / cv);
      int to = (int) ((long) all.size() * (k + 1) / cv);
      List<NerSentence> rest = new java.util.ArrayList<>(all.subList(0, from));
      rest.addAll(all.subList(to, all.size()));
      int cut = (int) Math.round(rest.size() * (1 - NerData.DEV_FRACTION));
      NerModel m = train(options, clusters, gazetteer, log, rest.subList(0, cut), rest.subList(cut, rest.size()));
      List<NerSentence> held = all.subList(from, to);
      NerScores plain = m.withPropagation(0).evaluate(held);
      unpropagated.addAll(plain);
      int[][] predicted = m.tagAll(held);
      NerScores fold = new NerScores();
      for (int i = 0; i < held.size(); i++) {
        NerSentence s = held.get(i);
        fold.add(s.tags(), predicted[i]);
        for (int j = 0; predictions != null && j < s.size(); j++) {
          dump.append(s.words().get(j)).append(' ').append(BioTags.name(s.tag(j))).append(' ')
              .append(BioTags.name(predicted[i][j])).append('\n');
        }
        dump.append('\n');
      }
      pooled.addAll(fold);
      o.println(String.format(Locale.ROOT, "cv fold %d micro-F1: %.4f (without propagation %.4f)", k + 1,
          fold.microF1(), plain.microF1()));
      o.flush();
    }
    print(o, "cv", pooled);
    o.println(String.format(Locale.ROOT, "cv micro-F1 without propagation: %.4f", unpropagated.microF1()));
    if (predictions != null) {
      try {
        Files.writeString(predictions, dump);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  static void print(PrintWriter o, String part, NerScores scores) {
    scores.figures().forEach((k, v) -> o.println(part + " " + k + ": " + v));
    o.flush();
  }

  private interface Writing {
    void to(OutputStream out) throws java.io.IOException;
  }

  private static void write(Path target, Writing writing) throws java.io.IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try (OutputStream os = Files.newOutputStream(tmp)) {
      writing.to(os);
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
  }
}
