package io.voicecampaign.adapter.http.core;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.voicecampaign.adapter.http.config.RetryPolicy;
import io.voicecampaign.adapter.http.support.WireProblem;
import io.voicecampaign.application.observe.CallTrace;
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
  private final Duration createDeadline;
  private final Clock clock;
  private final Sleeper sleeper;
  private final PlatformClock platformClock;
  private final OutcomeClassifier classifier;
  private final Moshi moshi;
  private final Redaction redaction;
  private final ObservedCalls observed;

  PlatformExchange(RetryPolicy policy, Duration createDeadline, Clock clock, Sleeper sleeper, PlatformClock platformClock,
      OutcomeClassifier classifier, Moshi moshi, Redaction redaction, GatewayListeners listeners) {
    this.observed = new ObservedCalls(listeners);
    this.policy = policy;
    this.createDeadline = createDeadline;
    this.clock = clock;
    this.sleeper = sleeper;
    this.platformClock = platformClock;
    this.classifier = classifier;
    this.moshi = moshi;
    this.redaction = redaction;
  }

  /**
   * Runs one operation as {@link #send(Supplier)} does and types the accepted answer's data as
   * {@link #decode} does, reading envelope and data in one pass over the answer.
   */
  public <W, T> Either<GatewayFailure, T> fetch(Supplier<PlatformCall> calls, Class<W> wireType,
      Function<? super W, ? extends T> mapper) {
    PlatformCall first = calls.get();
    CallTrace trace = observed.start(first.endpoint().observedAs());
    return trace.finish(run(first, calls, moshi.adapter(wireType), policy.deadline(), trace).mapLeft(Outcome.Failed::failure)
        .flatMap(envelope -> decode(envelope, wireType, mapper)));
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
    return trace.finish(run(first, calls, null, policy.deadline(), trace).mapLeft(Outcome.Failed::failure));
  }

  /**
   * Runs a create as {@link #fetch} runs a read, re-sent only as its {@link Repeat#NEVER_BLIND} rule
   * allows. An answer that leaves open whether the platform acted (success not readable as an
   * envelope, or accepted with data that cannot be read) is {@link GatewayFailure.OutcomeUnknown}, so
   * the caller settles it by the task's unique name; a refusal and a call the platform provably did
   * not act on keep their own failure.
   */
  public <W, T> Either<GatewayFailure, T> create(Supplier<PlatformCall> calls, Class<W> wireType,
      Function<? super W, ? extends T> mapper) {
    PlatformCall first = calls.get();
    CallTrace trace = observed.start(first.endpoint().observedAs());
    Either<Outcome.Failed, Envelope> sent = run(first, calls, moshi.adapter(wireType), createDeadline, trace);
    if (sent.isLeft()) {
      Outcome.Failed failed = sent.getLeft();
      return trace.finish(Either.left(failed.delivery() == Delivery.UNKNOWN
          && failed.failure() instanceof GatewayFailure.MalformedResponse unreadable
          ? new GatewayFailure.OutcomeUnknown("the platform may have made the task: " + unreadable.message())
          : failed.failure()));
    }
    Either<GatewayFailure, T> decoded = decode(sent.get(), wireType, mapper);
    return trace.finish(decoded.mapLeft(unreadable ->
        new GatewayFailure.OutcomeUnknown("the platform accepted the create but its answer cannot be read: " + unreadable.message())));
  }

  private Either<Outcome.Failed, Envelope> run(PlatformCall first, Supplier<PlatformCall> calls, JsonAdapter<?> data,
      Duration deadline, CallTrace trace) {
    RetryBudget budget = new RetryBudget(policy, deadline, clock, sleeper, trace);
    boolean clockCorrected = false;
    for (PlatformCall call = first; ; call = calls.get()) {
      Outcome outcome = judge(call, data, trace, budget.remaining());
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
        return Either.left(new Outcome.Failed(skewAfterCorrection(failed), failed.delivery(), false, failed.retryAfter(),
            true, failed.serverDate()));
      }
      if (mayRepeat(call.repeat(), failed) && budget.retry(failed.retryAfter())) {
        continue;
      }
      return Either.left(failed);
    }
  }

  private static boolean mayRepeat(Repeat repeat, Outcome.Failed failed) {
    if (!failed.passing()) {
      return false;
    }
    return repeat == Repeat.SAFE || failed.delivery() == Delivery.NOT_SENT || failed.delivery() == Delivery.NOT_PROCESSED;
  }

  /** The -16 failure that remains after one corrected retry, naming the offset applied. */
  private GatewayFailure skewAfterCorrection(Outcome.Failed failed) {
    String detail = failed.failure() instanceof GatewayFailure.ClockSkew skew ? skew.detail() : failed.failure().message();
    return new GatewayFailure.ClockSkew(detail + "; still refused after correcting this machine's clock by "
        + platformClock.offset().toSeconds() + " s from the platform's Date header");
  }

  /**
   * Learns the platform's clock offset from its {@code Date} header, when the answer had one; the next
   * calls are signed with the corrected time.
   */
  private void correctClock(Option<Instant> serverDate, CallTrace trace) {
    serverDate.forEach(platformClock::learnFrom);
    trace.retryScheduled(Duration.ZERO);
  }

  /** Sends one attempt, ending it after {@code limit}, and judges its answer, telling the trace of both. */
  private Outcome judge(PlatformCall call, JsonAdapter<?> data, CallTrace trace, Duration limit) {
    trace.attemptSent();
    Answer answer = call.run(limit);
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
