package io.voicecampaign.adapter.fake;

import dagger.Module;
import dagger.Provides;
import io.voicecampaign.adapter.fake.gateway.FakeGroupCallGateway;
import io.voicecampaign.adapter.fake.gateway.FakeRecallFlowGateway;
import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.application.observe.GatewayListeners;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.port.out.Sleeper;
import java.time.Clock;

/**
 * The simulator's side of the wiring: both gateways served by the {@link SimulatedPlatform}, its
 * virtual clock as the SDK's {@link Clock}, each gateway reporting to the user's listeners,, and a {@link Sleeper} that lets virtual time pass on the
 * platform instead of waiting, so that awaiting a recall flow takes no real time.
 */
@Module
public abstract class FakePlatformModule {

  private FakePlatformModule() {}

  /** Tasks, served by the platform. */
  @Provides
  static GroupCallGateway groupCallGateway(SimulatedPlatform platform, GatewayListeners listeners) {
    return new FakeGroupCallGateway(platform, listeners);
  }

  /** Recall flows, served by the platform. */
  @Provides
  static RecallFlowGateway recallFlowGateway(SimulatedPlatform platform, GatewayListeners listeners) {
    return new FakeRecallFlowGateway(platform, listeners);
  }

  /** The platform's virtual clock. */
  @Provides
  static Clock clock(SimulatedPlatform platform) {
    return platform.clock();
  }

  /** A pause that advances the platform's time (running what falls due) and returns at once. */
  @Provides
  static Sleeper sleeper(SimulatedPlatform platform) {
    return duration -> {
      if (!duration.isNegative() && !duration.isZero()) {
        platform.advance(duration);
      }
    };
  }
}
