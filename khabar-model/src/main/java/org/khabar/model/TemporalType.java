package org.khabar.model;

/** TIMEX3 types. */
public enum TemporalType {
  DATE,
  TIME,
  DURATION,
  SET
}
