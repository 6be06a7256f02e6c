package io.voicecampaign.emulator;

import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.emulator.wire.WireTime;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The README's command: {@code mvn -q -pl emulator -am compile exec:java@emulator}. Starts an emulator as the
 * flags and {@code EMULATOR_*} variables say, prints its address and the credentials to use, logs one
 * line per request, and runs until Ctrl-C, when a shutdown hook stops it cleanly.
 *
 * <p>Exit codes: 2 for bad flags (each problem printed), 1 when the address cannot be bound.
 */
public final class EmulatorMain {

  private EmulatorMain() {}

  /** Starts the emulator and serves until the process is interrupted. */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = System.out;
    Either<Seq<Violation>, CommandLine.Request> request = CommandLine.parse(args, System.getenv(), out::println);
    if (request.isLeft()) {
      request.getLeft().forEach(problem -> System.err.println("emulator: " + problem));
      System.err.println(CommandLine.USAGE);
      System.exit(2);
    }
    if (request.get() instanceof CommandLine.Help) {
      out.println(CommandLine.USAGE);
      return;
    }
    EmulatorConfig config = ((CommandLine.Run) request.get()).config();
    Emulator emulator;
    try {
      emulator = Emulator.start(config);
    } catch (IOException e) {
      System.err.println("emulator: cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      emulator.stop(Duration.ofSeconds(2));
      out.println("emulator stopped");
      stopped.countDown();
    }, "emulator-shutdown"));
    out.println(banner(emulator));
    stopped.await();
  }

  /** What the emulator prints when it starts: where it listens, the credentials, how to use it. */
  static String banner(Emulator emulator) {
    EmulatorConfig config = emulator.config();
    String base = emulator.baseUrl().toString();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("VOICE_BASE_URL", base);
    env.put("VOICE_API_KEY", config.apiKey());
    env.put("VOICE_API_SECRET", config.apiSecret());
    env.put("VOICE_APP_ID", config.appId().value());
    StringBuilder exports = new StringBuilder();
    env.forEach((name, value) -> exports.append(name).append('=').append(value).append(' '));
    String scale = config.timeScale() == 0
        ? "it moves only through POST /admin/advance"
        : "it runs " + trim(config.timeScale()) + " platform seconds per wall second";
    return String.join("\n",
        "voicecampaign platform emulator listening on " + base,
        config.exposed()
            ? "  EXPOSED      " + config.host() + " is reachable from the network: the platform and admin endpoints answer anyone holding the credentials"
            : "  loopback     reachable from this machine only",
        "  health       GET " + base + "/health (no credentials)",
        "  endpoints    POST " + base + "/v3/voice/group/call/send/agent, .../group/call/query, /voice/group/call/cancel,",
        "               /voice/recallFlow/queryPage, queryDetail, update, cancel (with or without /v3)",
        "  Api-Key      " + config.apiKey(),
        "  API secret   " + config.apiSecret() + "   (Sign = lowercase hex MD5 of Api-Key + secret + Timestamp)",
        "  appId        " + config.appId().value(),
        "  Timestamp    epoch seconds, within " + config.timestampTolerance().toSeconds() + " s of this machine's clock",
        "  platform     clock at " + WireTime.format(emulator.now(), config.platformOptions().zone()) + " (UTC+8); " + scale,
        "  admin        header Admin-Token: " + config.adminToken()
            + "  on GET /admin/state|pushes, POST /admin/advance|limit|listing|fault|reset|push, DELETE /admin/fault|push",
        "  pushes       " + emulator.pushes().target().map(target -> "report batches POSTed to " + target)
            .getOrElse("none until POST /admin/push {\"url\": \"http://127.0.0.1:<port>/<path>\"}"),
        "",
        "Run the tour over HTTP against it:",
        "  " + exports + "VOICE_AGENT_ID=41 VOICE_CALLEES=463200000001,463200000002 mvn -q -pl examples -am compile exec:java",
        "Ctrl-C stops the emulator.");
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
