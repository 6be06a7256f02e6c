package io.voicecampaign.reliability.secrets;

import io.voicecampaign.reliability.support.ReliabilityFixtures;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A platform that records every {@code Sign} it receives and answers in the current {@link Mode}:
 * plain successes, or the worst a platform could do with credentials: echo the {@code Sign}, the
 * {@code Api-Key} and the secret into messages, bodies and headers of refusals, errors and garbage;
 * or lose the answer.
 */
final class EchoingPlatform extends Dispatcher {

  /** How the platform answers. */
  enum Mode {
    /** Successes with the data each endpoint expects; the flow is pending, so edits and cancels go through. */
    SUCCESS,
    /** -22 whose message, header and body echo the request's credentials. */
    ECHO_REJECTED,
    /** -1 echoing the Sign. */
    ECHO_UNAUTHORIZED,
    /** -16 echoing the Sign, with a Date ten minutes ahead. */
    ECHO_CLOCK_SKEW,
    /** HTTP 500 with an HTML page and a cookie echoing the credentials. */
    ECHO_SERVER_ERROR,
    /** HTTP 200 with a body that is not JSON, echoing the credentials. */
    ECHO_GARBAGE,
    /** The connection closes once the request is read. */
    DROPPED,
    /** No answer: the read timeout expires. */
    STALLED
  }

  private final Set<String> signs = Collections.synchronizedSet(new LinkedHashSet<>());
  private volatile Mode mode = Mode.SUCCESS;

  /** Answers in {@code next} from now on. */
  void answer(Mode next) {
    this.mode = next;
  }

  /** Every Sign received so far. */
  Set<String> signs() {
    synchronized (signs) {
      return Set.copyOf(signs);
    }
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String sign = request.getHeaders().get("Sign");
    String key = request.getHeaders().get("Api-Key");
    if (sign != null) {
      signs.add(sign);
    }
    String echo = "Sign=" + sign + " Api-Key=" + key + " secret=" + ReliabilityFixtures.API_SECRET + " Timestamp="
        + request.getHeaders().get("Timestamp");
    return switch (mode) {
      case SUCCESS -> json(200, "{\"code\":0,\"msg\":\"success\",\"data\":" + data(request.getUrl().encodedPath()) + "}");
      case ECHO_REJECTED -> new MockResponse.Builder(json(200, "{\"code\":-22,\"msg\":\"Parameter exception: " + echo
          + "\",\"data\":{\"request\":\"" + echo + "\"}}")).addHeader("X-Echo", echo).build();
      case ECHO_UNAUTHORIZED -> json(200, "{\"code\":-1,\"msg\":\"Authentication error: " + echo + "\",\"data\":null}");
      case ECHO_CLOCK_SKEW -> new MockResponse.Builder(json(200, "{\"code\":-16,\"msg\":\"Timestamp expired: " + echo + "\"}"))
          .addHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US)
              .format(Instant.now().plusSeconds(600).atOffset(ZoneOffset.UTC))).build();
      case ECHO_SERVER_ERROR -> new MockResponse.Builder().code(500).addHeader("Set-Cookie", "trace=" + sign)
          .body("<html><body><h1>500</h1><pre>" + echo + "</pre></body></html>").build();
      case ECHO_GARBAGE -> new MockResponse.Builder().code(200).body("not json at all: " + echo).build();
      case DROPPED -> new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
      case STALLED -> new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
    };
  }

  private static String data(String path) {
    if (path.endsWith("/send/agent")) {
      return "9100001";
    }
    if (path.endsWith("/call/query")) {
      return "{\"records\":[{\"taskId\":9100001,\"taskName\":\"secret-keeping\",\"status\":6,\"createdTime\":\"2026-03-02 10:00:00\"}],"
          + "\"total\":1,\"size\":100,\"current\":1,\"pages\":1}";
    }
    if (path.endsWith("/queryPage")) {
      return "{\"records\":[{\"keyId\":298,\"taskName\":\"secret-keeping\",\"taskId\":9100001,\"recallType\":1,\"status\":0,"
          + "\"recallInterval\":30,\"recallNum\":2,\"finishNum\":0,\"createTime\":\"2026-03-02 10:00:13\"}],"
          + "\"total\":1,\"size\":100,\"current\":1,\"pages\":1}";
    }
    if (path.endsWith("/queryDetail")) {
      return "{\"keyId\":298,\"recallInterval\":30,\"recallNum\":2,\"recallType\":1,\"status\":0,\"nodeList\":["
          + "{\"keyId\":1427,\"taskId\":null,\"nodeStatus\":0,\"scriptId\":41},{\"keyId\":1428,\"taskId\":null,\"nodeStatus\":0,\"scriptId\":41}]}";
    }
    return "null";
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
  }
}
