package io.voicecampaign.benchmarks.support;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;

/**
 * An OkHttp client that never opens a connection: it writes each request's body into a sink that
 * drops the bytes, counting them as a socket would take them, and answers a create's success. Given
 * to the SDK as its client, it leaves the SDK's own work on a create (signing aside) and nothing of
 * the network's.
 */
public final class DrainingClient {

  private static final MediaType JSON = MediaType.get("application/json;charset=UTF-8");

  private long lastBodyBytes;
  private long lastContentLength;
  private boolean keep;
  private Buffer kept = new Buffer();

  /** The client to hand the SDK. */
  public OkHttpClient client() {
    return new OkHttpClient.Builder().addInterceptor(this::drain).build();
  }

  /** The bytes of the next request's body, kept instead of dropped; for a check outside the measurement. */
  public byte[] keepNext(Runnable send) {
    keep = true;
    try {
      send.run();
      return kept.readByteArray();
    } finally {
      keep = false;
      kept = new Buffer();
    }
  }

  /** How many bytes the last request's body held. */
  public long lastBodyBytes() {
    return lastBodyBytes;
  }

  /** The {@code Content-Length} the last request's body announced. */
  public long lastContentLength() {
    return lastContentLength;
  }

  private Response drain(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    CountingSink counted = new CountingSink(keep ? kept : null);
    try (BufferedSink sink = Okio.buffer(counted)) {
      request.body().writeTo(sink);
    }
    lastBodyBytes = counted.bytes;
    lastContentLength = request.body().contentLength();
    return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200).message("OK")
        .body(ResponseBody.create(LoopbackServer.CREATED, JSON)).build();
  }

  /** Drops (or keeps) what it is given, counting the bytes. */
  private static final class CountingSink extends ForwardingSink {
    long bytes;

    CountingSink(Buffer keep) {
      super(keep != null ? keep : Okio.blackhole());
    }

    @Override
    public void write(Buffer source, long byteCount) throws IOException {
      bytes += byteCount;
      super.write(source, byteCount);
    }
  }
}
