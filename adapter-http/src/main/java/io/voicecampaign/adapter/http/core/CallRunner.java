package io.voicecampaign.adapter.http.core;

import io.voicecampaign.adapter.http.core.Answer.Fault;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Sends one {@link PlatformCall} and reads its answer, bounded in size, always closing the response.
 * Never throws: every transport problem becomes an {@link Answer.Lost}.
 */
final class CallRunner {

  private static final int MAX_DETAIL = 160;
  /** The longest wait a {@code Retry-After} is read as. */
  static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

  private final OkHttpClient reads;
  private final OkHttpClient creates;
  private final long maxResponseBytes;
  private final PlatformClock clock;

  CallRunner(OkHttpClient reads, OkHttpClient creates, long maxResponseBytes, PlatformClock clock) {
    this.reads = reads;
    this.creates = creates;
    this.maxResponseBytes = maxResponseBytes;
    this.clock = clock;
  }

  /**
   * Sends {@code call} and reads its answer, the whole exchange ending after {@code limit} or the
   * client's own call timeout, whichever comes first.
   */
  Answer run(PlatformCall call, Duration limit) {
    SendProbe probe = new SendProbe();
    Request original = call.request();
    RequestBody body = original.body();
    Request request = body == null
        ? original
        : original.newBuilder().method(original.method(), new TrackedBody(body, call.repeat() != Repeat.SAFE, probe)).build();
    OkHttpClient client = call.repeat() == Repeat.NEVER_BLIND ? creates : reads;
    long start = System.nanoTime();
    Response response;
    try {
      Call sent = client.newCall(request);
      long clientLimit = client.callTimeoutMillis() == 0 ? Long.MAX_VALUE : client.callTimeoutMillis();
      sent.timeout().timeout(Math.min(clientLimit, limit.toMillis()), TimeUnit.MILLISECONDS);
      response = sent.execute();
    } catch (IOException e) {
      return lost(e, probe, false, start);
    } catch (RuntimeException e) {
      // an interceptor of a supplied client, or the client itself, failed: still a typed outcome
      return new Answer.Lost(Fault.OTHER, "unexpected " + e.getClass().getSimpleName() + " in the HTTP client",
          probe.wasSent(), false, since(start));
    }
    try (response) {
      return read(response, start);
    } catch (IOException e) {
      return lost(e, probe, true, start);
    }
  }

  private Answer read(Response response, long start) throws IOException {
    Headers headers = response.headers();
    Option<Duration> retryAfter = retryAfter(headers.get("Retry-After"), headers);
    ResponseBody body = response.body();
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    boolean oversized = false;
    while (source.read(buffer, 8192) != -1) {
      if (buffer.size() > maxResponseBytes) {
        oversized = true;
        break;
      }
    }
    return new Answer.Received(response.code(), response.message(), headers, retryAfter,
        response.networkResponse() == null, buffer.readByteString(), oversized, since(start));
  }

  /**
   * The wait a {@code Retry-After} header asks for: delay-seconds or an HTTP date, at most
   * {@link #LONGEST_RETRY_AFTER}. Digits are read here, not by a number parser, so a value of any
   * length (a server's 23-digit nonsense included) is the longest wait rather than an error.
   */
  private Option<Duration> retryAfter(String value, Headers headers) {
    if (value == null || value.isBlank()) {
      return Option.none();
    }
    String trimmed = value.strip();
    if (trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      long seconds = 0;
      for (int i = 0; i < trimmed.length() && seconds <= LONGEST_RETRY_AFTER.toSeconds(); i++) {
        seconds = seconds * 10 + (trimmed.charAt(i) - '0');
      }
      return Option.some(Duration.ofSeconds(Math.min(seconds, LONGEST_RETRY_AFTER.toSeconds())));
    }
    try {
      Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US)).toInstant();
      Duration wait = Duration.between(Answer.Received.date(headers).getOrElse(clock::now), at);
      return Option.some(wait.isNegative() ? Duration.ZERO : wait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : wait);
    } catch (DateTimeParseException notDate) {
      return Option.none();
    }
  }

  private static Answer lost(IOException e, SendProbe probe, boolean responseStarted, long start) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    Fault fault;
    if (e instanceof ConnectException || e instanceof NoRouteToHostException || e instanceof UnknownHostException
        || e instanceof PortUnreachableException) {
      fault = Fault.CONNECT;
    } else if (e instanceof SocketTimeoutException) {
      fault = !probe.hasStarted() && message.toLowerCase(Locale.ROOT).contains("connect") ? Fault.CONNECT_TIMEOUT : Fault.TIMEOUT;
    } else if (e instanceof InterruptedIOException) {
      fault = "timeout".equals(message) ? Fault.CALL_TIMEOUT : Fault.OTHER;
    } else if (e instanceof SSLException) {
      fault = Fault.TLS;
    } else {
      fault = Fault.CONNECTION_LOST;
    }
    boolean sent = fault != Fault.CONNECT && fault != Fault.CONNECT_TIMEOUT && probe.wasSent();
    return new Answer.Lost(fault, detail(e, message), sent, responseStarted, since(start));
  }

  private static String detail(IOException e, String message) {
    String text = e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "..." : text;
  }

  private static Duration since(long start) {
    return Duration.ofMillis((System.nanoTime() - start) / 1_000_000);
  }
}
