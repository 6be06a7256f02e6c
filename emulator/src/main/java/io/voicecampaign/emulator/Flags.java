package io.voicecampaign.emulator;

import io.voicecampaign.adapter.fake.platform.PlatformOptions;
import io.voicecampaign.emulator.wire.WireTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * Every flag of the emulator's command line, in the order the usage text lists them, each with the
 * way its text becomes a setting. The configuration's own rules ({@link ConfigChecks}) judge the
 * values once they are read.
 */
final class Flags {

  /** The flag whose value is the command line's own: no line per request. */
  static final String QUIET = "quiet";

  static final List<Flag> ALL = List.of(
      text("host", "H", "address to listen on (EMULATOR_HOST; default 127.0.0.1, loopback only)",
          EmulatorConfig.Builder::host),
      toggle("expose", "allow a non-loopback --host; needs a non-default --api-secret and --admin-token\n"
          + "(EMULATOR_EXPOSE=true; default false)", EmulatorConfig.Builder::expose),
      whole("port", "N", "port, 0 for any free one (EMULATOR_PORT; default 8080)", n -> true,
          "must be a whole number 0-65535",
          (b, n) -> b.port((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n)))),
      text("api-key", "K", "Api-Key to accept (EMULATOR_API_KEY; default " + EmulatorConfig.DEFAULT_API_KEY + ")",
          EmulatorConfig.Builder::apiKey),
      text("api-secret", "S", "API secret clients sign with (EMULATOR_API_SECRET; default "
          + EmulatorConfig.DEFAULT_API_SECRET + ")", EmulatorConfig.Builder::apiSecret),
      text("app-id", "A", "the application launches may name (EMULATOR_APP_ID; default " + EmulatorConfig.DEFAULT_APP_ID + ")",
          EmulatorConfig.Builder::appId),
      text("admin-token", "T", "Admin-Token of /admin/* (EMULATOR_ADMIN_TOKEN; default " + EmulatorConfig.DEFAULT_ADMIN_TOKEN + ")",
          EmulatorConfig.Builder::adminToken),
      new Flag("time-scale", "EMULATOR_TIME_SCALE", "X", "platform seconds per wall second, 0 = only /admin/advance moves time\n"
          + "(EMULATOR_TIME_SCALE; default 1: real time)", Flags::timeScale),
      whole("timestamp-tolerance", "S", "seconds a request's Timestamp may be off this machine's clock before -16\n"
          + "(EMULATOR_TIMESTAMP_TOLERANCE; default 300)", n -> n >= 0, "must be a whole number of seconds, 0 or more",
          (b, n) -> b.timestampTolerance(Duration.ofSeconds(n))),
      whole("seed", "N", "seed of the simulated call outcomes (EMULATOR_SEED; default 42)", n -> true,
          "must be a whole number", EmulatorConfig.Builder::seed),
      text("envelopes", "M", "envelope of every answer: documented (each endpoint as its page), random\n"
          + "(any of the four, seeded by --seed), or status-string, status-number,\n"
          + "code-number, code-string (EMULATOR_ENVELOPES; default documented)", EmulatorConfig.Builder::envelopes),
      new Flag("start", "EMULATOR_START", "T", "platform clock start, \"yyyy-MM-dd HH:mm:ss\" at UTC+8 (EMULATOR_START; default now)",
          Flags::start),
      text("push-url", "U", "where report batches are POSTed, on this machine unless --allow-remote-push\n"
          + "(EMULATOR_PUSH_URL; default none: POST /admin/push sets it)", EmulatorConfig.Builder::pushUrl),
      toggle("allow-remote-push", "allow a --push-url or /admin/push target off this machine\n"
          + "(EMULATOR_ALLOW_REMOTE_PUSH=true; default false)", EmulatorConfig.Builder::allowRemotePush),
      whole("push-timeout", "MS", "milliseconds one push attempt may take before it counts as failed\n"
          + "(EMULATOR_PUSH_TIMEOUT; default 10000)", n -> n >= 0, "must be a whole number of milliseconds, 1-600000",
          (b, n) -> b.pushTimeout(Duration.ofMillis(n))),
      toggle(QUIET, "no line per request (EMULATOR_QUIET=true)", (b, quiet) -> { }));

  private Flags() {}

  /** The flag called {@code name} (without dashes). */
  static Optional<Flag> named(String name) {
    return ALL.stream().filter(flag -> flag.name().equals(name)).findFirst();
  }

  /** The usage text: how to start the emulator and every flag. */
  static String usage() {
    return "usage: java -jar emulator/target/voicecampaign-emulator.jar [--flag value ...]\n"
        + "   or: mvn -q -pl emulator -am compile exec:java@emulator [-Dexec.args=\"--flag value ...\"]\n"
        + ALL.stream().map(Flag::usageLines).collect(Collectors.joining("\n"))
        + "\n  --help                   this text";
  }

  private static String variable(String name) {
    return "EMULATOR_" + name.replace('-', '_').toUpperCase(java.util.Locale.ROOT);
  }

  private static Flag text(String name, String operand, String usage, BiConsumer<EmulatorConfig.Builder, String> set) {
    return new Flag(name, variable(name), operand, usage, (builder, value) -> {
      set.accept(builder, value);
      return Optional.empty();
    });
  }

  private static Flag toggle(String name, String usage, BiConsumer<EmulatorConfig.Builder, Boolean> set) {
    return new Flag(name, variable(name), "", usage, (builder, value) -> {
      if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
        return Optional.of("must be true or false");
      }
      set.accept(builder, value.equalsIgnoreCase("true"));
      return Optional.empty();
    });
  }

  private static Flag whole(String name, String operand, String usage, LongPredicate accepted, String rule,
      BiConsumer<EmulatorConfig.Builder, Long> set) {
    return new Flag(name, variable(name), operand, usage, (builder, value) -> {
      try {
        long number = Long.parseLong(value.strip());
        if (accepted.test(number)) {
          set.accept(builder, number);
          return Optional.empty();
        }
      } catch (NumberFormatException e) {
        // refused below, naming the rule
      }
      return Optional.of(rule);
    });
  }

  private static Optional<String> timeScale(EmulatorConfig.Builder builder, String value) {
    try {
      builder.timeScale(Double.parseDouble(value));
      return Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.of("must be a number of platform seconds per wall second, e.g. 60");
    }
  }

  private static Optional<String> start(EmulatorConfig.Builder builder, String value) {
    Optional<Instant> start = WireTime.parse(value, PlatformOptions.DEFAULT_ZONE);
    start.ifPresent(builder::start);
    return start.isPresent() ? Optional.empty() : Optional.of("must be a date-time " + WireTime.PATTERN + " (UTC+8)");
  }
}
