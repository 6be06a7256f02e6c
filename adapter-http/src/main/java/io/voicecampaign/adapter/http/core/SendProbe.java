package io.voicecampaign.adapter.http.core;

/** Records how far one call got in sending its request body. Written by OkHttp's thread, read after the call. */
final class SendProbe {

  private volatile boolean started;
  private volatile boolean sent;

  void started() {
    started = true;
  }

  void sent() {
    sent = true;
  }

  /** True once the body began to be written. */
  boolean hasStarted() {
    return started;
  }

  /** True once the whole body was handed to the connection. */
  boolean wasSent() {
    return sent;
  }
}
