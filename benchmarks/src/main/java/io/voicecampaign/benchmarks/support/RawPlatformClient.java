package io.voicecampaign.benchmarks.support;

import com.squareup.moshi.JsonAdapter;
import io.voicecampaign.adapter.http.core.NoDelaySocketFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.net.SocketFactory;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * What a user would write against the platform without the SDK: one {@link OkHttpClient}, a POST per
 * call with the platform's three signature headers, the answer read whole. Shared by the loopback
 * baselines so that they pay for the same signing and headers as the SDK.
 */
public final class RawPlatformClient {

  /** The platform's content type. */
  public static final MediaType JSON = MediaType.get("application/json;charset=UTF-8");

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final OkHttpClient client;
  private final String baseUrl;
  private final String apiKey;
  private final String apiSecret;

  /** A client for the platform at {@code baseUrl} (ending in '/'), with OkHttp's defaults. */
  public RawPlatformClient(String baseUrl, String apiKey, String apiSecret) {
    this(new OkHttpClient(), baseUrl, apiKey, apiSecret);
  }

  private RawPlatformClient(OkHttpClient client, String baseUrl, String apiKey, String apiSecret) {
    this.client = client;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.apiSecret = apiSecret;
  }

  /**
   * The same client with Nagle's algorithm off on its sockets ({@code TCP_NODELAY}), which OkHttp
   * leaves on by default and the SDK turns off, by the SDK's own socket factory.
   */
  public static RawPlatformClient withNoDelay(String baseUrl, String apiKey, String apiSecret) {
    OkHttpClient client = new OkHttpClient.Builder().socketFactory(new NoDelaySocketFactory(SocketFactory.getDefault())).build();
    return new RawPlatformClient(client, baseUrl, apiKey, apiSecret);
  }

  /** POSTs {@code body} to {@code path} (no leading '/') and reads the answer with {@code reader}. */
  public <T> T post(String path, RequestBody body, JsonAdapter<T> reader) throws IOException {
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    Request request = new Request.Builder()
        .url(baseUrl + path)
        .header("Api-Key", apiKey)
        .header("Timestamp", timestamp)
        .header("Sign", sign(timestamp))
        .post(body)
        .build();
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      T answer = reader.fromJson(response.body().source());
      if (answer == null) {
        throw new IOException("empty answer");
      }
      return answer;
    }
  }

  private String sign(String timestamp) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5")
          .digest((apiKey + apiSecret + timestamp).getBytes(StandardCharsets.UTF_8));
      char[] hex = new char[digest.length * 2];
      for (int i = 0; i < digest.length; i++) {
        hex[2 * i] = HEX[(digest[i] >> 4) & 0xF];
        hex[2 * i + 1] = HEX[digest[i] & 0xF];
      }
      return new String(hex);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is not available", e);
    }
  }

  /** Closes the client's connections and threads. */
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
