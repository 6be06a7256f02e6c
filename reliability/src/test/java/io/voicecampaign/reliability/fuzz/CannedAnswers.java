package io.voicecampaign.reliability.fuzz;

import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An interceptor for a supplied {@link okhttp3.OkHttpClient} that answers every call itself, in
 * process and without any network: the endpoint under test gets the current fuzzed answer, any other
 * endpoint (a create's lookup by name) the current answer for others. The adapter then runs its real
 * answer handling: status and header reading, body limits, envelope and data typing, retries.
 */
final class CannedAnswers implements Interceptor {

  private final AtomicLong served = new AtomicLong();
  private final AtomicLong unexpected = new AtomicLong();
  private volatile Endpoint endpoint;
  private volatile FuzzedAnswer answer;
  private volatile FuzzedAnswer others;

  /** Answers {@code endpoint} with {@code answer} and every other endpoint with {@code others} (may be null: none expected). */
  void answer(Endpoint endpoint, FuzzedAnswer answer, FuzzedAnswer others) {
    this.endpoint = endpoint;
    this.answer = answer;
    this.others = others;
  }

  @Override
  public Response intercept(Chain chain) {
    Request request = chain.request();
    FuzzedAnswer reply = request.url().encodedPath().endsWith("/" + endpoint.path()) ? answer : others;
    if (reply == null) {
      unexpected.incrementAndGet();
      reply = answer;
    }
    served.incrementAndGet();
    return reply.toResponse(request);
  }

  /** Answers served so far. */
  long served() {
    return served.get();
  }

  /** Requests to endpoints no answer was set for. */
  long unexpected() {
    return unexpected.get();
  }
}
