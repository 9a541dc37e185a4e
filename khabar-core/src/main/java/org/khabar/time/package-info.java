/**
 * The time stage: Arabic temporal expressions, their TIMEX3-style values, and publication dates with honest
 * uncertainty (issue #6).
 *
 * <p>Public surface: {@link org.khabar.time.TimeAnalyzer} (the stage), {@link org.khabar.time.TemporalTagger} (one
 * line against an anchor day), {@link org.khabar.time.DateConstraints} and {@link org.khabar.time.CorpusDating}
 * (corpus-level dating), {@link org.khabar.time.MetadataDates} (container date fields). The grammar, the lexicon
 * ({@code months.tsv}, {@code hijri-months.tsv}, {@code weekdays.tsv}, {@code time-words.tsv}, and the number words of
 * the text layer's {@code number-words.tsv}) and the dating logic are package-private.
 *
 * <p>Values:
 * <ul>
 *   <li>days {@code 2018-05-20}, parts of day {@code 2018-05-20TMO} (MO, MI, AF, EV, NI), midnight
 *       {@code 2018-05-19T24:00}, clock times {@code 2018-05-20T10:30}; ISO weeks {@code 2018-W20}; months
 *       {@code 2018-05}; years {@code 2018};
 *   <li>durations {@code PT36H}, {@code PT20M}, {@code P3W}, {@code P2D}, {@code P7Y} (ISO 8601: hours and minutes
 *       after {@code T}; the contract's example "P36H" is written here as {@code PT36H});
 *   <li>sets {@code XXXX-WXX-5} ("كل يوم جمعة"), {@code P1W} ("أسبوعيا");
 *   <li>Hijri dates are converted with ICU4J's Umm al-Qura calendar; a Hijri month without a day is the Gregorian
 *       month of its 15th day, a Hijri year the Gregorian year of its 1 Rajab;
 *   <li>when the anchor day is unknown, the best underspecified value: {@code XXXX-WXX-3} for a Wednesday (or for
 *       "أمس" when the anchor's weekday is known), {@code XXXX-05-19} for a day of May, {@code PAST_REF} /
 *       {@code PRESENT_REF} / {@code FUTURE_REF} for the rest; never {@code XXXX-XX-XX}.
 * </ul>
 *
 * <p>Conventions: a bare weekday is the most recent one on or before the anchor (after a future marker, the
 * anchor or the next one); a month without year lies in the year nearest the anchor; "X الماضي" is the last month X
 * before the anchor's month; spans leave out a glued conjunction or preposition (و ف ب ل ك).
 */
package org.khabar.time;
