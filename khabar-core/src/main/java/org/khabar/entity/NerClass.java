package org.khabar.entity;

import java.util.Locale;
import java.util.Optional;
import org.khabar.model.EntityType;

/**
 * The entity classes of the recogniser's training data: the three the contract emits, and ANERcorp's MISC, which
 * is learnt and evaluated apart but never emitted.
 */
public enum NerClass {
  PERSON(EntityType.PERSON),
  PLACE(EntityType.PLACE),
  ORG(EntityType.ORG),
  MISC(null);

  private final EntityType contractType;

  NerClass(EntityType contractType) {
    this.contractType = contractType;
  }

  /** The contract type this class is emitted as, or empty for MISC. */
  public Optional<EntityType> contractType() {
    return Optional.ofNullable(contractType);
  }

  /**
   * Reads a class name as CoNLL-style corpora spell it: {@code PERS}, {@code PER}, {@code PERSON}; {@code LOC},
   * {@code PLACE}, {@code GPE}; {@code ORG}; {@code MISC}, {@code MIS}. Case-insensitive.
   */
  public static Optional<NerClass> parse(String name) {
    return switch (name.toUpperCase(Locale.ROOT)) {
      case "PERS", "PER", "PERSON" -> Optional.of(PERSON);
      case "LOC", "PLACE", "GPE", "LOCATION" -> Optional.of(PLACE);
      case "ORG", "ORGANIZATION", "ORGANISATION" -> Optional.of(ORG);
      case "MISC", "MIS" -> Optional.of(MISC);
      default -> Optional.empty();
    };
  }
}
