package io.voicecampaign.reliability.fuzz;

import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * One generated answer: HTTP status, headers and body, with what the SDK must make of it.
 *
 * @param endpoint  the endpoint it answers
 * @param shape     the kind of body
 * @param status    the HTTP status code (100-599)
 * @param headers   the headers (Date, Retry-After, Content-Type, others)
 * @param body      the body's bytes
 * @param expected  what the answer must become
 * @param createdId for a valid create answer, the id it carries; otherwise 0
 */
record FuzzedAnswer(Endpoint endpoint, Shape shape, int status, Headers headers, byte[] body, Expected expected, long createdId) {

  /** What an answer must become. */
  enum Expected {
    /** A success. */
    SUCCESS,
    /** A typed failure. */
    FAILURE,
    /** Either, as long as it is one of the two. */
    EITHER
  }

  /** The answer as OkHttp's response to {@code request}, made in process without any network. */
  Response toResponse(Request request) {
    String type = headers.get("Content-Type");
    MediaType mediaType = type == null ? null : MediaType.parse(type);
    long now = System.currentTimeMillis();
    // a network response makes the answer look fresh rather than cached, so that its Date header counts
    Response network = new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(status).message(reason())
        .headers(headers).sentRequestAtMillis(now).receivedResponseAtMillis(now).build();
    return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(status).message(reason())
        .headers(headers).body(ResponseBody.create(body, mediaType)).networkResponse(network)
        .sentRequestAtMillis(now).receivedResponseAtMillis(now).build();
  }

  /**
   * The answer as a loopback server sends it. An informational status (1xx) is sent as an
   * informational answer followed by the body with HTTP 200: a client waits for a final status after a 1xx.
   */
  MockResponse toMockResponse() {
    boolean informational = status < 200;
    MockResponse.Builder response = new MockResponse.Builder()
        .status("HTTP/1.1 " + (informational ? 200 : status) + " " + reason())
        .body(new Buffer().write(body));
    for (int i = 0; i < headers.size(); i++) {
      response.addHeaderLenient(headers.name(i), headers.value(i));
    }
    if (informational) {
      response.addInformationalResponse(new MockResponse.Builder().status("HTTP/1.1 " + (status == 101 ? 102 : status) + " Info").build());
    }
    return response.build();
  }

  private String reason() {
    return switch (status / 100) {
      case 1 -> "Informational";
      case 2 -> "OK";
      case 3 -> "Moved";
      case 4 -> "Client Error";
      default -> "Server Error";
    };
  }

  @Override
  public String toString() {
    int shown = Math.min(body.length, 160);
    String start = new String(body, 0, shown, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", "?");
    return "FuzzedAnswer[" + endpoint + " " + shape + " HTTP " + status + " " + headers.names() + ", " + body.length
        + " bytes: " + start + (shown < body.length ? "..." : "") + "]";
  }
}
