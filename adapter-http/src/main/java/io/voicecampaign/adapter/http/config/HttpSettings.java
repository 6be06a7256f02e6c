package io.voicecampaign.adapter.http.config;

import io.voicecampaign.application.observe.GatewayListeners;
import io.voicecampaign.application.port.out.Sleeper;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * The values of an {@link HttpConfig} as given, with their defaults, before any is checked: what a
 * {@link HttpConfig.Builder} fills and an {@link HttpConfig} keeps a copy of, never to change it.
 */
final class HttpSettings {

  String apiKey;
  String apiSecret;
  String appId;
  String baseUrl = HttpConfig.LAAFFIC_BASE_URL;
  final EnumMap<PlatformEndpoint, String> prefixes = new EnumMap<>(PlatformEndpoint.class);
  OkHttpClient okHttpClient;
  Duration connectTimeout = Duration.ofSeconds(10);
  Duration readTimeout = Duration.ofSeconds(30);
  Duration writeTimeout = Duration.ofSeconds(30);
  Duration callTimeout = Duration.ofSeconds(30);
  Duration createReadTimeout = Duration.ofSeconds(180);
  Duration createCallTimeout = Duration.ofMinutes(5);
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  ZoneId platformZone = HttpConfig.DEFAULT_PLATFORM_ZONE;
  Consumer<String> requestLog;
  int logBodyBytes = 1024;
  long maxResponseBytes = 8L * 1024 * 1024;
  Sleeper sleeper = Sleeper.SYSTEM;
  GatewayListeners listeners = GatewayListeners.none();

  /** The defaults: the LAAFFIC host, the vendor pages' prefixes, default timeouts and retries. */
  HttpSettings() {
    for (PlatformEndpoint endpoint : PlatformEndpoint.values()) {
      prefixes.put(endpoint, endpoint.defaultPrefix());
    }
  }

  /** A copy holding the same values. */
  HttpSettings copy() {
    HttpSettings c = new HttpSettings();
    c.apiKey = apiKey;
    c.apiSecret = apiSecret;
    c.appId = appId;
    c.baseUrl = baseUrl;
    c.prefixes.putAll(prefixes);
    c.okHttpClient = okHttpClient;
    c.connectTimeout = connectTimeout;
    c.readTimeout = readTimeout;
    c.writeTimeout = writeTimeout;
    c.callTimeout = callTimeout;
    c.createReadTimeout = createReadTimeout;
    c.createCallTimeout = createCallTimeout;
    c.retryPolicy = retryPolicy;
    c.platformZone = platformZone;
    c.requestLog = requestLog;
    c.logBodyBytes = logBodyBytes;
    c.maxResponseBytes = maxResponseBytes;
    c.sleeper = sleeper;
    c.listeners = listeners;
    return c;
  }
}
