package io.voicecampaign.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("HttpConfig")
class HttpConfigTest {

  private static final String SECRET = "7bz1lzh9-very-secret";

  private static HttpConfig.Builder valid() {
    return HttpConfig.builder().apiKey("bDqJFiq9").apiSecret(SECRET);
  }

  @Test
  @DisplayName("defaults to the LAAFFIC host, the seed pages' prefixes, UTC+8 and 1 KiB of each body logged when logging is on")
  void defaults() {
    HttpConfig config = valid().build();

    assertThat(config.baseUrl()).isEqualTo("https://api.laaffic.com/");
    assertThat(config.pathPrefix(PlatformEndpoint.CREATE_TASK)).isEqualTo("/v3");
    assertThat(config.pathPrefix(PlatformEndpoint.QUERY_TASKS)).isEqualTo("/v3");
    assertThat(config.pathPrefix(PlatformEndpoint.CANCEL_TASKS)).isEmpty();
    assertThat(config.pathPrefix(PlatformEndpoint.QUERY_RECALL_FLOWS)).isEmpty();
    assertThat(config.pathPrefix(PlatformEndpoint.RECALL_FLOW_DETAIL)).isEmpty();
    assertThat(config.pathPrefix(PlatformEndpoint.UPDATE_RECALL_FLOW)).isEmpty();
    assertThat(config.pathPrefix(PlatformEndpoint.CANCEL_RECALL_FLOW)).isEmpty();
    assertThat(config.platformZone()).isEqualTo(ZoneOffset.ofHours(8));
    assertThat(config.logBodyBytes()).isEqualTo(1024);
    assertThat(config.createReadTimeout()).isGreaterThan(config.readTimeout());
    assertThat(config.requestLog().isEmpty()).isTrue();
    assertThat(config.okHttpClient().isEmpty()).isTrue();
  }

  @Test
  @DisplayName("signs with lowercase hex MD5(key + secret + timestamp): the vendor's worked example")
  void signatureVector() {
    HttpConfig config = HttpConfig.builder().apiKey("bDqJFiq9").apiSecret("7bz1lzh9").build();

    assertThat(config.signature(1_630_468_800L)).isEqualTo("05d7a50893e22a5c4bb3216ae3396c7c");
  }

  @Test
  @DisplayName("names every problem at once, with its field and rule")
  void everyProblemAtOnce() {
    HttpConfig.Builder builder = HttpConfig.builder()
        .baseUrl("ftp://api.laaffic.com")
        .pathPrefix(PlatformEndpoint.QUERY_TASKS, "v3")
        .pathPrefix(PlatformEndpoint.CANCEL_TASKS, "/../admin")
        .readTimeout(Duration.ZERO)
        .callTimeout(Duration.ofSeconds(-1))
        .logBodyBytes(-5)
        .maxResponseBytes(10)
        .platformZone(null)
        .appId(" spaced ");

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations().map(Violation::path)).containsExactly(
            "apiKey", "apiSecret", "appId", "baseUrl", "pathPrefix[QUERY_TASKS]", "pathPrefix[CANCEL_TASKS]",
            "readTimeout", "callTimeout", "platformZone", "logBodyBytes", "maxResponseBytes"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:1234/", "http://[::1]:9000", "http://127.8.9.10"})
  @DisplayName("allows plain http for loopback hosts")
  void httpForLoopback(String url) {
    assertThat(valid().baseUrl(url).build().baseUrl()).startsWith("http://").endsWith("/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.laaffic.com", "http://10.0.0.1", "http://localhost.example.com", "http://0.0.0.0"})
  @DisplayName("refuses plain http for other hosts")
  void noHttpElsewhere(String url) {
    assertThatThrownBy(() -> valid().baseUrl(url).build())
        .hasMessageContaining("baseUrl").hasMessageContaining("https");
  }

  @Test
  @DisplayName("accepts ITNIO, any https base URL with a path, and normalises the trailing slash")
  void anyHttpsHost() {
    assertThat(valid().baseUrl(HttpConfig.ITNIO_BASE_URL).build().baseUrl()).isEqualTo("https://api.itniotech.com/");
    assertThat(valid().baseUrl("https://gateway.example.com/platform").build().baseUrl()).isEqualTo("https://gateway.example.com/platform/");
  }

  @Test
  @DisplayName("refuses base URLs with credentials, queries or fragments, without echoing the password")
  void badBaseUrls() {
    assertThatThrownBy(() -> valid().baseUrl("https://user:hunter2@api.laaffic.com").build())
        .hasMessageContaining("credentials").hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> valid().baseUrl("https://api.laaffic.com/?x=1").build()).hasMessageContaining("query");
  }

