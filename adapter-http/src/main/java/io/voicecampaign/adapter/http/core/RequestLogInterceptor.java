package io.voicecampaign.adapter.http.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Writes one line per request and one per answer to the user's sink: method, URL, status, timing,
 * headers with credentials redacted, and a bounded prefix of each body with callee numbers masked.
 * Bodies are never read whole: one-shot and large request bodies show a preview they render
 * themselves, answers a peek of their first bytes.
 */
final class RequestLogInterceptor implements Interceptor {

  /** Largest ordinary request body copied to show its start. */
  static final long MAX_COPIED_BODY = 64 * 1024;

  private static final Set<String> REDACTED = Set.of(
      SigningInterceptor.SIGN.toLowerCase(Locale.ROOT), SigningInterceptor.API_KEY.toLowerCase(Locale.ROOT),
      "authorization", "proxy-authorization", "cookie", "set-cookie");

  private final Consumer<String> sink;
  private final int bodyBytes;
  private final Redaction redaction;

  RequestLogInterceptor(Consumer<String> sink, int bodyBytes, Redaction redaction) {
    this.sink = sink;
    this.bodyBytes = bodyBytes;
    this.redaction = redaction;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RequestBody body = request.body();
    StringBuilder out = new StringBuilder("--> ").append(request.method()).append(' ').append(request.url());
    appendHeaders(out, request.headers(), body == null ? null : body.contentType() == null ? null : body.contentType().toString());
    if (body != null) {
      out.append(" body(").append(length(body)).append("): ").append(requestBody(body));
    }
    emit(out.toString());
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      emit("<-- " + request.method() + ' ' + request.url() + " failed after " + millis(start) + " ms: "
          + redaction.text(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
      throw e;
    }
    StringBuilder in = new StringBuilder("<-- ").append(response.code()).append(' ').append(redaction.text(response.message()))
        .append(" (").append(millis(start)).append(" ms) ").append(request.method()).append(' ').append(request.url());
    appendHeaders(in, response.headers(), null);
    if (bodyBytes > 0) {
      in.append(" body: ").append(responseBody(response));
    }
    emit(in.toString());
    return response;
  }

  private void appendHeaders(StringBuilder out, Headers headers, String contentType) {
    out.append(" [");
    boolean first = true;
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      out.append(first ? "" : ", ").append(name).append(": ")
          .append(REDACTED.contains(name.toLowerCase(Locale.ROOT)) ? "<redacted>" : redaction.text(headers.value(i)));
      first = false;
    }
    if (contentType != null) {
      out.append(first ? "" : ", ").append("Content-Type: ").append(contentType);
    }
    out.append(']');
  }

  private static String length(RequestBody body) {
    try {
      long length = body.contentLength();
      return length < 0 ? "streamed" : length + " bytes";
    } catch (IOException e) {
      return "unknown length";
    }
  }

  private String requestBody(RequestBody body) {
    if (bodyBytes == 0) {
      return "(not logged)";
    }
    RequestBody content = body instanceof TrackedBody tracked ? tracked.delegate() : body;
    try {
      if (content instanceof BodyPreview preview) {
        return shown(preview.preview(bodyBytes), true);
      }
      long length = content.contentLength();
      if (content.isOneShot() || length < 0 || length > MAX_COPIED_BODY) {
        return "(body not shown)";
      }
      Buffer copy = new Buffer();
      content.writeTo(copy);
      boolean cut = copy.size() > bodyBytes;
      return shown(copy.readString(Math.min(copy.size(), bodyBytes), StandardCharsets.UTF_8), cut);
    } catch (IOException | RuntimeException e) {
      return "(body not shown: " + e.getClass().getSimpleName() + ")";
    }
  }

  private String responseBody(Response response) {
    try {
      String text = response.peekBody(bodyBytes + 1L).string();
      boolean cut = text.length() > bodyBytes;
      return redaction.untrusted(oneLine(cut ? text.substring(0, bodyBytes) : text)) + (cut ? "..." : "");
    } catch (IOException | RuntimeException e) {
      return "(body unreadable: " + e.getClass().getSimpleName() + ")";
    }
  }

  private String shown(String text, boolean cut) {
    return redaction.text(oneLine(text)) + (cut ? "..." : "");
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }

  private void emit(String line) {
    try {
      sink.accept(line);
    } catch (RuntimeException e) {
      // a failing log sink must not fail the call
    }
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
