package io.voicecampaign.domain.recall;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Which callees of the previous attempt a recall attempt redials, as the plan's type says: every
 * callee (ALL), those whose call was not answered (FAILED), or those whose call ended with one of the
 * plan's intent codes (BY_INTENT; a call without an intent is not redialled).
 *
 * <p>Asked once per call of a large attempt, it allocates nothing; {@link #redialsEveryone()} lets a
 * caller reuse the previous attempt's callees as they are.
 */
public final class RecallSelection {

  private final RecallType type;
  private final Set<IntentCode> intents;

  private RecallSelection(RecallType type, Set<IntentCode> intents) {
    this.type = type;
    this.intents = intents;
  }

  /** The selection {@code plan} makes; a plan's type is always a documented one. */
  public static RecallSelection of(RecallPlan plan) {
    Objects.requireNonNull(plan, "plan == null");
    return new RecallSelection(plan.type(), HashSet.ofAll(plan.intents()));
  }

  /** True when every callee of the previous attempt is redialled, whatever its call did. */
  public boolean redialsEveryone() {
    return type.equals(RecallType.ALL);
  }

  /**
   * Whether a callee is redialled whose previous call was {@code answered} and got {@code intent}.
   *
   * @param answered true when the previous call was answered (a success)
   * @param intent   the intent code the previous call got, if any
   */
  public boolean redials(boolean answered, Option<IntentCode> intent) {
    switch (type.known()) {
      case ALL:
        return true;
      case FAILED:
        return !answered;
      case BY_INTENT:
        return intent.isDefined() && intents.contains(intent.get());
      default:
        throw new IllegalStateException("a plan holds only documented recall types: " + type);
    }
  }

  @Override
  public String toString() {
    return "RecallSelection[" + type + (type.equals(RecallType.BY_INTENT) ? " " + intents.mkString(", ") : "") + "]";
  }
}
