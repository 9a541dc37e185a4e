package org.khabar.entity;

import java.util.List;
import org.khabar.model.Quantity;
import org.khabar.model.TextLine;

/**
 * Reads quantities: numbers (digits of any script, number words, approximate plurals) with what they count.
 *
 * <p>What is counted comes from the noun after the number ({@code 500 مقاتل}: fighters; {@code 30 حافلة}: buses;
 * {@code 5 ملايين دولار}: money in USD) and from an event word before it ({@code مقتل 20 مدنيا}: killed, after
 * GDELT's KILL/WOUND/ARREST counts), the event winning over a noun of people. A number with neither a unit nor a
 * count is not reported, nor are years ({@code عام 2011}, {@code 2018}), days of a month ({@code الـ 19 من أيار}),
 * clock times or numbers written inside dates.
 *
 * <p>Values and ranges:
 * <ul>
 *   <li>an exact number: {@code value}, {@code max} null;
 *   <li>an approximate plural: the range it names, {@code عشرات}: 20..99, {@code مئات}: 200..999, {@code آلاف}:
 *       2000..9999, {@code عشرات الآلاف}: 20000..99999, {@code بضعة}: 3..9;
 *   <li>{@code نحو / حوالي / قرابة N}: {@code value} N, {@code max} null (the text keeps the hedge);
 *   <li>{@code أكثر من / ما لا يقل عن N}: {@code value} N (a lower bound), {@code max} null;
 *   <li>{@code أقل من N}: {@code value} 0, {@code max} N;
 *   <li>{@code بين N و M}, {@code من N إلى M}, {@code N - M}: {@code value} N, {@code max} M.
 * </ul>
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface QuantityReader {
  /** Reads the quantities of an article's content lines, in text order. Never throws on bad text. */
  List<Quantity> read(List<TextLine> content);

  /** The standard reader, with its lexicons loaded once. */
  static QuantityReader standard() {
    return LexiconQuantityReader.INSTANCE;
  }
}
