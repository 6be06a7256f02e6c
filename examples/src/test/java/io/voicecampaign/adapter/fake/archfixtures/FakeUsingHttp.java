package io.voicecampaign.adapter.fake.archfixtures;

import io.voicecampaign.adapter.http.report.CallReportParser;

/** A simulator class that reaches into the HTTP adapter. */
public final class FakeUsingHttp {

  /** Borrows the HTTP adapter's parser. */
  public static CallReportParser parser() {
    return CallReportParser.create();
  }
}
