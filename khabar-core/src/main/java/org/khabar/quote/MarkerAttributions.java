package org.khabar.quote;

import static org.khabar.quote.FunctionWords.*;
import static org.khabar.quote.WordShapes.*;

import java.util.List;
import org.khabar.quote.Lexicon.Gender;
import org.khabar.text.WordToken;

/**
 * Reported speech attributed by a marker before ("وبحسب المرصد، ...") or after the content, or by a pronoun marker
 * closing it ("...، على حد قوله").
 *
 * <p>Stateless and thread-safe.
 */
final class MarkerAttributions {
  private final ReportingFrames frames;
  private final SpeakerPhrases phrases;
  private final ReportedContent content;

  MarkerAttributions(ReportingFrames frames, SpeakerPhrases phrases, ReportedContent content) {
    this.frames = frames;
    this.phrases = phrases;
    this.content = content;
  }

  /** Reported speech by an attribution marker, before ("وبحسب المرصد، ...") or after the content. */
  void attributed(Line l, int li, int a, int b, List<Candidate> out, boolean[] inDirect) {
    List<WordToken> toks = l.tokens();
    for (int i = a; i < b; i++) {
      if (inDirect[i] || !toks.get(i).word()) {
        continue;
      }
      Gender pronoun = frames.pronounMarker(toks, i, b);
      if (pronoun != null) {
        // "...، على حد قوله": the content before it, by the speaker the pronoun continues
        int e = i;
        while (e > a && !toks.get(e - 1).word()) {
          e--;
        }
        if (e - a >= 3) {
          content.addReported(l, li, a, -1, e, null, pronoun, out, inDirect);
        }
        return;
      }
      int[] marker = frames.marker(toks, i, b);
      if (marker == null || Lexicon.pronounGender(toks.get(marker[0]).key().substring(marker[1])) != null) {
        continue; // "وفقا لتعبيره" inside a sentence: the words are the speaker's own, it names no source
      }
      Phrase p = phrases.speakerAfterMarker(l, marker, b);
      if (p == null || p.span(l) == null) {
        continue;
      }
      boolean front = true;
      for (int t = a; t < i; t++) {
        if (toks.get(t).word()) {
          front = false;
          break;
        }
      }
      if (front) {
        int c = p.end();
        while (c < b && (!toks.get(c).word() || toks.get(c).key().equals("فان") || toks.get(c).key().equals("ان"))) {
          c++;
        }
        content.addReported(l, li, c, -1, b, p.span(l), Gender.UNKNOWN, out, inDirect);
      } else {
        int e = i;
        while (e > a && (!toks.get(e - 1).word() || toks.get(e - 1).key().equals("و"))) {
          e--;
        }
        int words = 0;
        for (int t = a; t < e; t++) {
          words += toks.get(t).word() ? 1 : 0;
        }
        // "وبناء على ذلك، حسبما أشارت أوراق الدعوى، شعرت ...": a marker between commas after a short lead-in
        // attributes the clause after it, unless that clause is joined by و ("...، بحسب ناشطين، ولم يتسن ...")
        int c = p.end();
        if (words <= SpeakerPhrases.MAX_APPOSITION_WORDS && isComma(toks.get(i - 1)) && c + 1 < b
            && isComma(toks.get(c))
            && toks.get(c + 1).word() && toks.get(c + 1).key().charAt(0) != 'و'
            && toks.get(c + 1).key().charAt(0) != 'ف') {
          int after = 0;
          for (int t = c + 1; t < b; t++) {
            after += toks.get(t).word() ? 1 : 0;
          }
          if (after >= 3 && after > words) {
            content.addReported(l, li, c + 1, -1, b, p.span(l), Gender.UNKNOWN, out, inDirect);
            return;
          }
        }
        if (words >= 3) {
          content.addReported(l, li, a, -1, e, p.span(l), Gender.UNKNOWN, out, inDirect);
        }
      }
      return;
    }
  }
}
