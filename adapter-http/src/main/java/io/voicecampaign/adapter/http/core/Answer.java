package io.voicecampaign.adapter.http.core;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import okhttp3.Headers;
import okio.ByteString;

/** What one call brought back, before it is judged: an HTTP answer, or the reason none came. */
sealed interface Answer {

  /** How long the call took. */
  Duration waited();

  /**
   * The platform answered.
   *
   * @param status     the HTTP status code
   * @param statusText the HTTP reason phrase
   * @param headers    the answer's headers
   * @param retryAfter the {@code Retry-After} header as a wait
   * @param fromCache  true when the answer came from a cache rather than the platform
   * @param body       the body, at most the configured size
   * @param oversized  true when the body was larger than the configured size and was not read whole
   * @param waited     how long the call took
   */
  record Received(int status, String statusText, Headers headers, Option<Duration> retryAfter, boolean fromCache,
      ByteString body, boolean oversized, Duration waited) implements Answer {

    boolean isSuccessful() {
      return status >= 200 && status < 300;
    }

    /** The {@code Date} header; read only when a failure needs the platform's time, as parsing it is not free. */
    Option<Instant> date() {
      return date(headers);
    }

    static Option<Instant> date(Headers headers) {
      return Option.of(headers.getDate("Date")).map(Date::toInstant);
    }
  }

  /**
   * No complete answer came.
   *
   * @param fault           what went wrong
   * @param detail          the transport's explanation
   * @param requestSent     true when the whole request body had been written
   * @param responseStarted true when the answer's headers had arrived
   * @param waited          how long the call took
   */
  record Lost(Fault fault, String detail, boolean requestSent, boolean responseStarted, Duration waited) implements Answer {}

  /** Why no complete answer came. */
  enum Fault {
    /** The connection could not be opened (refused, unreachable, unknown host). */
    CONNECT,
    /** Opening the connection timed out. */
    CONNECT_TIMEOUT,
    /** A read or write timed out. */
    TIMEOUT,
    /** The whole-call timeout expired. */
    CALL_TIMEOUT,
    /** The connection closed or was reset. */
    CONNECTION_LOST,
    /** TLS failed. */
    TLS,
    /** Anything else the HTTP client reported. */
    OTHER
  }
}
