package org.khabar.ingest;

/** An input, or one record of it, that cannot be read; carries the words for {@code errors.jsonl}. */
final class InputException extends Exception {
  InputException(String reason) {
    super(reason);
  }

  InputException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
