package org.khabar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.entity.AnerSplit;
import org.khabar.entity.BioTags;
import org.khabar.entity.NerModel;
import org.khabar.entity.NerSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar eval ner}: entity-level exact-match P/R/F1 (CoNLL style) of the recogniser on a CoNLL-style file, or
 * on a part of the standard ANERcorp split (the test part by default).
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = "Score the named-entity recogniser: per class and micro-averaged P/R/F1 (PERSON, PLACE, ORG; "
        + "MISC apart).")
final class EvalNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE",
      description = "A CoNLL-style `word TAG` file (default: the ANERcorp test part).")
  Path file;

  @Option(names = "--shared", paramLabel = "DIR", description = "The shared data folder (default: ../shared/data).")
  Path shared = SharedData.defaultDir();

  @Option(names = "--part", description = "Without --data: the ANERcorp part, test (default) or dev.")
  String part = "test";

  @Option(names = "--model", paramLabel = "DIR", description = "A model folder written by `train ner --out` "
      + "(default: the bundled model).")
  Path modelDir;

  @Option(names = "--accurate", description = "Score the accurate mode (the perceptron stacked on the bundled "
      + "BiLSTM-CRF tagger) instead of the bundled fast model.")
  boolean accurate;

  @Option(names = "--rules", arity = "1", description = "Turn the organisation rule on (true) or off (false) (default: as the model was "
      + "shipped).")
  Boolean rules;

  @Option(names = "--propagation", description = "Name propagation: the times a name must be tagged in a document "
      + "to be tagged at its other occurrences; 0: off (default: as the model was shipped, 2).")
  Integer propagation;

  @Option(names = "--errors", description = "Also list up to N sentences with a wrong entity (default: 0).")
  int errors;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    List<NerSentence> sentences;
    String name;
    if (file != null) {
      sentences = NerData.conll(file);
      name = file.toString();
    } else {
      if (!part.equals("test") && !part.equals("dev")) {
        spec.commandLine().getErr().println("khabar: --part is test or dev");
        return 2;
      }
      sentences = NerData.part(NerData.anercorp(shared), part);
      name = "ANERcorp " + part;
    }
    NerModel model = accurate ? NerModel.accurate() : NerData.model(modelDir);
    if (rules != null) {
      model = model.withRules(rules);
    }
    if (propagation != null) {
      model = model.withPropagation(Math.max(0, propagation));
    }
    o.println("data: " + name);
    o.println("sentences: " + sentences.size());
    o.println("words: " + AnerSplit.words(sentences));
    model.evaluate(sentences).figures().forEach((k, v) -> o.println(k + ": " + v));
    int listed = 0;
    for (NerSentence s : sentences) {
      if (listed >= errors) {
        break;
      }
      int[] predicted = model.tag(s.words());
      if (!java.util.Arrays.equals(predicted, s.tags())) {
        listed++;
        StringBuilder sb = new StringBuilder("# ");
        for (int i = 0; i < s.size(); i++) {
          sb.append(s.words().get(i));
          if (predicted[i] != s.tag(i) || s.tag(i) != 0) {
            sb.append('/').append(BioTags.name(s.tag(i))).append(predicted[i] != s.tag(i)
                ? "!" + BioTags.name(predicted[i]) : "");
          }
          sb.append(' ');
        }
        o.println(sb.toString().strip());
      }
    }
    return 0;
  }
}
