package org.khabar.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.khabar.model.DateMention;

/**
 * Reads the publication day from a container's date field: ISO 8601 (with or without offset or time), RFC 1123
 * ({@code Sun, 18 Feb 2018 21:35:43 +0400}), common numeric and English forms, epoch seconds or milliseconds, and as
 * a last resort an Arabic date in words. The day is the local day as written (the writer's offset is kept, not
 * converted to UTC): that is the day readers of the outlet saw on the page.
 *
 * <p>Stateless and thread-safe.
 */
public final class MetadataDates {
  private MetadataDates() {}

  private static final List<DateTimeFormatter> FORMATS = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      pattern("EEE, d MMM yyyy HH:mm:ss z"),
      pattern("EEE, d MMM yyyy HH:mm z"),
      pattern("d MMM yyyy HH:mm:ss"),
      pattern("d MMM yyyy"),
      pattern("MMM d, yyyy"),
      pattern("MMMM d, yyyy"),
      pattern("d MMMM yyyy"),
      pattern("yyyy-MM-dd HH:mm:ss"),
      pattern("yyyy-MM-dd HH:mm"),
      pattern("yyyy/MM/dd HH:mm:ss"),
      pattern("yyyy/MM/dd"),
      pattern("dd/MM/yyyy HH:mm"),
      pattern("dd/MM/yyyy"),
      pattern("dd-MM-yyyy"),
      pattern("dd.MM.yyyy"),
      pattern("yyyyMMdd"));

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
  }

  /** The local publication day written in {@code field}, if it can be read. */
  public static Optional<LocalDate> parse(String field) {
    if (field == null) {
      return Optional.empty();
    }
    String s = field.strip();
    if (s.isEmpty() || s.length() > 200) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(s).toLocalDate());
    } catch (DateTimeException e) {
      // next form
    }
    try {
      return Optional.of(ZonedDateTime.parse(s).toLocalDate());
    } catch (DateTimeException e) {
      // next form
    }
    try {
      return Optional.of(LocalDateTime.parse(s).toLocalDate());
    } catch (DateTimeException e) {
      // next form
    }
    if (s.length() >= 10) {
      try {
        return Optional.of(LocalDate.parse(s.substring(0, 10)));
      } catch (DateTimeException e) {
        // next form
      }
    }
    for (DateTimeFormatter f : FORMATS) {
      try {
        var parsed = f.parse(s);
        return Optional.of(LocalDate.from(parsed));
      } catch (DateTimeException e) {
        // next form
      }
    }
    if (s.chars().allMatch(Character::isDigit) && (s.length() == 10 || s.length() == 13)) {
      long v = Long.parseLong(s);
      Instant t = s.length() == 10 ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
      return Optional.of(t.atOffset(ZoneOffset.UTC).toLocalDate());
    }
    for (DateMention m : TemporalTagger.standard().tag(s, 1, null)) {
      if (m.value().length() == 10 && m.value().charAt(4) == '-' && Character.isDigit(m.value().charAt(0))) {
        return Optional.of(LocalDate.parse(m.value()));
      }
    }
    return Optional.empty();
  }
}
