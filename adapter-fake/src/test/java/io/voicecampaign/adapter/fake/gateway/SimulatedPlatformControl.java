package io.voicecampaign.adapter.fake.gateway;

import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.adapter.fake.fault.Operation;
import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import io.voicecampaign.domain.shared.PlatformCode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The contract suites' control over a simulated platform, in process. */
final class SimulatedPlatformControl implements PlatformControl {

  private final SimulatedPlatform platform;

  SimulatedPlatformControl(SimulatedPlatform platform) {
    this.platform = platform;
  }

  @Override
  public Instant now() {
    return platform.now();
  }

  @Override
  public ZoneId zone() {
    return platform.options().zone();
  }

  @Override
  public void advance(Duration duration) {
    platform.advance(duration);
  }

  @Override
  public void setConcurrentTaskLimit(int limit) {
    platform.setConcurrentTaskLimit(limit);
  }

  @Override
  public void setListingDelay(Duration delay) {
    platform.setListingDelay(delay);
  }

  @Override
  public void loseNextCreateAnswer() {
    platform.injectFault(Operation.LAUNCH, 1, Fault.outcomeUnknown("the connection was reset after the task was stored", true));
  }

  @Override
  public void failNextCreateUnavailable() {
    platform.injectFault(Operation.LAUNCH, 1, Fault.answer(PlatformCode.SYSTEM_EXCEPTION, "system busy"));
  }
}
