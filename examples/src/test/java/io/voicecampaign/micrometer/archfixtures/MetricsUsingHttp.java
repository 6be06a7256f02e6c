package io.voicecampaign.micrometer.archfixtures;

import io.voicecampaign.adapter.http.config.PlatformEndpoint;

/** A metrics-binding class that reaches into the HTTP adapter. */
public final class MetricsUsingHttp {

  /** Borrows the HTTP adapter's endpoint names. */
  public static String tag(PlatformEndpoint endpoint) {
    return endpoint.path();
  }
}
