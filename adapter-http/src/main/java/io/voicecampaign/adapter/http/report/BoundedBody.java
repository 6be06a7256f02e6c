package io.voicecampaign.adapter.http.report;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A request body read through a bound: it hands out at most the limit and one byte more, keeps the
 * first bytes for a snippet, and remembers why it stopped early (the body went over the limit, or
 * the stream underneath failed) so that the parser can answer that rather than whatever the JSON
 * reader made of the cut.
 */
final class BoundedBody extends InputStream {

  /** Thrown into the JSON reader when the body goes over the limit; it never leaves the package. */
  static final class Overflow extends IOException {
    private static final long serialVersionUID = 1L;

    Overflow() {
      super("the body is over the limit", null);
    }
  }

  /** Thrown into the JSON reader when the stream underneath failed; it never leaves the package. */
  static final class SourceFailed extends IOException {
    private static final long serialVersionUID = 1L;

    SourceFailed(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }

  private static final int HEAD_BYTES = Redaction.SNIPPET_CHARACTERS * 4 + 1;

  private final InputStream in;
  private final long limit;
  private final byte[] head = new byte[HEAD_BYTES];
  private int headLength;
  private long count;
  private boolean ended;
  private boolean overflowed;
  private Exception failure;

  BoundedBody(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (overflowed) {
      throw new Overflow();
    }
    if (failure != null) {
      throw new SourceFailed(failure);
    }
    if (ended) {
      return -1;
    }
    if (length == 0) {
      return 0;
    }
    int read;
    try {
      read = in.read(into, offset, (int) Math.min(length, limit + 1 - count));
    } catch (IOException | RuntimeException e) {
      failure = e;
      throw new SourceFailed(e);
    }
    if (read < 0) {
      ended = true;
      return -1;
    }
    int kept = Math.min(read, HEAD_BYTES - headLength);
    System.arraycopy(into, offset, head, headLength, kept);
    headLength += kept;
    count += read;
    if (count > limit) {
      overflowed = true;
      throw new Overflow();
    }
    return read;
  }

  /** Reads what is left of the body, keeping nothing, until it ends, goes over the limit or fails. */
  void drain() {
    byte[] scratch = new byte[8192];
    try {
      while (read(scratch, 0, scratch.length) >= 0) {
        // the bytes are not needed: only how the body ends
      }
    } catch (IOException e) {
      // recorded as overflowed or failed
    }
  }

  /** True when the body went over the limit. */
  boolean overflowed() {
    return overflowed;
  }

  /** What the stream underneath threw, if it failed. */
  Option<Exception> failure() {
    return Option.of(failure);
  }

  /** The first bytes of the body, enough for a snippet and one more byte to tell a cut one. */
  byte[] head() {
    return Arrays.copyOf(head, headLength);
  }
}
