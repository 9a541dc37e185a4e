package org.khabar.quote;

/**
 * A speaker phrase in a line.
 *
 * @param line the content line's number
 * @param start offset of its first character in the line
 * @param end offset just past its last character
 * @param text its text, as written or with a marker's ل read as the article ("للمرصد" gives "المرصد")
 */
record Span(int line, int start, int end, String text) {}
