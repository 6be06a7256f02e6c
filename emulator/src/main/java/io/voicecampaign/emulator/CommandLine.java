package io.voicecampaign.emulator;

import io.voicecampaign.adapter.fake.platform.PlatformOptions;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.emulator.wire.WireTime;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the emulator's settings from command-line flags and environment variables (a flag wins over
 * its variable): {@code --port 8080} or {@code --port=8080}, {@code EMULATOR_PORT=8080}. Every problem
 * is reported at once, each naming the flag.
 */
final class CommandLine {

  /** The flags, their variables and what they set, for the usage text. */
  static final String USAGE = String.join("\n",
      "usage: java -jar emulator/target/voicecampaign-emulator.jar [--flag value ...]",
      "   or: mvn -q -pl emulator -am compile exec:java@emulator [-Dexec.args=\"--flag value ...\"]",
      "  --host H                 address to listen on (EMULATOR_HOST; default 127.0.0.1, loopback only)",
      "  --expose                 allow a non-loopback --host; needs a non-default --api-secret and --admin-token",
      "                           (EMULATOR_EXPOSE=true; default false)",
      "  --port N                 port, 0 for any free one (EMULATOR_PORT; default 8080)",
      "  --api-key K              Api-Key to accept (EMULATOR_API_KEY; default " + EmulatorConfig.DEFAULT_API_KEY + ")",
      "  --api-secret S           API secret clients sign with (EMULATOR_API_SECRET; default " + EmulatorConfig.DEFAULT_API_SECRET + ")",
      "  --app-id A               the application launches may name (EMULATOR_APP_ID; default " + EmulatorConfig.DEFAULT_APP_ID + ")",
      "  --admin-token T          Admin-Token of /admin/* (EMULATOR_ADMIN_TOKEN; default " + EmulatorConfig.DEFAULT_ADMIN_TOKEN + ")",
      "  --time-scale X           platform seconds per wall second, 0 = only /admin/advance moves time",
      "                           (EMULATOR_TIME_SCALE; default 60: one platform minute per second)",
      "  --timestamp-tolerance S  seconds a request's Timestamp may be off this machine's clock before -16",
      "                           (EMULATOR_TIMESTAMP_TOLERANCE; default 300)",
      "  --seed N                 seed of the simulated call outcomes (EMULATOR_SEED; default 42)",
      "  --envelopes M            envelope of every answer: documented (each endpoint as its page), random",
      "                           (any of the four, seeded by --seed), or status-string, status-number,",
      "                           code-number, code-string (EMULATOR_ENVELOPES; default documented)",
      "  --start T                platform clock start, \"yyyy-MM-dd HH:mm:ss\" at UTC+8 (EMULATOR_START; default now)",
      "  --quiet                  no line per request (EMULATOR_QUIET=true)",
      "  --help                   this text");

  private static final Map<String, String> FLAGS = new LinkedHashMap<>();

  static {
    FLAGS.put("host", "EMULATOR_HOST");
    FLAGS.put("expose", "EMULATOR_EXPOSE");
    FLAGS.put("port", "EMULATOR_PORT");
    FLAGS.put("api-key", "EMULATOR_API_KEY");
    FLAGS.put("api-secret", "EMULATOR_API_SECRET");
    FLAGS.put("app-id", "EMULATOR_APP_ID");
    FLAGS.put("admin-token", "EMULATOR_ADMIN_TOKEN");
    FLAGS.put("time-scale", "EMULATOR_TIME_SCALE");
    FLAGS.put("timestamp-tolerance", "EMULATOR_TIMESTAMP_TOLERANCE");
    FLAGS.put("seed", "EMULATOR_SEED");
    FLAGS.put("envelopes", "EMULATOR_ENVELOPES");
    FLAGS.put("start", "EMULATOR_START");
    FLAGS.put("quiet", "EMULATOR_QUIET");
  }

  private CommandLine() {}

  /** What the command line asks for. */
  sealed interface Request {}

  /** Print the usage text. */
  record Help() implements Request {}

  /**
   * Start an emulator.
   *
   * @param config the configuration
   * @param quiet  true when no line per request is wanted
   */
  record Run(EmulatorConfig config, boolean quiet) implements Request {
    Run {
      Objects.requireNonNull(config, "config == null");
    }
  }

