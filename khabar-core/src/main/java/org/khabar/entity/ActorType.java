package org.khabar.entity;

import java.util.Locale;
import org.khabar.model.EntityType;

/** The kinds of actor in the knowledge base; each maps to the entity type its names are tagged with. */
public enum ActorType {
  STATE,
  GOVERNMENT,
  MILITARY,
  SECURITY,
  ARMED_GROUP,
  JIHADIST,
  MILITIA,
  PARTY,
  COALITION,
  UN_BODY,
  NGO,
  MONITOR,
  MEDIA,
  PERSON;

  /** The lower-case name used in the knowledge base file, e.g. {@code armed_group}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a knowledge-base type name; throws {@link IllegalArgumentException} for an unknown one. */
  public static ActorType of(String key) {
    return valueOf(key.trim().toUpperCase(Locale.ROOT));
  }

  /** The entity type a name of such an actor carries: states are places, persons persons, the rest organisations. */
  public EntityType entityType() {
    return switch (this) {
      case STATE -> EntityType.PLACE;
      case PERSON -> EntityType.PERSON;
      default -> EntityType.ORG;
    };
  }
}
