package io.voicecampaign.adapter.http.core;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.voicecampaign.adapter.http.config.RetryPolicy;
import io.voicecampaign.adapter.http.support.WireProblem;
import io.voicecampaign.application.observe.CallTrace;
import io.voicecampaign.application.observe.Endpoint;
import io.voicecampaign.application.observe.GatewayListeners;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.Sleeper;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import okio.Buffer;

/**
 * Runs calls against the platform and turns their answers into values: one attempt, or a whole
 * operation under the call's {@link Repeat} rule and the {@link RetryPolicy}, with the one re-signed
 * retry a refused timestamp (-16) earns; and types an answer's data. Thread-safe; never throws for a
 * platform, network or parsing problem.
 *
 * <p>Each operation is reported to the configured gateway listeners (see {@link ObservedCalls}).
 */
public final class PlatformExchange {

  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final PlatformClock platformClock;
  private final OutcomeClassifier classifier;
  private final Moshi moshi;
  private final Redaction redaction;
  private final ObservedCalls observed;

  PlatformExchange(RetryPolicy policy, Clock clock, Sleeper sleeper, PlatformClock platformClock,
      OutcomeClassifier classifier, Moshi moshi, Redaction redaction, GatewayListeners listeners) {
    this.observed = new ObservedCalls(listeners);
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.platformClock = platformClock;
    this.classifier = classifier;
    this.moshi = moshi;
    this.redaction = redaction;
  }

  /**
   * Sends {@code call} once and judges the answer, reading an accepted answer's data as
   * {@code wireType} in the same pass (see {@link #decode}).
   */
  public Outcome attempt(PlatformCall call, Class<?> wireType) {
    return judge(call, moshi.adapter(wireType), observed.current());
  }

  /**
   * Runs {@code operation}, which makes its attempts through {@link #attempt} and {@link #budget()},
   * as one observed call to {@code endpoint}.
   */
  public <T> Either<GatewayFailure, T> observe(Endpoint endpoint, Supplier<Either<GatewayFailure, T>> operation) {
    return observed.around(endpoint, operation);
  }

  private Outcome judge(PlatformCall call, JsonAdapter<?> data, CallTrace trace) {
    trace.attemptSent();
    Answer answer = call.run();
    Outcome outcome = classifier.classify(answer, data);
    if (trace.isOn()) {
      if (outcome instanceof Outcome.Failed failed) {
        trace.attemptFailed(AttemptReason.of(answer, failed.failure()));
      } else {
        trace.answerDecoded();
      }
    }
    return outcome;
  }

  /**
   * Runs one operation as {@link #send(Supplier)} does and types the accepted answer's data as
   * {@link #decode} does, reading envelope and data in one pass over the answer.
   */
  public <W, T> Either<GatewayFailure, T> fetch(Supplier<PlatformCall> calls, Class<W> wireType,
      Function<? super W, ? extends T> mapper) {
    PlatformCall first = calls.get();
    CallTrace trace = observed.start(first.endpoint().observedAs());
    return trace.finish(send(first, calls, moshi.adapter(wireType), trace).flatMap(envelope -> decode(envelope, wireType, mapper)));
  }

  /**
   * Runs one operation: a fresh call from {@code calls} per attempt, repeated as its {@link Repeat}
   * rule and the retry policy allow; after a -16, the clock offset is learned from the platform's
   * {@code Date} and the call re-signed once.
   *
   * @return the accepted envelope, or the last failure
   */
  public Either<GatewayFailure, Envelope> send(Supplier<PlatformCall> calls) {
    PlatformCall first = calls.get();
    CallTrace trace = observed.start(first.endpoint().observedAs());
    return trace.finish(send(first, calls, null, trace));
  }

