package org.khabar.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khabar.entity.BioTags;
import org.khabar.entity.NerModel;
import org.khabar.entity.NerSentence;

/**
 * Self-training material for the recogniser (Yarowsky 1995; McClosky et al. 2006 for parsing): unlabelled sentences of
 * ant-2018, tokenised as ANERcorp is (punctuation apart, clitics on), grouped by article; a model tags them and the
 * sentences it is surest of (the largest smallest per-word margin, at least one name) join the training data.
 */
final class SelfTraining {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\u0640]+|[^\\s\\p{L}\\p{M}\\p{N}\\u0640]");
  private static final int MIN_WORDS = 6;
  private static final int MAX_WORDS = 60;

  /** The unlabelled pool: articles, each a list of sentences (a list of words). */
  private final List<List<List<String>>> articles;

  private SelfTraining(List<List<List<String>>> articles) {
    this.articles = articles;
  }

  int articles() {
    return articles.size();
  }

  /** Every {@code stride}-th article of the corpus, up to {@code max} articles. */
  static SelfTraining read(Path corpus, int stride, int max) throws IOException {
    List<List<List<String>>> out = new ArrayList<>();
    try (SharedData.ArticleTexts texts = new SharedData.ArticleTexts(corpus)) {
      long i = 0;
      while (texts.hasNext() && out.size() < max) {
        String text = texts.next();
        if (i++ % stride != 0) {
          continue;
        }
        List<List<String>> sentences = sentences(text);
        if (!sentences.isEmpty()) {
          out.add(sentences);
        }
      }
    }
    return new SelfTraining(out);
  }

  /** Sentences of a text: lines cut after each run of sentence-final marks; short and long ones dropped. */
  static List<List<String>> sentences(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      List<String> current = new ArrayList<>();
      Matcher m = TOKEN.matcher(line);
      while (m.find()) {
        String t = m.group();
        boolean end = t.equals(".") || t.equals("!") || t.equals("?") || t.equals("\u061F");
        if (end && !current.isEmpty() && isEnd(current.get(current.size() - 1))) {
          current.add(t);
          continue;
        }
        if (!end && !current.isEmpty() && isEnd(current.get(current.size() - 1))) {
          keep(out, current);
          current = new ArrayList<>();
        }
        current.add(t);
      }
      keep(out, current);
    }
    return out;
  }

  private static boolean isEnd(String t) {
    return t.equals(".") || t.equals("!") || t.equals("?") || t.equals("\u061F");
  }

  private static void keep(List<List<String>> out, List<String> s) {
    if (s.size() >= MIN_WORDS && s.size() <= MAX_WORDS) {
      out.add(s);
    }
  }

  private record Candidate(int order, NerSentence sentence, float confidence) {}

  /**
   * The {@code count} sentences the model is surest of, in corpus order: each has at least one PERSON, PLACE or ORG
   * name; surety is the smallest margin of any of its words.
   */
  List<NerSentence> select(NerModel model, int count) {
    return select(model, null, count);
  }

  /**
   * As {@link #select(NerModel, int)}, keeping only sentences that {@code other} (a model with other features; may be
   * null) tags the same way (agreement of two views, as in co-training and tri-training).
   */
  List<NerSentence> select(NerModel model, NerModel other, int count) {
    List<Candidate> candidates = new ArrayList<>();
    int order = 0;
    for (List<List<String>> article : articles) {
      for (int from = 0; from < article.size(); from += NerModel.DOC_SENTENCES) {
        List<List<String>> doc = article.subList(from, Math.min(article.size(), from + NerModel.DOC_SENTENCES));
        float[][] margins = new float[doc.size()][];
        for (int s = 0; s < doc.size(); s++) {
          margins[s] = new float[doc.get(s).size()];
        }
        int[][] tags = model.tagDocument(doc, margins);
        int[][] second = other == null ? null : other.tagDocument(doc, marginsOf(doc));
        for (int s = 0; s < doc.size(); s++) {
          order++;
          boolean named = false;
          for (BioTags.Chunk c : BioTags.chunks(tags[s])) {
            named |= c.type() != org.khabar.entity.NerClass.MISC;
          }
          if (!named || second != null && !Arrays.equals(tags[s], second[s])) {
            continue;
          }
          float min = Float.POSITIVE_INFINITY;
          for (float m : margins[s]) {
            min = Math.min(min, m);
          }
          candidates.add(new Candidate(order, new NerSentence(doc.get(s), tags[s]), min));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(c -> -c.confidence));
    List<Candidate> chosen = new ArrayList<>(candidates.subList(0, Math.min(count, candidates.size())));
    chosen.sort(Comparator.comparingInt(Candidate::order));
    List<NerSentence> out = new ArrayList<>(chosen.size());
    for (Candidate c : chosen) {
      out.add(c.sentence);
    }
    return out;
  }

  private static float[][] marginsOf(List<List<String>> doc) {
    float[][] m = new float[doc.size()][];
    for (int s = 0; s < m.length; s++) {
      m[s] = new float[doc.get(s).size()];
    }
    return m;
  }
}