  @Test
  @DisplayName("reads the four variables from the environment")
  void fromEnvironment() {
    HttpConfig config = HttpConfig.fromEnvironment(Map.of(
        "VOICE_API_KEY", "bDqJFiq9", "VOICE_API_SECRET", SECRET, "VOICE_APP_ID", "2Xql9RBI", "VOICE_BASE_URL", "https://api.itniotech.com"));

    assertThat(config.apiKey()).isEqualTo("bDqJFiq9");
    assertThat(config.appId().get().value()).isEqualTo("2Xql9RBI");
    assertThat(config.baseUrl()).isEqualTo("https://api.itniotech.com/");
    assertThat(HttpConfig.fromEnvironment(Map.of("VOICE_API_KEY", "k1", "VOICE_API_SECRET", "s1", "VOICE_APP_ID", "a1")).baseUrl())
        .isEqualTo("https://api.laaffic.com/");
  }

  @Test
  @DisplayName("names every missing or invalid environment variable at once and never shows the secret")
  void environmentProblems() {
    assertThatThrownBy(() -> HttpConfig.fromEnvironment(Map.of()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations().map(Violation::path))
            .containsExactly("VOICE_API_KEY", "VOICE_API_SECRET", "VOICE_APP_ID"));
    assertThatThrownBy(() -> HttpConfig.fromEnvironment(Map.of(
        "VOICE_API_KEY", "bDqJFiq9", "VOICE_API_SECRET", "has a space " + SECRET, "VOICE_APP_ID", "2Xql9RBI", "VOICE_BASE_URL", "http://example.com")))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations().map(Violation::path))
            .containsExactly("VOICE_API_SECRET", "VOICE_BASE_URL"))
        .hasMessageNotContaining(SECRET);
  }

  @Test
  @DisplayName("hides the secret when it was pasted into another value: a base URL, a prefix, a mixed-up variable")
  void secretPastedElsewhere() {
    assertThatThrownBy(() -> valid().baseUrl("https://api.laaffic.com/?s=" + SECRET).build())
        .hasMessageContaining("query").hasMessageContaining("?s=<hidden>").hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> valid().pathPrefix(PlatformEndpoint.CREATE_TASK, "/" + SECRET + "?").build())
        .hasMessageContaining("pathPrefix[CREATE_TASK]").hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> HttpConfig.fromEnvironment(Map.of(
        "VOICE_API_KEY", "bDqJFiq9", "VOICE_API_SECRET", SECRET, "VOICE_APP_ID", "2Xql9RBI", "VOICE_BASE_URL", SECRET)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations().map(Violation::path))
            .containsExactly("VOICE_BASE_URL"))
        .hasMessageNotContaining(SECRET);
  }

  @Test
  @DisplayName("never shows the secret or the key in toString")
  void toStringHidesCredentials() {
    HttpConfig config = valid().requestLog(line -> { }).okHttpClient(new OkHttpClient()).build();

    assertThat(config.toString()).doesNotContain(SECRET).doesNotContain("bDqJFiq9").contains("<hidden>").contains("api.laaffic.com");
  }

  @Test
  @DisplayName("redacts the secret from any text")
  void redactsSecret() {
    assertThat(valid().build().redactSecret("echo " + SECRET + "!")).isEqualTo("echo <hidden>!");
  }

  @Test
  @DisplayName("build keeps its own copy of the values: the builder changed afterwards changes no built configuration")
  void buildCopies() {
    HttpConfig.Builder builder = valid().pathPrefixForAll("/v3").logBodyBytes(10);
    HttpConfig built = builder.build();

    builder.pathPrefix(PlatformEndpoint.CANCEL_TASKS, "").logBodyBytes(20).apiSecret("another-secret");

    assertThat(built.pathPrefix(PlatformEndpoint.CANCEL_TASKS)).isEqualTo("/v3");
    assertThat(built.logBodyBytes()).isEqualTo(10);
    assertThat(built.signature(1L)).isEqualTo(valid().build().signature(1L));
    assertThat(builder.build().logBodyBytes()).isEqualTo(20);
  }

  @Test
  @DisplayName("newBuilder copies every value and leaves the original unchanged")
  void newBuilderCopies() {
    HttpConfig original = valid().appId("2Xql9RBI").pathPrefixForAll("/v3").logBodyBytes(77).build();

    HttpConfig changed = original.newBuilder().pathPrefix(PlatformEndpoint.CANCEL_TASKS, "").build();

    assertThat(changed.pathPrefix(PlatformEndpoint.CANCEL_TASKS)).isEmpty();
    assertThat(original.pathPrefix(PlatformEndpoint.CANCEL_TASKS)).isEqualTo("/v3");
    assertThat(changed.signature(1L)).isEqualTo(original.signature(1L));
    assertThat(changed.logBodyBytes()).isEqualTo(77);
    assertThat(changed.appId()).isEqualTo(original.appId());
  }
}
