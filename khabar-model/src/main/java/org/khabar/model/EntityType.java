package org.khabar.model;

/** The kinds of named entity khabar finds. */
public enum EntityType {
  PERSON,
  PLACE,
  ORG
}
