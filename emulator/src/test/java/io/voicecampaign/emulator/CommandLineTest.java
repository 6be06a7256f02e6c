package io.voicecampaign.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The emulator's command line")
class CommandLineTest {

  private final List<String> log = new ArrayList<>();

  private Either<Seq<Violation>, CommandLine.Request> parse(Map<String, String> env, String... args) {
    return CommandLine.parse(args, env, log::add);
  }

  @Test
  @DisplayName("without flags or variables runs with the defaults and logs requests")
  void defaults() {
    CommandLine.Run run = (CommandLine.Run) parse(Map.of()).get();

    assertThat(run.config().port()).isEqualTo(8080);
    assertThat(run.config().host()).isEqualTo("127.0.0.1");
    assertThat(run.config().apiKey()).isEqualTo(EmulatorConfig.DEFAULT_API_KEY);
    assertThat(run.config().timeScale()).isEqualTo(1);
    assertThat(run.config().timestampTolerance()).isEqualTo(Duration.ofSeconds(300));
    assertThat(run.config().requestLog()).isNotEmpty();
    assertThat(run.quiet()).isFalse();
  }

  @Test
  @DisplayName("reads flags in both forms and variables, a flag winning over its variable")
  void flagsAndVariables() {
    Map<String, String> env = Map.of("EMULATOR_PORT", "9000", "EMULATOR_API_SECRET", "fromEnv", "EMULATOR_TIME_SCALE", "60");

    CommandLine.Run run = (CommandLine.Run) parse(env, "--port=9100", "--api-key", "k1", "--app-id", "App1",
        "--admin-token", "t0k", "--timestamp-tolerance", "60", "--seed", "-3", "--start", "2025-03-03 09:00:00", "--quiet").get();

    assertThat(run.config().port()).isEqualTo(9100);
    assertThat(run.config().apiKey()).isEqualTo("k1");
    assertThat(run.config().apiSecret()).isEqualTo("fromEnv");
    assertThat(run.config().appId().value()).isEqualTo("App1");
    assertThat(run.config().adminToken()).isEqualTo("t0k");
    assertThat(run.config().timeScale()).isEqualTo(60);
    assertThat(run.config().timestampTolerance()).isEqualTo(Duration.ofSeconds(60));
    assertThat(run.config().seed()).isEqualTo(-3);
    assertThat(run.config().start()).contains(Instant.parse("2025-03-03T01:00:00Z"));
    assertThat(run.config().requestLog()).isEmpty();
  }

  @Test
  @DisplayName("names every problem by its flag at once; secrets are not echoed")
  void namesEveryProblem() {
    Seq<Violation> problems = parse(Map.of("EMULATOR_TIME_SCALE", "-1"), "--port", "99999", "--seed", "x", "--start",
        "tomorrow", "--colour", "red", "stray", "--api-secret", "has space", "--timestamp-tolerance").getLeft();

    assertThat(problems.map(Violation::path)).contains("--seed", "--start", "--colour", "argument 9", "--timestamp-tolerance");
    Seq<Violation> configProblems = parse(Map.of("EMULATOR_TIME_SCALE", "-1"), "--port", "99999", "--api-secret", "has space")
        .getLeft();
    assertThat(configProblems.map(Violation::path)).containsExactlyInAnyOrder("--port", "--api-secret", "--time-scale");
    assertThat(configProblems.mkString()).doesNotContain("has space");
  }

  @Test
  @DisplayName("--help asks for the usage text, which names every flag")
  void help() {
    assertThat(parse(Map.of(), "--port", "1", "--help").get()).isInstanceOf(CommandLine.Help.class);
    assertThat(CommandLine.USAGE).contains("--host", "--port", "--api-key", "--api-secret", "--app-id", "--admin-token",
        "--time-scale", "--timestamp-tolerance", "--seed", "--start", "--quiet", "--push-url", "--allow-remote-push",
        "--push-timeout");
    for (Flag flag : Flags.ALL) {
      assertThat(CommandLine.USAGE).as(flag.name()).contains("--" + flag.name()).contains(flag.variable());
    }
  }

