package io.voicecampaign.application.port.in.archfixtures;

/** An in-port that is not named a UseCase. */
public interface LaunchThing {

  /** Launches. */
  void launch();
}
