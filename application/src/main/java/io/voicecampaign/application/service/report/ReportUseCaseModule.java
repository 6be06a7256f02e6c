package io.voicecampaign.application.service.report;

import dagger.Binds;
import dagger.Module;
import io.voicecampaign.application.port.in.report.ReceiveCallReportsUseCase;

/**
 * Binds the report receiver to its service. A component that includes it provides a {@code
 * CallReportDecoder} and a {@code ReportLedger}.
 */
@Module
public abstract class ReportUseCaseModule {

  private ReportUseCaseModule() {}

  /** Receiving status-report pushes. */
  @Binds
  abstract ReceiveCallReportsUseCase receiveCallReports(ReceiveCallReportsService service);
}
