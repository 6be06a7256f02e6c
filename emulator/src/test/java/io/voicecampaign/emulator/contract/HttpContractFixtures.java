package io.voicecampaign.emulator.contract;

import io.voicecampaign.adapter.http.HttpGateways;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.EmulatorFixtures;
import java.time.Clock;

/** An emulator for a contract suite, and the HTTP adapter's gateways to it. */
final class HttpContractFixtures {

  /** Where every contract test's platform clock starts: a Monday, 09:00 at UTC+8. */
  static final String START = "2025-03-03 09:00:00";

  private HttpContractFixtures() {}

  /** An emulator on a free loopback port whose platform clock moves only through the admin endpoint. */
  static Emulator emulator() {
    return emulator("documented");
  }

  /** {@link #emulator()} answering in the envelope mode {@code envelopes}. */
  static Emulator emulator(String envelopes) {
    return EmulatorFixtures.start(EmulatorFixtures.config().envelopes(envelopes).build());
  }

  /** The HTTP adapter's gateways to {@code emulator}, with the adapter's defaults and this machine's clock. */
  static HttpGateways gateways(Emulator emulator) {
    HttpConfig config = HttpConfig.builder()
        .baseUrl(emulator.baseUrl().toString())
        .apiKey(emulator.config().apiKey())
        .apiSecret(emulator.config().apiSecret())
        .appId(emulator.config().appId().value())
        .build();
    return HttpVoiceCampaigns.gateways(config, Clock.systemUTC());
  }
}
