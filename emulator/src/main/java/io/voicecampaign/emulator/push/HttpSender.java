package io.voicecampaign.emulator.push;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs one body with the JDK's HTTP client over HTTP/1.1 and tells what came of it. The timeout
 * bounds the whole attempt, connecting and the answer's body included, so a receiver that stalls at
 * any point costs at most that long. The client (and its selector thread) is made on the first
 * attempt, so an emulator that never pushes holds none. Thread-safe.
 */
final class HttpSender {

  private final Duration timeout;
  private HttpClient client;

  HttpSender(Duration timeout) {
    this.timeout = timeout;
  }

  private synchronized HttpClient client() {
    if (client == null) {
      client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
          .followRedirects(HttpClient.Redirect.NEVER).build();
    }
    return client;
  }

  /** Delivers {@code body} to {@code target}; never throws for what the receiver does. */
  Outcome send(PushTarget target, byte[] body) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(target.uri()).timeout(timeout)
        .header("Content-Type", "application/json;charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    CompletableFuture<HttpResponse<Void>> response = client().sendAsync(request, HttpResponse.BodyHandlers.discarding());
    try {
      return new Outcome.Answered(response.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode());
    } catch (TimeoutException e) {
      response.cancel(true);
      return timedOut();
    } catch (ExecutionException e) {
      return failed(e.getCause());
    } catch (InterruptedException e) {
      response.cancel(true);
      throw e;
    }
  }

  private Outcome failed(Throwable cause) {
    if (cause instanceof HttpTimeoutException) {
      return timedOut();
    }
    if (cause instanceof ConnectException) {
      return new Outcome.Failed("connection refused");
    }
    if (cause instanceof IOException) {
      String message = cause.getMessage();
      return new Outcome.Failed("connection failed: " + cause.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")"));
    }
    return new Outcome.Failed("delivery failed: " + cause);
  }

  private Outcome timedOut() {
    return new Outcome.Failed("timed out after " + timeout.toMillis() + " ms");
  }
}
