package io.voicecampaign.adapter.http.core;

import java.time.Duration;
import io.voicecampaign.adapter.http.config.PlatformEndpoint;
import okhttp3.Request;

/**
 * One prepared request to the platform, as returned by the adapter's endpoint interfaces. It is not
 * sent until {@link PlatformExchange} runs it, and each run sends it once; build a new one for each
 * attempt.
 */
public final class PlatformCall {

  private final Request request;
  private final Repeat repeat;
  private final CallRunner runner;
  private final PlatformEndpoint endpoint;

  PlatformCall(Request request, Repeat repeat, CallRunner runner, PlatformEndpoint endpoint) {
    this.request = request;
    this.repeat = repeat;
    this.runner = runner;
    this.endpoint = endpoint;
  }

  /** The endpoint this call goes to. */
  public PlatformEndpoint endpoint() {
    return endpoint;
  }

  /** When this call may be sent again. */
  public Repeat repeat() {
    return repeat;
  }

  Request request() {
    return request;
  }

  /** Sends the call once, ending it after {@code limit} at the latest. */
  Answer run(Duration limit) {
    return runner.run(this, limit);
  }

  @Override
  public String toString() {
    return "PlatformCall[" + request.method() + " " + request.url().encodedPath() + ", " + repeat + "]";
  }
}
