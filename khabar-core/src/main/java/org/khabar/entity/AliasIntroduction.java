package org.khabar.entity;

import java.util.Objects;

/**
 * A name that an article introduces as another name of an actor, e.g. {@code تنظيم الدولة الإسلامية "داعش"},
 * {@code X المعروف بـ Y}, {@code X (Y)}. The corpus stage merges these across articles: a name introduced as an
 * alias in one article holds for all.
 *
 * @param actor the actor both names refer to, or {@code null} when neither name is in the knowledge base
 * @param name the established name as written (the one the alias is attached to)
 * @param alias the introduced name as written
 * @param pattern how it was introduced: {@code quote}, {@code paren} or {@code known_as}
 * @param line the 1-based input line of the alias
 * @param start the alias's first character within that line
 * @param end the offset just past the alias
 */
public record AliasIntroduction(String actor, String name, String alias, String pattern, int line, int start, int end) {
  public AliasIntroduction {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(pattern, "pattern");
    if (line < 1 || start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") on line " + line);
    }
  }
}
