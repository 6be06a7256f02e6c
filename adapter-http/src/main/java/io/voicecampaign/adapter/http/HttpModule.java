package io.voicecampaign.adapter.http;

import dagger.Module;
import dagger.Provides;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.core.PlatformTransport;
import io.voicecampaign.adapter.http.recall.HttpRecallFlowGateway;
import io.voicecampaign.adapter.http.report.CallReportParser;
import io.voicecampaign.adapter.http.task.HttpGroupCallGateway;
import io.voicecampaign.application.port.out.CallReportDecoder;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.port.out.ReportLedger;
import io.voicecampaign.application.port.out.Sleeper;
import io.voicecampaign.application.service.report.InMemoryReportLedger;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The HTTP adapter's bindings: both gateways over one shared transport, the configured sleeper, the
 * push body reader in the configured platform zone and one in-memory ledger of handled reports per
 * component. The clock comes from the component's factory.
 */
@Module
final class HttpModule {

  private HttpModule() {}

  @Provides
  @Singleton
  static PlatformTransport transport(HttpConfig config, Clock clock) {
    return PlatformTransport.create(config, clock);
  }

  @Provides
  @Singleton
  static GroupCallGateway groupCalls(PlatformTransport transport) {
    return new HttpGroupCallGateway(transport);
  }

  @Provides
  @Singleton
  static RecallFlowGateway recallFlows(PlatformTransport transport) {
    return new HttpRecallFlowGateway(transport);
  }

  @Provides
  static Sleeper sleeper(HttpConfig config) {
    return config.sleeper();
  }

  @Provides
  @Singleton
  static CallReportDecoder callReportDecoder(HttpConfig config) {
    return CallReportParser.builder().platformZone(config.platformZone()).build();
  }

  @Provides
  @Singleton
  static ReportLedger reportLedger() {
    return InMemoryReportLedger.create();
  }
}
