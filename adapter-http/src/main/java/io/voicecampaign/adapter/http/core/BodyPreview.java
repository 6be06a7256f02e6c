package io.voicecampaign.adapter.http.core;

/**
 * A request body that can show its first bytes without being sent or fully materialised; the request
 * log uses it for one-shot and very large bodies.
 */
public interface BodyPreview {

  /** At most about {@code maxBytes} bytes of the start of the body, as UTF-8 text. */
  String preview(int maxBytes);
}