  private Either<GatewayFailure, Envelope> send(PlatformCall first, Supplier<PlatformCall> calls, JsonAdapter<?> data,
      CallTrace trace) {
    RetryBudget budget = new RetryBudget(policy, clock, sleeper, trace);
    boolean clockCorrected = false;
    for (PlatformCall call = first; ; call = calls.get()) {
      Outcome outcome = judge(call, data, trace);
      if (outcome instanceof Outcome.Accepted accepted) {
        return Either.right(accepted.envelope());
      }
      Outcome.Failed failed = (Outcome.Failed) outcome;
      if (failed.clockSkew()) {
        if (!clockCorrected) {
          correctClock(failed.serverDate(), trace);
          clockCorrected = true;
          continue;
        }
        return Either.left(skewAfterCorrection(failed));
      }
      if (mayRepeat(call.repeat(), failed) && budget.retry(failed.retryAfter())) {
        continue;
      }
      return Either.left(failed.failure());
    }
  }

  private static boolean mayRepeat(Repeat repeat, Outcome.Failed failed) {
    if (!failed.passing()) {
      return false;
    }
    return repeat == Repeat.SAFE || failed.delivery() == Delivery.NOT_SENT || failed.delivery() == Delivery.NOT_PROCESSED;
  }

  /** The -16 failure that remains after one corrected retry, naming the offset applied. */
  public GatewayFailure skewAfterCorrection(Outcome.Failed failed) {
    String detail = failed.failure() instanceof GatewayFailure.ClockSkew skew ? skew.detail() : failed.failure().message();
    return new GatewayFailure.ClockSkew(detail + "; still refused after correcting this machine's clock by "
        + platformClock.offset().toSeconds() + " s from the platform's Date header");
  }

  /**
   * Learns the platform's clock offset from its {@code Date} header, when the answer had one; the next
   * calls are signed with the corrected time.
   */
  public void correctClock(Option<Instant> serverDate) {
    correctClock(serverDate, observed.current());
  }

  private void correctClock(Option<Instant> serverDate, CallTrace trace) {
    serverDate.forEach(platformClock::learnFrom);
    trace.retryScheduled(Duration.ZERO);
  }

  /** A fresh budget of attempts and time for one operation (the observed one, inside {@link #observe}). */
  public RetryBudget budget() {
    return new RetryBudget(policy, clock, sleeper, observed.current());
  }

  /**
   * The envelope's data read as {@code wireType} and mapped by {@code mapper}; a malformed-response
   * failure, with a redacted snippet, when the data is missing, of the wrong shape, or breaks a domain rule.
   * Data already read into {@code wireType} with the envelope is used as it is.
   */
  public <W, T> Either<GatewayFailure, T> decode(Envelope envelope, Class<W> wireType, Function<? super W, ? extends T> mapper) {
    if (!envelope.hasData()) {
      return Either.left(malformed("the answer has no data", envelope));
    }
    W wire;
    if (wireType.isInstance(envelope.decoded())) {
      wire = wireType.cast(envelope.decoded());
    } else if (envelope.data() == null) {
      return Either.left(malformed("the answer has no data", envelope));
    } else {
      try {
        JsonAdapter<W> adapter = moshi.adapter(wireType);
        wire = adapter.fromJson(new Buffer().write(envelope.data()));
      } catch (JsonDataException e) {
        return Either.left(malformed("the data has unexpected types: " + String.valueOf(e.getMessage()).replace("at path $", "at path $.data"), envelope));
      } catch (IOException e) {
        return Either.left(malformed("the data is not well-formed JSON (" + e.getClass().getSimpleName() + ")", envelope));
      } catch (ArithmeticException | NumberFormatException e) {
        return Either.left(malformed("the data holds a number out of range", envelope));
      }
    }
    if (wire == null) {
      return Either.left(malformed("the answer has no data", envelope));
    }
    try {
      return Either.right(mapper.apply(wire));
    } catch (WireProblem e) {
      return Either.left(malformed("the data cannot be mapped: " + e.getMessage(), envelope));
    } catch (InvalidValueException e) {
      return Either.left(malformed("the data breaks a rule: " + e.getMessage(), envelope));
    } catch (DateTimeException | ArithmeticException e) {
      return Either.left(malformed("the data holds a value out of range", envelope));
    }
  }

  private GatewayFailure malformed(String reason, Envelope envelope) {
    return new GatewayFailure.MalformedResponse(redaction.text(reason), redaction.snippet(envelope.body()));
  }
}
