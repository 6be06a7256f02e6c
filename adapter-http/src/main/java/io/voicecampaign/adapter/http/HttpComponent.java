package io.voicecampaign.adapter.http;

import dagger.BindsInstance;
import dagger.Component;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.core.PlatformTransport;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.report.ReceiveCallReportsUseCase;
import io.voicecampaign.application.port.out.CallReportDecoder;
import io.voicecampaign.application.service.UseCaseModule;
import io.voicecampaign.application.service.report.ReportUseCaseModule;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Every use case wired to the platform over HTTP. */
@Singleton
@Component(modules = {UseCaseModule.class, ReportUseCaseModule.class, HttpModule.class})
interface HttpComponent extends VoiceCampaigns {

  /** The transport the gateways share, which owns the connections and threads. */
  PlatformTransport transport();

  /** The receiver of status-report pushes, remembering handled reports in the component's own ledger. */
  ReceiveCallReportsUseCase receiveCallReports();

  /** The push body reader, in the configured platform zone. */
  CallReportDecoder callReportDecoder();

  /** Makes the component from the configuration and the clock the SDK reads the time from. */
  @Component.Factory
  interface Factory {
    HttpComponent create(@BindsInstance HttpConfig config, @BindsInstance Clock clock);
  }
}
