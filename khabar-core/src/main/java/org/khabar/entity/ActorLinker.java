package org.khabar.entity;

import java.util.List;
import org.khabar.model.EntityMention;
import org.khabar.model.TextLine;

/**
 * Links entity mentions to the actors of the knowledge base.
 *
 * <p>It takes the mentions a named-entity recogniser found and adds the actor names it finds itself (a dictionary
 * tagger over matching keys: longest match, clitics such as و ف ب ل ك allowed in front), never two mentions over
 * overlapping spans. Bare generic nouns ({@code التنظيم}, {@code النظام}, {@code الجيش}, {@code الحكومة}) resolve to
 * the salient actor of a fitting kind named in the same article, or to nothing when there is none. Names the article
 * introduces as another name of an actor ({@code X "Y"}, {@code X (Y)}, {@code X المعروف بـ Y}) are reported, and
 * link within the article.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface ActorLinker {

  /**
   * Links one article.
   *
   * @param content the article's content lines
   * @param nerMentions mentions found by a recogniser (their {@code actor} is ignored and recomputed); may be empty
   * @return every mention in text order with its actor id or {@code null}, and the aliases the article introduced
   */
  LinkResult link(List<TextLine> content, List<EntityMention> nerMentions);

  /** The standard linker over {@link ActorKnowledgeBase#standard()}. */
  static ActorLinker standard() {
    return new DictionaryActorLinker(ActorKnowledgeBase.standard());
  }

  /** A linker over the given knowledge base. */
  static ActorLinker of(ActorKnowledgeBase kb) {
    return new DictionaryActorLinker(kb);
  }
}
