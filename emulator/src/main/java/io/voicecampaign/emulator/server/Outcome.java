package io.voicecampaign.emulator.server;

import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.adapter.fake.platform.Reply;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.emulator.json.JsonWriter;
import io.voicecampaign.emulator.wire.Problems;
import io.vavr.collection.Seq;
import java.util.function.Consumer;
import java.util.function.Function;

/** What one platform request came to, before it is written: a success, a refusal, or a lost answer. */
sealed interface Outcome {

  /** How every -22 reason starts, whether the body or the simulated platform's rules refused it. */
  String PARAMETER_EXCEPTION = "parameter exception: ";

  /** The simulated platform's reply, a success's value written by {@code data}. */
  static <T> Outcome of(Reply<T> reply, Function<T, Consumer<JsonWriter>> data) {
    if (reply instanceof Reply.Ok<T> ok) {
      return new Success(data.apply(ok.value()));
    }
    if (reply instanceof Reply.Refused<T> refused) {
      return refused.code().equals(PlatformCode.PARAMETER_EXCEPTION) && !refused.reason().startsWith(PARAMETER_EXCEPTION)
          ? new Refusal(refused.code(), PARAMETER_EXCEPTION + refused.reason())
          : new Refusal(refused.code(), refused.reason());
    }
    return new Lost(((Reply.Interrupted<T>) reply).fault());
  }

  /** A -22 naming every problem of a body. */
  static Outcome invalid(Seq<Violation> problems) {
    return new Refusal(PlatformCode.PARAMETER_EXCEPTION, Problems.reason(problems));
  }

  /**
   * Code 0.
   *
   * @param data writes the {@code data} member
   */
  record Success(Consumer<JsonWriter> data) implements Outcome {}

  /**
   * A non-zero code.
   *
   * @param code   the platform's code
   * @param reason its message
   */
  record Refusal(PlatformCode code, String reason) implements Outcome {}

  /**
   * An injected transport fault: the answer is not delivered.
   *
   * @param fault how it is lost
   */
  record Lost(Fault.Transport fault) implements Outcome {}
}
