package io.voicecampaign.emulator;

import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the emulator's settings from command-line flags and environment variables (a flag wins over
 * its variable): {@code --port 8080} or {@code --port=8080}, {@code EMULATOR_PORT=8080}. Every problem
 * is reported at once, each naming the flag. {@link Flags} lists the flags and how each is read.
 */
final class CommandLine {

  /** The flags, their variables and what they set, for the usage text. */
  static final String USAGE = Flags.usage();

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

  /** The flags' values as given, before any is read; a flag given twice keeps its last value. */
  private record Given(Map<String, String> values, List<Violation> problems, boolean help) {}

  /**
   * What {@code args} and {@code environment} ask for, or every problem.
   *
   * @param requestLog where request lines go unless {@code --quiet}
   */
  static Either<Seq<Violation>, Request> parse(String[] args, Map<String, String> environment, Consumer<String> requestLog) {
    Objects.requireNonNull(args, "args == null");
    Objects.requireNonNull(environment, "environment == null");
    Given given = split(args);
    if (given.help()) {
      return Either.right(new Help());
    }
    List<Violation> problems = given.problems();
    EmulatorConfig.Builder builder = EmulatorConfig.builder();
    boolean quiet = false;
    for (Flag flag : Flags.ALL) {
      String value = given.values().containsKey(flag.name()) ? given.values().get(flag.name()) : environment.get(flag.variable());
      if (value == null) {
        continue;
      }
      Optional<String> broken = flag.setter().set(builder, value);
      if (broken.isPresent()) {
        problems = problems.append(Violation.of("--" + flag.name(), value, broken.get()));
      }
      if (flag.name().equals(Flags.QUIET)) {
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

  /** The flags in {@code args} with their values, and the arguments that are no flag of the emulator. */
  private static Given split(String[] args) {
    List<Violation> problems = List.empty();
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        return new Given(values, problems, true);
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
      Optional<Flag> flag = Flags.named(name);
      if (flag.isEmpty()) {
        problems = problems.append(Violation.of("--" + name, value, "is not a flag of the emulator; see --help"));
        continue;
      }
      if (flag.get().isSwitch()) {
        values.put(name, value == null ? "true" : value);
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          problems = problems.append(Violation.of("--" + name, null, "needs a value"));
          continue;
        }
        value = args[++i];
      }
      values.put(name, value);
    }
    return new Given(values, problems, false);
  }

  /** A configuration problem named by its flag ({@code timeScale} is {@code --time-scale}). */
  private static Violation asFlag(Violation violation) {
    String flag = violation.path().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    return new Violation("--" + flag, violation.value(), violation.rule());
  }
}