  @Test
  @DisplayName("reads the push target and timeout from flags or variables")
  void pushes() {
    CommandLine.Run run = (CommandLine.Run) parse(Map.of("EMULATOR_PUSH_TIMEOUT", "2500"),
        "--push-url", "http://127.0.0.1:9000/reports").get();

    assertThat(run.config().pushTarget().map(Object::toString)).contains("http://127.0.0.1:9000/reports");
    assertThat(run.config().pushTimeout()).isEqualTo(Duration.ofMillis(2500));
    assertThat(run.config().allowRemotePush()).isFalse();
    assertThat(((CommandLine.Run) parse(Map.of()).get()).config().pushTarget()).isEmpty();
    assertThat(((CommandLine.Run) parse(Map.of()).get()).config().pushTimeout()).isEqualTo(EmulatorConfig.DEFAULT_PUSH_TIMEOUT);
  }

  @Test
  @DisplayName("refuses a push target off this machine, naming the flag, the value and the rule, unless --allow-remote-push")
  void remotePushTarget() {
    Seq<Violation> refused = parse(Map.of("EMULATOR_PUSH_URL", "http://10.1.2.3/reports")).getLeft();

    assertThat(refused).containsExactly(new Violation("--push-url", "http://10.1.2.3/reports",
        "must name this machine (localhost, 127.0.0.0/8 or ::1); pushing elsewhere needs --allow-remote-push"));
    CommandLine.Run allowed = (CommandLine.Run) parse(Map.of("EMULATOR_PUSH_URL", "http://10.1.2.3/reports"),
        "--allow-remote-push").get();
    assertThat(allowed.config().allowRemotePush()).isTrue();
    assertThat(parse(Map.of(), "--push-timeout", "0").getLeft().map(Violation::path)).containsExactly("--push-timeout");
    assertThat(parse(Map.of(), "--push-timeout", "soon").getLeft().map(Violation::path)).containsExactly("--push-timeout");
    assertThat(parse(Map.of(), "--push-url", "ftp://127.0.0.1/").getLeft().map(Violation::path)).containsExactly("--push-url");
    assertThat(parse(Map.of(), "--allow-remote-push=maybe").getLeft().map(Violation::path)).containsExactly("--allow-remote-push");
  }

  @Test
  @DisplayName("a non-loopback host needs --expose and credentials other than the published defaults")
  void nonLoopbackBind() {
    Either<Seq<Violation>, CommandLine.Request> refused = CommandLine.parse(new String[] {"--host", "0.0.0.0"}, Map.of(), line -> {});
    assertThat(refused.getLeft().map(Violation::path)).containsExactly("--host", "--api-secret", "--admin-token");
    assertThat(refused.getLeft().mkString()).doesNotContain(EmulatorConfig.DEFAULT_API_SECRET).doesNotContain(EmulatorConfig.DEFAULT_ADMIN_TOKEN);

    Either<Seq<Violation>, CommandLine.Request> defaults = CommandLine.parse(
        new String[] {"--host", "0.0.0.0", "--expose"}, Map.of(), line -> {});
    assertThat(defaults.getLeft().map(Violation::path)).containsExactly("--api-secret", "--admin-token");

    Either<Seq<Violation>, CommandLine.Request> exposed = CommandLine.parse(
        new String[] {"--host", "0.0.0.0", "--expose", "--api-secret", "s3cret-x", "--admin-token", "t0ken-y"}, Map.of(), line -> {});
    EmulatorConfig config = ((CommandLine.Run) exposed.get()).config();
    assertThat(config.exposed()).isTrue();
    assertThat(EmulatorConfig.defaults().exposed()).isFalse();
    assertThat(CommandLine.parse(new String[] {"--host", "localhost"}, Map.of(), line -> {}).isRight()).isTrue();
  }
}
