package io.voicecampaign.examples;

/**
 * A tour step that did not go as expected; its message is the one line the tour prints before
 * exiting non-zero.
 */
final class TourStepFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  TourStepFailed(String step, String kind, String detail) {
    super("tour failed at step \"" + step + "\": " + kind + ": " + detail);
  }
}
