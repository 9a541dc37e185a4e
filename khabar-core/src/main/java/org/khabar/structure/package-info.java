/**
 * The structure stage (issue #5): a role for every line of a scraped article (title, section, byline, subheading,
 * content, boilerplate, duplicate, blank), the clean body, and the publisher.
 *
 * <p>Public surface: {@link org.khabar.structure.StructureAnalyzer} ({@code standard()}, {@code withTemplates(...)}),
 * {@link org.khabar.structure.ArticleStructure}, {@link org.khabar.structure.TemplateIndex} (per-outlet line
 * recurrence from a first pass over a corpus) and {@link org.khabar.structure.OutletRegistry} /
 * {@link org.khabar.structure.Outlet} (for the framing and entity stages).
 *
 * <p>Inside, {@code LineRoleAnalyzer} assembles the line-role grammar over {@code PageLine}s, its order of passes
 * written in one place ({@code rules} and {@code analyze}); the passes live in package-private classes, one concern
 * each: {@code LineFeatures} (line shape, repeats, the learnt model's features), {@code TitleAndBylines}, {@code
 * OutletNames}, {@code BoilerplateRules} (the boilerplate score and the rules' decision), the block passes of {@code
 * ListingPasses}, {@code PageFootPasses}, {@code PageHeadPasses}, {@code WidgetPasses} and {@code EdgeCohesion}, and
 * {@code SubheadingsAndJoins}; they share the word-overlap helpers of {@code PageWords} and the open-line view
 * {@code OpenLines} (words below a line summed once; the rest-of-page condition).
 *
 * <p>Knowledge files, each with a header naming its source, in {@code org/khabar/structure/}:
 * <ul>
 *   <li>{@code outlets.tsv}: Arabic-language outlets (id, Arabic and Latin names, domains, country, type,
 *       alignment where documented, source);
 *   <li>{@code widgets.txt}: weighted widget and navigation phrases, Arabic and English;
 *   <li>{@code sections.txt}, {@code bylines.txt}, {@code wires.txt}, {@code function-words.txt};
 *   <li>{@code paragraph-openers.txt}: first words of news prose's background formulas ("يذكر أن");
 *   <li>{@code time-ago.txt}: the words of feed widgets' relative time stamps ("منذ 16 ساعة", "2 hours ago");
 *   <li>{@code boilerplate-model.tsv}: weights of {@link org.khabar.structure.BoilerplateModel}, the learnt
 *       boilerplate decision over the rules' output, written by {@code khabar train structure}.
 * </ul>
 * Also read: the corpus stage's background document frequencies ({@code org/khabar/corpus/background-df.tsv.gz}),
 * as the IDF weights of the edge-cohesion pass ({@code Cohesion}).
 *
 * <p>Quality: {@code khabar eval structure --data khabar-cli/src/test/resources/structure-dev/test} (hand-annotated
 * pages, see that folder's README); speed: {@code khabar bench structure} on ant-2018.
 */
package org.khabar.structure;
