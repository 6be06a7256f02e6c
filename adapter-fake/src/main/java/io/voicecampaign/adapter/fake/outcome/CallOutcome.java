package io.voicecampaign.adapter.fake.outcome;

import io.voicecampaign.domain.recall.IntentCode;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The outcome of one simulated call: how it ended and the intent the agent assigned, if any. A
 * recall-by-intent attempt redials the callees whose previous call carried one of the plan's codes.
 *
 * <p>Models should return shared instances (a handful per model) rather than one per call: the
 * simulator keeps a reference per call made.
 *
 * @param result how the call ended
 * @param intent the intent code, if the call got one
 */
public record CallOutcome(CallResult result, Option<IntentCode> intent) {

  public CallOutcome {
    Objects.requireNonNull(result, "result == null");
    Objects.requireNonNull(intent, "intent == null");
  }

  /** An answered call with the intent {@code code}. */
  public static CallOutcome answered(String code) {
    return new CallOutcome(CallResult.ANSWERED, Option.some(IntentCode.of(code)));
  }

  /** An answered call with no intent. */
  public static CallOutcome answered() {
    return new CallOutcome(CallResult.ANSWERED, Option.none());
  }

  /** An unanswered call with the intent {@code code}. */
  public static CallOutcome noAnswer(String code) {
    return new CallOutcome(CallResult.NO_ANSWER, Option.some(IntentCode.of(code)));
  }

  /** An unanswered call with no intent. */
  public static CallOutcome noAnswer() {
    return new CallOutcome(CallResult.NO_ANSWER, Option.none());
  }

  /** A failed call with the intent {@code code}. */
  public static CallOutcome failed(String code) {
    return new CallOutcome(CallResult.FAILED, Option.some(IntentCode.of(code)));
  }

  /** A failed call with no intent. */
  public static CallOutcome failed() {
    return new CallOutcome(CallResult.FAILED, Option.none());
  }

  /** True when the call counts as a success (it was answered). */
  public boolean isSuccess() {
    return result.isSuccess();
  }
}
