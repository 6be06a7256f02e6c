package io.voicecampaign.application.port.out.archfixtures;

/** An out-port to the platform that is not named a Gateway. */
public interface PlatformClient {

  /** Sends something. */
  void send(String body);

  /** Reads something. */
  String read();
}
