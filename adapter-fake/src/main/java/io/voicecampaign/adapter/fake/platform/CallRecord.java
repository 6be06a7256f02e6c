package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.adapter.fake.outcome.CallOutcome;
import io.voicecampaign.domain.campaign.PhoneNumber;
import java.util.Objects;

/**
 * One call a simulated task made: whom it dialled and how the call ended.
 *
 * @param number  the callee's number
 * @param outcome how the call ended
 */
public record CallRecord(PhoneNumber number, CallOutcome outcome) {
  public CallRecord {
    Objects.requireNonNull(number, "number == null");
    Objects.requireNonNull(outcome, "outcome == null");
  }
}
