package org.khabar.structure;

import java.util.Map;
import org.khabar.model.RawArticle;

/**
 * Finds the parts of a scraped article: title, section, byline, publisher, and a role for every line.
 *
 * <p>Implementations are stateless and thread-safe: one instance serves every worker thread.
 */
public interface StructureAnalyzer {
  /** Analyses one article; never throws on odd input (an all-boilerplate page gives an empty body, flag {@code no_content}). */
  ArticleStructure analyze(RawArticle article);

  /** The standard analyser, without corpus knowledge. */
  static StructureAnalyzer standard() {
    return new LineRoleAnalyzer(TemplateIndex.EMPTY);
  }

  /**
   * The standard analyser that also knows which lines recur across the articles of each outlet (template text),
   * from a first pass over the corpus.
   */
  static StructureAnalyzer withTemplates(TemplateIndex templates) {
    return new LineRoleAnalyzer(templates == null ? TemplateIndex.EMPTY : templates);
  }

  /**
   * An analyser whose boilerplate decision is {@code model} over the rules' output, or the rules alone when
   * {@code model} is null (training and evaluation use this; everyone else wants {@link #standard}).
   */
  static StructureAnalyzer withModel(TemplateIndex templates, BoilerplateModel model) {
    return new LineRoleAnalyzer(templates == null ? TemplateIndex.EMPTY : templates, model);
  }

  /**
   * The features of {@link BoilerplateModel} for every line that it re-decides, by 1-based line number
   * ({@code khabar train structure} reads them with the gold roles).
   */
  static Map<Integer, double[]> boilerplateFeatures(RawArticle article) {
    return new LineRoleAnalyzer(TemplateIndex.EMPTY, null).features(article);
  }
}
