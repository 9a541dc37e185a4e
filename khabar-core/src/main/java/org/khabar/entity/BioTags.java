package org.khabar.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The BIO tag set as small integers: {@code 0} is O; for class {@code c} (its ordinal), {@code 1 + 2c} is B-c and
 * {@code 2 + 2c} is I-c. Also the CoNLL (conlleval) reading of a tag sequence into entity chunks.
 */
public final class BioTags {
  private BioTags() {}

  /** O, the outside tag. */
  public static final int O = 0;

  /** How many tags there are. */
  public static final int COUNT = 1 + 2 * NerClass.values().length;

  /** The begin tag of a class. */
  public static int begin(NerClass c) {
    return 1 + 2 * c.ordinal();
  }

  /** The inside tag of a class. */
  public static int inside(NerClass c) {
    return 2 + 2 * c.ordinal();
  }

  /** True when {@code tag} is a begin tag. */
  public static boolean isBegin(int tag) {
    return tag != O && (tag & 1) == 1;
  }

  /** The class of a tag other than O. */
  public static NerClass classOf(int tag) {
    if (tag <= O || tag >= COUNT) {
      throw new IllegalArgumentException("no class for tag " + tag);
    }
    return NerClass.values()[(tag - 1) / 2];
  }

  /** True when tag {@code next} may follow {@code previous} in a valid BIO sequence ({@code -1}: sentence start). */
  public static boolean allowed(int previous, int next) {
    if (next == O || isBegin(next)) {
      return true;
    }
    return previous > O && classOf(previous) == classOf(next);
  }

  /**
   * Parses one tag as written in a CoNLL file: {@code O}, {@code B-X}, {@code I-X} (also {@code B_X}, bare {@code X}
   * read as I-X as in IO files), with X any spelling {@link NerClass#parse} accepts.
   *
   * @throws IllegalArgumentException naming the tag when it is not one of these
   */
  public static int parse(String tag) {
    String t = tag.strip();
    if (t.equals("O") || t.equals("o")) {
      return O;
    }
    String upper = t.toUpperCase(Locale.ROOT);
    boolean begin = false;
    String name = upper;
    if (upper.length() > 2 && (upper.charAt(1) == '-' || upper.charAt(1) == '_')
        && (upper.charAt(0) == 'B' || upper.charAt(0) == 'I' || upper.charAt(0) == 'E' || upper.charAt(0) == 'S')) {
      begin = upper.charAt(0) == 'B' || upper.charAt(0) == 'S';
      name = upper.substring(2);
    }
    NerClass c = NerClass.parse(name).orElseThrow(() -> new IllegalArgumentException("unknown tag: " + tag));
    return begin ? begin(c) : inside(c);
  }

  /** Writes a tag in the ANERcorp spelling ({@code B-PERS}, {@code I-LOC}, {@code O}). */
  public static String name(int tag) {
    if (tag == O) {
      return "O";
    }
    String c = switch (classOf(tag)) {
      case PERSON -> "PERS";
      case PLACE -> "LOC";
      case ORG -> "ORG";
      case MISC -> "MISC";
    };
    return (isBegin(tag) ? "B-" : "I-") + c;
  }

  /**
   * One entity chunk in a tag sequence.
   *
   * @param type its class
   * @param start the first token
   * @param end one past the last token
   */
  public record Chunk(NerClass type, int start, int end) {
    public Chunk {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad chunk [" + start + ", " + end + ")");
      }
    }
  }

  /**
   * Reads the entity chunks of a tag sequence as conlleval does: a chunk starts at a B tag, or at an I tag whose
   * class differs from the previous token's (so IO-tagged files read correctly), and ends before the next O, B or
   * class change.
   */
  public static List<Chunk> chunks(int[] tags) {
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    NerClass type = null;
    for (int i = 0; i <= tags.length; i++) {
      int tag = i < tags.length ? tags[i] : O;
      NerClass c = tag == O ? null : classOf(tag);
      boolean startsHere = tag != O && (isBegin(tag) || c != type);
      if (type != null && (tag == O || startsHere)) {
        out.add(new Chunk(type, start, i));
        type = null;
      }
      if (startsHere) {
        start = i;
        type = c;
      }
    }
    return out;
  }
}