  /**
   * What {@code args} and {@code environment} ask for, or every problem.
   *
   * @param requestLog where request lines go unless {@code --quiet}
   */
  static Either<Seq<Violation>, Request> parse(String[] args, Map<String, String> environment, Consumer<String> requestLog) {
    Objects.requireNonNull(args, "args == null");
    Objects.requireNonNull(environment, "environment == null");
    List<Violation> problems = List.empty();
    Map<String, String> given = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        return Either.right(new Help());
      }
      if (!arg.startsWith("--")) {
        problems = problems.append(Violation.of("argument " + (i + 1), arg, "must be a flag such as --port; see --help"));
        continue;
      }
      String name = arg.substring(2);
      String value = null;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      if (!FLAGS.containsKey(name)) {
        problems = problems.append(Violation.of("--" + name, value, "is not a flag of the emulator; see --help"));
        continue;
      }
      if (name.equals("quiet") || name.equals("expose")) {
        given.put(name, value == null ? "true" : value);
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          problems = problems.append(Violation.of("--" + name, null, "needs a value"));
          continue;
        }
        value = args[++i];
      }
      given.put(name, value);
    }
    Map<String, String> values = new LinkedHashMap<>();
    FLAGS.forEach((flag, variable) -> {
      String value = given.containsKey(flag) ? given.get(flag) : environment.get(variable);
      if (value != null) {
        values.put(flag, value);
      }
    });
    boolean quiet = false;
    EmulatorConfig.Builder builder = EmulatorConfig.builder();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String flag = entry.getKey();
      String value = entry.getValue();
      Optional<Violation> problem = apply(builder, flag, value);
      if (problem.isPresent()) {
        problems = problems.append(problem.get());
      }
      if (flag.equals("quiet")) {
        quiet = value.equalsIgnoreCase("true");
      }
    }
    if (!problems.isEmpty()) {
      return Either.left(problems);
    }
    if (!quiet) {
      builder.requestLog(requestLog);
    }
    Validation<Seq<Violation>, EmulatorConfig> config = builder.validate();
    if (config.isInvalid()) {
      return Either.left(config.getError().map(CommandLine::asFlag));
    }
    return Either.right(new Run(config.get(), quiet));
  }

  private static Optional<Violation> apply(EmulatorConfig.Builder builder, String flag, String value) {
    String name = "--" + flag;
    switch (flag) {
      case "host":
        builder.host(value);
        return Optional.empty();
      case "expose":
        builder.expose(value.equalsIgnoreCase("true"));
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? Optional.empty()
            : Optional.of(Violation.of(name, value, "must be true or false"));
      case "port":
        return integer(name, value).map(n -> builder.port((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n))))
            .isPresent() ? Optional.empty() : Optional.of(Violation.of(name, value, "must be a whole number 0-65535"));
      case "api-key":
        builder.apiKey(value);
        return Optional.empty();
      case "api-secret":
        builder.apiSecret(value);
        return Optional.empty();
      case "app-id":
        builder.appId(value);
        return Optional.empty();
      case "admin-token":
        builder.adminToken(value);
        return Optional.empty();
      case "time-scale":
        try {
          builder.timeScale(Double.parseDouble(value));
          return Optional.empty();
        } catch (NumberFormatException e) {
          return Optional.of(Violation.of(name, value, "must be a number of platform seconds per wall second, e.g. 60"));
        }
      case "timestamp-tolerance":
        return integer(name, value).filter(n -> n >= 0).map(n -> builder.timestampTolerance(Duration.ofSeconds(n)))
            .isPresent() ? Optional.empty() : Optional.of(Violation.of(name, value, "must be a whole number of seconds, 0 or more"));
      case "seed":
        return integer(name, value).map(builder::seed)
            .isPresent() ? Optional.empty() : Optional.of(Violation.of(name, value, "must be a whole number"));
      case "envelopes":
        builder.envelopes(value);
        return Optional.empty();
      case "start": {
        Optional<Instant> start = WireTime.parse(value, PlatformOptions.DEFAULT_ZONE);
        start.ifPresent(builder::start);
        return start.isPresent() ? Optional.empty()
            : Optional.of(Violation.of(name, value, "must be a date-time " + WireTime.PATTERN + " (UTC+8)"));
      }
      case "quiet":
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? Optional.empty()
            : Optional.of(Violation.of(name, value, "must be true or false"));
      default:
        return Optional.of(Violation.of(name, value, "is not a flag of the emulator"));
    }
  }

  private static Optional<Long> integer(String name, String value) {
    try {
      return Optional.of(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A configuration problem named by its flag ({@code timeScale} is {@code --time-scale}). */
  private static Violation asFlag(Violation violation) {
    String flag = violation.path().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    return new Violation("--" + flag, violation.value(), violation.rule());
  }
}
