package io.voicecampaign.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Starts {@code target/voicecampaign-emulator.jar}, as a user of any language would, in a JVM of its own. */
@DisplayName("The runnable jar")
class RunnableJarIT {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  @DisplayName("starts with java -jar and answers GET /health without credentials")
  void startsAndAnswersHealth() throws Exception {
    long started = System.nanoTime();
    Process emulator = start("-Xmx64m");
    try {
      URI base = baseUrl(emulator);
      HttpResponse<String> health = get(base, "/health");
      long millis = (System.nanoTime() - started) / 1_000_000;
      System.out.println("runnable jar: banner and /health after " + millis + " ms");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
      assertThat(millis).isLessThan(10_000);
    } finally {
      emulator.destroy();
      emulator.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  @DisplayName("under -Xmx256m, three documented-maximum creates at once leave a server that still answers")
  void survivesMaximumCreatesInASmallHeap() throws Exception {
    byte[] body = maximumCreate();
    Process emulator = start("-Xmx256m");
    try {
      URI base = baseUrl(emulator);
      long now = System.currentTimeMillis() / 1000;
      List<CompletableFuture<String>> creates = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        HttpRequest create = HttpRequest.newBuilder(base.resolve("/v3/voice/group/call/send/agent"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Api-Key", EmulatorConfig.DEFAULT_API_KEY)
            .header("Timestamp", Long.toString(now))
            .header("Sign", WireClient.sign(EmulatorConfig.DEFAULT_API_KEY, EmulatorConfig.DEFAULT_API_SECRET, now))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
        creates.add(HTTP.sendAsync(create, HttpResponse.BodyHandlers.ofString())
            .thenApply(answer -> answer.statusCode() + " " + answer.body())
            .exceptionally(failure -> "failed: " + failure));
      }
      for (CompletableFuture<String> create : creates) {
        String answer = create.get(90, TimeUnit.SECONDS);
        System.out.println("maximum create under -Xmx256m: " + answer.substring(0, Math.min(160, answer.length())));
      }
      assertThat(emulator.isAlive()).isTrue();
      assertThat(get(base, "/health").statusCode()).isEqualTo(200);
    } finally {
      emulator.destroy();
      emulator.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** The seed page's create body with the documented maximum: 200,000 callees, each with ten 30-character texts. */
  private static byte[] maximumCreate() {
    String seed = EmulatorFixtures.SEED_CREATE_BODY;
    String callee = "\"numberInfoList\": [\n{\n\"calleeNumber\": \"463200000007\"\n}\n]";
    int at = seed.indexOf(callee);
    StringBuilder body = new StringBuilder(90_000_000).append(seed, 0, at).append("\"numberInfoList\":[");
    String text = "t".repeat(30);
    for (int i = 0; i < 200_000; i++) {
      body.append(i == 0 ? "" : ",").append("{\"calleeNumber\":\"4632").append(String.format("%08d", i)).append('"');
      for (int t = 1; t <= 10; t++) {
        body.append(",\"text").append(t).append("\":\"").append(text).append('"');
      }
      body.append('}');
    }
    body.append(']').append(seed, at + callee.length(), seed.length());
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Process start(String heap) throws IOException {
    Path jar = Path.of(System.getProperty("emulator.jar", "target/voicecampaign-emulator.jar"));
    assertThat(Files.isRegularFile(jar)).as("the runnable jar %s", jar).isTrue();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), heap, "-jar", jar.toString(), "--port", "0", "--quiet", "--time-scale", "0")
        .redirectErrorStream(true)
        .start();
  }

  private static URI baseUrl(Process emulator) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher listening = LISTENING.matcher(line);
      if (listening.find()) {
        Thread drain = new Thread(() -> out.lines().forEach(ignored -> {}));
        drain.setDaemon(true);
        drain.start();
        return URI.create(listening.group(1));
      }
    }
    throw new AssertionError("the emulator ended without its banner");
  }

  private static HttpResponse<String> get(URI base, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
