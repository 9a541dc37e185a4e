package org.khabar.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens input files: undoes gzip (by its signature, whatever the name says) and counts the bytes read, both from
 * the disk (for progress) and after decompression (for error messages that say how far reading got).
 */
final class InputFiles {
  private InputFiles() {}

  /** A file opened for reading. */
  static final class Opened implements AutoCloseable {
    private final Counting raw;
    private final Counting decoded;
    private final boolean gzip;

    private Opened(Counting raw, Counting decoded, boolean gzip) {
      this.raw = raw;
      this.decoded = decoded;
      this.gzip = gzip;
    }

    /**
     * The content, decompressed. A read failure (a truncated or corrupt gzip, a disk error) shows as the end of the
     * stream, so that readers above (decoders, parsers) hand out everything read before it; the failure itself waits
     * in {@link #takeFailure()}.
     */
    InputStream stream() {
      return decoded;
    }

    /** The read failure that ended the stream early, or {@code null}; clears it, so it is reported once. */
    IOException takeFailure() {
      IOException f = decoded.failure;
      decoded.failure = null;
      return f;
    }

    /** Whether a read failure ended the stream early (and has not been taken). */
    boolean failed() {
      return decoded.failure != null;
    }

    /** Bytes read from the disk so far. */
    long rawBytes() {
      return raw.count;
    }

    boolean gzip() {
      return gzip;
    }

    @Override
    public void close() throws IOException {
      decoded.close();
    }

    /** Words for an I/O failure while reading this file, saying how far reading got. */
    String describe(IOException e) {
      if (gzip && e instanceof EOFException) {
        return String.format(Locale.ROOT, "truncated gzip: the data ends after %,d bytes of the file (%,d bytes "
            + "decompressed)", raw.count, decoded.count);
      }
      if (gzip && e instanceof ZipException) {
        return String.format(Locale.ROOT, "corrupt gzip data after %,d bytes of the file: %s", raw.count,
            e.getMessage());
      }
      if (e instanceof EOFException) {
        return String.format(Locale.ROOT, "the file ends unexpectedly after %,d bytes", decoded.count);
      }
      return describeOpen(e);
    }
  }

  /** Words for a failure to open or list a file. */
  static String describeOpen(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "cannot read: no such file (a broken link, or it was removed)";
    }
    return "cannot read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /**
   * Opens a file.
   *
   * @param progress receives the number of bytes read from the disk as reading goes
   */
  static Opened open(Path file, ByteCounter progress) throws IOException {
    Counting raw = new Counting(Files.newInputStream(file), progress, false);
    BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
    boolean gzip = false;
    try {
      buffered.mark(2);
      int b0 = buffered.read();
      int b1 = buffered.read();
      buffered.reset();
      gzip = b0 == 0x1F && b1 == 0x8B;
      if (!gzip && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") && b0 >= 0) {
        throw new ZipException("not in gzip format");
      }
      InputStream content = gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
      return new Opened(raw, new Counting(content, null, true), gzip);
    } catch (IOException | RuntimeException e) {
      buffered.close();
      if (e instanceof ZipException z) {
        throw new ZipException("corrupt gzip data: " + z.getMessage());
      }
      throw e;
    }
  }

  /**
   * Reads a whole document, refusing one larger than {@code max} bytes.
   *
   * @throws InputException when the document is larger
   */
  static byte[] readDocument(InputStream in, int max) throws IOException, InputException {
    byte[] b = in.readNBytes(max);
    if (b.length == max && in.read() >= 0) {
      throw new InputException(String.format(Locale.ROOT,
          "too large for one article (over %,d MB); split it, or use JSON Lines for many articles", max >> 20));
    }
    return b;
  }

  /** Adds up the bytes read from the disk across files. */
  static final class ByteCounter {
    private long total;

    void add(long n) {
      total += n;
    }

    long total() {
      return total;
    }
  }

  private static final class Counting extends FilterInputStream {
    private final ByteCounter progress;
    private final boolean deferFailures;
    private long count;
    private IOException failure;
    private boolean failedOnce;

    Counting(InputStream in, ByteCounter progress, boolean deferFailures) {
      super(in);
      this.progress = progress;
      this.deferFailures = deferFailures;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (failedOnce) {
        return -1;
      }
      int n;
      try {
        n = super.read(b, off, len);
      } catch (IOException e) {
        if (!deferFailures) {
          throw e;
        }
        failure = e;
        failedOnce = true;
        return -1;
      }
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      counted(s);
      return s;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void counted(long n) {
      count += n;
      if (progress != null) {
        progress.add(n);
      }
    }
  }
}
