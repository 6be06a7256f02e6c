package io.voicecampaign.adapter.fake;

import dagger.BindsInstance;
import dagger.Component;
import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.observe.GatewayListeners;
import io.voicecampaign.application.service.UseCaseModule;

/** Every use case wired to a {@link SimulatedPlatform}. Reached through {@link FakeVoiceCampaigns#create}. */
@Component(modules = {UseCaseModule.class, FakePlatformModule.class})
interface FakeVoiceCampaignsComponent extends VoiceCampaigns {

  /** Builds the component around one platform. */
  @Component.Factory
  interface Factory {
    /** The use cases over {@code platform}, their gateways reporting to {@code listeners}. */
    FakeVoiceCampaignsComponent create(@BindsInstance SimulatedPlatform platform, @BindsInstance GatewayListeners listeners);
  }
}
