package io.voicecampaign.adapter.http.core;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * Wraps a request body to send the platform's exact {@code Content-Type}, to record whether the whole
 * body was written (what decides if a failed create may have reached the platform) and, for calls that
 * must not be repeated, to make it one-shot so that OkHttp never re-sends it by itself.
 */
final class TrackedBody extends RequestBody {

  static final MediaType JSON = MediaType.get(PlatformTransport.JSON_CONTENT_TYPE);

  private final RequestBody delegate;
  private final boolean oneShot;
  private final SendProbe probe;

  TrackedBody(RequestBody delegate, boolean oneShot, SendProbe probe) {
    this.delegate = delegate;
    this.oneShot = oneShot;
    this.probe = probe;
  }

  RequestBody delegate() {
    return delegate;
  }

  @Override
  public MediaType contentType() {
    return JSON;
  }

  @Override
  public long contentLength() throws IOException {
    return delegate.contentLength();
  }

  @Override
  public boolean isOneShot() {
    return oneShot || delegate.isOneShot();
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    probe.started();
    delegate.writeTo(sink);
    probe.sent();
  }
}
