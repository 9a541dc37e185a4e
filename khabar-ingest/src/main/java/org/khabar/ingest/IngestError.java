package org.khabar.ingest;

import java.util.Objects;

/**
 * An input that could not be read: one line of {@code errors.jsonl}.
 *
 * @param path the file
 * @param record the record or line within the file (e.g. {@code line 12}, {@code record 3}), or {@code null}
 * @param reason what is wrong, in words a user can act on
 */
public record IngestError(String path, String record, String reason) {
  public IngestError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }
}
