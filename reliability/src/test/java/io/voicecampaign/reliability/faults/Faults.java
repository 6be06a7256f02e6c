package io.voicecampaign.reliability.faults;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.BufferedSink;

/** Faulty answers and a dispatcher that serves the current one to every request, its socket effects included. */
final class Faults {

  /** A task page of three tasks, about 600 bytes: long enough to be cut or throttled in the middle. */
  static final String PAGE = "{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":["
      + task(5_000_601) + "," + task(5_000_602) + "," + task(5_000_603) + "],\"total\":3,\"size\":100,\"current\":1,\"pages\":1}}";

  private Faults() {}

  private static String task(long id) {
    return "{\"taskId\":" + id + ",\"taskName\":\"campaign-" + id + "\",\"status\":6,\"rate\":\"100\",\"numCnt\":2,"
        + "\"callNum\":2,\"success\":1,\"fail\":1,\"createdTime\":\"2026-03-02 10:00:00\",\"scriptId\":41}";
  }

  /** A dispatcher answering every request with what {@code answers} gives at that moment. */
  static Dispatcher serving(Supplier<MockResponse> answers) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answers.get();
      }

      // the server peeks before reading a request, to apply effects at the request's start
      @Override
      public MockResponse peek() {
        return answers.get();
      }
    };
  }

  /** A successful page of tasks. */
  static MockResponse.Builder page() {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(PAGE);
  }

  /** The connection closed as the request is about to be read. */
  static MockResponse closedBeforeRequest() {
    return new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build();
  }

  /** The connection closed after the whole request was read, before any answer. */
  static MockResponse closedAfterRequest() {
    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
  }

  /** The connection closed in the middle of the answer's body. */
  static MockResponse closedMidBody() {
    return page().onResponseBody(new SocketEffect.CloseSocket()).build();
  }

  /** No answer at all: the server reads the request and stalls. */
  static MockResponse stalledBeforeAnswer() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
  }

  /** The answer's head arrives, then its body stalls. */
  static MockResponse stalledMidBody() {
    return page().onResponseBody(SocketEffect.Stall.INSTANCE).build();
  }

  /**
   * A successful page whose body is written {@code bytes} at a time, {@code pause} apart. Unlike
   * {@code throttleBody}, which also slows the server's reading of the request, only the body is slow.
   */
  static MockResponse throttledPage(int bytes, Duration pause) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body(new ThrottledBody(PAGE.getBytes(StandardCharsets.UTF_8), bytes, pause)).build();
  }

  private record ThrottledBody(byte[] content, int bytes, Duration pause) implements MockResponseBody {
    @Override
    public long getContentLength() {
      return content.length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      for (int from = 0; from < content.length; from += bytes) {
        sink.write(content, from, Math.min(bytes, content.length - from));
        sink.flush();
        try {
          Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while throttling");
        }
      }
    }
  }

  /** HTTP {@code status} with a short body. */
  static MockResponse status(int status, String body) {
    return new MockResponse.Builder().code(status).body(body).build();
  }
}
