package org.khabar.ingest;

/**
 * A failure of the sink (e.g. the output disk is full), carried through the readers untouched: readers report a bad
 * input and go on, but must never mistake the consumer's failure for one.
 */
final class SinkFailure extends RuntimeException {
  SinkFailure(RuntimeException cause) {
    super(cause);
  }

  @Override
  public synchronized RuntimeException getCause() {
    return (RuntimeException) super.getCause();
  }
}
