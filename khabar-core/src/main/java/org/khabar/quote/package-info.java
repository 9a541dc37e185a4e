/**
 * Quotes: who said what (issue #8).
 *
 * <p>{@link org.khabar.quote.QuoteAnalyzer#standard()} finds, from text patterns alone:
 * <ul>
 *   <li>direct quotes in every quotation style ("", «», “”, the reversed ”“ and »« of many Arabic pages, '', and
 *       mixed or unbalanced pairs, which run to the end of their line when speech introduces them), across up to
 *       four lines, a paragraph that reopens the quotation continuing its speaker;
 *   <li>reported speech: a reporting verb (with و/ف, in its masculine, feminine and plural forms) with إن/أن/بأن/
 *       إلى أن/على أن/من أن; denial verbs with their object ("نفى المتحدث صحة ..."، "نفت الحكومة الليبية التوصل
 *       إلى ...": the subject ends where a listed object, a verbal noun after a definite word, or an indefinite
 *       word after a definite one begins, never inside an entity mention); a nominal report after the verb's
 *       preposition ("أفاد المرصد بمقتل ..."، "أشار التقرير إلى ارتفاع ..."); أعلن/كشف عن; relays ("نقلت
 *       الوكالة عن مصدر قوله إن", "نقلت الوكالة عمن سمتها «مصادر» قولها إن" give the source, not the relay, also
 *       before a direct quote); attribution markers before or after the content ("وبحسب المرصد، فإن ..."،
 *       "...، وفقا لما ذكرته مصادر محلية"، "بحسب ما نقلته الوكالة عن وزارة ..." gives the inner source); a
 *       pronoun marker closing the content ("...، على حد قوله"، "...، وفقا لتعبيرها") continues the speaker its pronoun agrees with; a
 *       document verb names its text ("وجاء في البيان أن ..."، "وورد في التقرير: «...»"); impersonal reports
 *       ("قيل إن"، "أفيد بـ"، a passive written with a damma "ذُكر"، "نُقل عن X") name no source, or the relayed
 *       one, and continue none; the writer's background ("ويذكر أن"، "يشار إلى أن") is no report; a negated verb
 *       ("لم يكشف عن اسمه") or a verbal noun after a word that takes a noun ("أثناء نقل المراسل") is none;
 *   <li>the speaker may follow the content ("الأسعار مستقرة، قال المحافظ.") or, after the lam of purpose, be the
 *       subject of the sentence's first verb ("وخرج الوزير ...، ليؤكد أن"); an apposition between commas belongs
 *       to it ("قال نجيب دانيش، المتحدث باسم الوزارة، إن"، "نفت الناطقة، ماريا زاخاروفا، ضلوع ...");
 *   <li>a sentence may hold several reports: a new one starts after a comma with a joiner or the verb's و ("...،
 *       كما نفت ..."، "...، ثم أوضحت الشركة أن ...") or after a relative word ("... الذي قالت بريطانيا إنه ...");
 *       a report inside a relative clause on an indefinite noun ends at its comma; quoted words right after a
 *       complementizer with the clause going on after them ("إن «معتقداتها» تمنعها ...") stay reported speech;
 *   <li>a circumstantial participle after a comma ("...، مؤكداً أن ..."، "مشيرة إلى أن ...") ends the first
 *       report and adds a second one by the same speaker;
 *   <li>quotation marks around one to four words inside a noun phrase (تنظيم "الدولة الإسلامية"، صحيفة
 *       «الوطن») are a name or a term, not a quote, and a quoted name may be part of a speaker;
 *   <li>speakers as written (a titled person, an organisation, anonymous sources, media); a verb with no named
 *       subject continues the nearest speaker whose grammatical agreement fits (قالت → feminine; أضافوا → plural,
 *       looking past a singular verb placed before a plural subject) in its own paragraph or the unbroken run of
 *       reporting paragraphs before it (at most three), none beyond a paragraph without a report; a person named
 *       before a relative pronoun speaks its clause ("نورة التي قالت"); a short definite name ("المصادر"،
 *       "المرصد") resolves to the earlier full name it repeats; a subject written before the verb is taken after
 *       كان ("وكان المرصد أفاد ...") and, for a verb in a relative clause on an indefinite noun ("ونشرت حسابات
 *       ... صوراً قالت إنها ..."), from the clause's main verb; a speaker span takes the actor of its head
 *       mention: a place after a preposition is where the speaker is, not who speaks; a person opening the phrase is
 *       the speaker, linked or not; else a linked person in it, else its first linked mention;
 *   <li>an announcement opening its sentence with its speaker named reports its object ("أعلن الرئيس، الاثنين،
 *       تعديلات ...")، up to a closing attribution ("...، وفق ما أوردت الوكالة"), which then names only who relays
 *       it; a marker between commas after a short lead-in ("وبناء على ذلك، حسبما أشارت أوراق الدعوى، شعرت ...")
 *       attributes the clause after it; unquoted speech after a colon ("وقال المدرب في مؤتمر صحفي: سنلعب ...")
 *       is a direct quote; a quoted name right after a marker is the source ("وفق ما نقلت «سكاي نيوز»");
 *   <li>a subjectless verb after ما or a subordinator ("ببروز ما قالت إنه"، "...، عندما أظهرت أن"), or in a
 *       relative clause on the object of a sentence-opening verb ("بث التنظيم صور فيديو يزعم أنها"), takes the
 *       subject of the sentence's verb; a subject opening the sentence before the verb ("الحكومة السورية نفت أن")
 *       is the speaker; a named addressee written against ل ("قالت المتحدثة لرويترز إن") is never the speaker;
 *       a verb of description (وصف X بأنه) reports only a direct quotation;
 *   <li>the speaker's noun phrase ends by the shape of its words: an addressee after ل in the oblique plural or
 *       against a hamza ("قال لمحققين بلجيكيين"، "قالت لأحلام"), a place or body named right after a person ("أبلغ
 *       المندوب ... مجلس الأمن أن"), an adverb of manner or an accusative ("نفت الحكومة بشدة"، "أكد الوزير مجدداً");
 *       verbs that also take a noun object ([object-verb]: أكد، اتهم; and the denial verbs) read one when no
 *       complementizer follows: after the subject's noun phrase ("أكد الرئيس ضرورة ..."), after a short relative
 *       clause ("أكد التحالف الذي تقوده ... الاستمرار")، a second name ("اتهمت لندن موسكو بـ")، a comma, or at once
 *       after a plural verb ("أكدوا رغبة ...") or before a derived verbal noun ("أكد فيها امتلاك ..."); an accusation
 *       whose ب follows a single noun phrase is the passive (اتُّهم اللاعب بـ) and names no speaker; ما as the
 *       subject ("مما يؤكد") is no report; a reporting verb's verbal noun after إلى/على reports for the sentence's
 *       subject ("سارع المدرب إلى التأكيد على أن"); nouns of measure after حسب/وفق ("حسب عدد الأهداف") name no source.
 *   <li>a subject written before the verb after لكن, a bare complementizer, a joiner or كان is its speaker ("لكن تقارير
 *       إعلامية قالت إنه"، "ويذكر أن الرئيس، دونالد ترامب قال إنه"، "بينما الكاتب أكد أن"، "وكانت المتحدثة ...، هيذر
 *       نويرت، قالت"), when it opens with a definite word or a name and speech follows the verb; a circumstantial
 *       participle or a verbal noun of saying (بقوله، بالقول) after a clause that reports nothing reports for that
 *       clause's subject, cut at its object ("وأبدى المدير تفاؤله ...، مؤكداً أن"); "...، لكنه أوضح أن" opens the next
 *       report; an announcement after a lead-in phrase ("وفي السياق، أعلن ...") reports its object; a demonstrative
 *       before a definite noun opens a speaker that a complementizer closes ("تلك المصادر أن"); a mention against ل
 *       followed by a person's name is a genitive inside the speaker, not its addressee; an abbreviation's dot
 *       (بي.إم.دبليو، د.أحمد) ends no sentence.
 * </ul>
 * A reported quote's text is the complement clause up to the end of the sentence.
 *
 * <p>The grammar is shared out by part: {@code DirectQuotes}, {@code ReportedSpeech}, {@code MarkerAttributions},
 * {@code ReportedContent}, {@code SpeakerPhrases}, {@code PrecedingSubjects}, {@code ReportingFrames} and
 * {@code SpeakerContinuation}, assembled by {@code PatternQuoteAnalyzer}.
 *
 * <p>Knowledge lives in resource files with a source header: {@code reporting-verbs.txt},
 * {@code participles.txt}, {@code passive-verbs.txt}, {@code attribution-markers.txt},
 * {@code speaker-boundaries.txt}. Table-driven cases:
 * {@code src/test/resources/org/khabar/quote/quote-cases.tsv}.
 */
package org.khabar.quote;
