package io.voicecampaign.application.archfixtures;

import okhttp3.HttpUrl;

/** Looks like a factory Dagger generated; the application's transport rule skips it. */
public final class LaunchService_Factory {

  /** Uses the transport, which only generated code may get away with here. */
  public static HttpUrl url() {
    return HttpUrl.get("http://127.0.0.1/");
  }
}
