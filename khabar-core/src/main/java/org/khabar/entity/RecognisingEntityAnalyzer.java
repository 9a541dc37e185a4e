package org.khabar.entity;

import java.util.ArrayList;
import java.util.List;
import org.khabar.model.EntityMention;
import org.khabar.structure.ArticleStructure;

/**
 * The entity stage as far as recognition goes: every name the {@link NameFinder} finds in the content lines becomes
 * an {@link EntityMention} with no actor yet (actor linking is layered on top).
 *
 * <p>Stateless and thread-safe.
 */
final class RecognisingEntityAnalyzer implements EntityAnalyzer {
  private final NameFinder names;

  RecognisingEntityAnalyzer(NameFinder names) {
    this.names = names;
  }

  @Override
  public EntityAnalysis analyze(ArticleStructure structure) {
    List<EntityMention> out = new ArrayList<>();
    for (NameSpan span : names.find(structure.content())) {
      out.add(new EntityMention(span.text(), span.type(), null, span.line(), span.start(), span.end()));
    }
    return new EntityAnalysis(out, List.of());
  }
}
