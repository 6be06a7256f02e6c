package io.voicecampaign.adapter.fake;

import io.voicecampaign.adapter.fake.clock.VirtualClock;
import io.voicecampaign.adapter.fake.platform.PlatformOptions;
import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.application.ForwardingVoiceCampaigns;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.observe.GatewayListeners;
import java.util.Objects;

/**
 * The SDK's use cases over an in-memory simulator of the platform, for tests and demos that must run
 * offline and in no real time.
 *
 * <pre>{@code
 * VirtualClock clock = VirtualClock.at(Instant.parse("2025-03-03T01:00:00Z"));
 * FakeVoiceCampaigns fake = FakeVoiceCampaigns.create(42, clock, PlatformOptions.defaults());
 * VoiceCampaigns sdk = fake;                        // use it like any transport
 * sdk.launchCampaign().launch(new LaunchCampaignCommand(campaign));
 * fake.platform().advance(Duration.ofHours(1));     // let platform time pass
 * }</pre>
 *
 * <p>The SDK's clock is the virtual clock and its sleeper advances it: awaiting a recall flow moves
 * the simulation on instead of waiting. {@link #platform()} gives the controls: time, limits, injected
 * faults and snapshots.
 */
public final class FakeVoiceCampaigns extends ForwardingVoiceCampaigns {

  private final SimulatedPlatform platform;

  private FakeVoiceCampaigns(VoiceCampaigns useCases, SimulatedPlatform platform) {
    super(useCases);
    this.platform = platform;
  }

  /**
   * The use cases over a new simulated platform.
   *
   * @param seed    decides how the calls end (the same seed and the same calls give the same run)
   * @param clock   the virtual clock that drives the platform and the SDK
   * @param options how the platform behaves where the docs leave it open
   */
  public static FakeVoiceCampaigns create(long seed, VirtualClock clock, PlatformOptions options) {
    return create(seed, clock, options, GatewayListeners.none());
  }

  /**
   * The use cases over a new simulated platform, every gateway call reported to {@code listeners}
   * as the HTTP transport reports it (the simulator makes one attempt per call).
   *
   * @param seed      decides how the calls end (the same seed and the same calls give the same run)
   * @param clock     the virtual clock that drives the platform and the SDK
   * @param options   how the platform behaves where the docs leave it open
   * @param listeners what observes the gateway calls, e.g. {@code GatewayListeners.of(events::add)}
   */
  public static FakeVoiceCampaigns create(long seed, VirtualClock clock, PlatformOptions options, GatewayListeners listeners) {
    Objects.requireNonNull(clock, "clock == null");
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(listeners, "listeners == null");
    SimulatedPlatform platform = SimulatedPlatform.create(seed, clock, options);
    return new FakeVoiceCampaigns(DaggerFakeVoiceCampaignsComponent.factory().create(platform, listeners), platform);
  }

  /** The use cases over a new simulated platform with the default options. */
  public static FakeVoiceCampaigns create(long seed, VirtualClock clock) {
    return create(seed, clock, PlatformOptions.defaults());
  }

  /** The simulated platform behind the use cases: time, limits, faults and snapshots. */
  public SimulatedPlatform platform() {
    return platform;
  }

  /** The virtual clock that drives the platform and the SDK. */
  public VirtualClock clock() {
    return platform.clock();
  }

  @Override
  public String toString() {
    return "FakeVoiceCampaigns[" + platform + "]";
  }
}
