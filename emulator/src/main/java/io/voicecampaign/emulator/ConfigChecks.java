package io.voicecampaign.emulator;

import io.voicecampaign.domain.shared.AppId;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.emulator.push.PushTarget;
import io.voicecampaign.emulator.wire.Envelopes;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The rules an {@link EmulatorConfig} obeys, one small function per concern, each problem named by the
 * builder's setting; secrets are shown as {@value #HIDDEN}.
 */
final class ConfigChecks {

  /** What a secret is shown as. */
  static final String HIDDEN = "<hidden>";
  /** The longest a push attempt may be given. */
  static final Duration MAX_PUSH_TIMEOUT = Duration.ofMinutes(10);

  private static final Pattern HEADER_SAFE = Pattern.compile("[\\x21-\\x7E]+");

  private ConfigChecks() {}

  /** Every rule {@code b}'s values break, in the order of the settings. */
  static Seq<Violation> problems(EmulatorConfig.Builder b) {
    return listening(b)
        .appendAll(credential("apiKey", b.apiKey, false))
        .appendAll(credential("apiSecret", b.apiSecret, true))
        .appendAll(credential("adminToken", b.adminToken, true))
        .appendAll(application(b))
        .appendAll(clocks(b))
        .appendAll(platform(b))
        .appendAll(pushes(b));
  }

  /** The address and port: loopback unless exposed, and then never with the published credentials. */
  private static List<Violation> listening(EmulatorConfig.Builder b) {
    List<Violation> problems = List.empty();
    if (b.host == null || b.host.isBlank()) {
      problems = problems.append(Violation.of("host", b.host, "is required: an address to listen on"));
    } else if (!isLoopback(b.host)) {
      if (!b.expose) {
        problems = problems.append(Violation.of("host", b.host,
            "is not a loopback address; listening where others can reach the emulator needs --expose"));
      }
      if (EmulatorConfig.DEFAULT_API_SECRET.equals(b.apiSecret)) {
        problems = problems.append(Violation.of("apiSecret", HIDDEN,
            "must not be the published default when listening on a non-loopback address"));
      }
      if (EmulatorConfig.DEFAULT_ADMIN_TOKEN.equals(b.adminToken)) {
        problems = problems.append(Violation.of("adminToken", HIDDEN,
            "must not be the published default when listening on a non-loopback address"));
      }
    }
    if (b.port < 0 || b.port > 65_535) {
      problems = problems.append(Violation.of("port", b.port, "must be 0-65535 (0 picks a free port)"));
    }
    if (b.threads < 1 || b.threads > 256) {
      problems = problems.append(Violation.of("threads", b.threads, "must be 1-256"));
    }
    return problems;
  }

  private static List<Violation> credential(String path, String value, boolean secret) {
    if (value == null) {
      return List.of(Violation.of(path, null, "is required"));
    }
    if (!HEADER_SAFE.matcher(value).matches()) {
      return List.of(Violation.of(path, secret ? HIDDEN : value, "must be printable ASCII without spaces (it travels in a header)"));
    }
    return List.empty();
  }

  private static List<Violation> application(EmulatorConfig.Builder b) {
    return AppId.validate("appId", b.appId).fold(List::of, valid -> List.empty());
  }

  /** The platform clock's pace and the timestamp window of the wall clock. */
  private static List<Violation> clocks(EmulatorConfig.Builder b) {
    List<Violation> problems = List.empty();
    if (!(b.timeScale >= 0 && b.timeScale <= EmulatorConfig.MAX_TIME_SCALE)) {
      problems = problems.append(Violation.of("timeScale", b.timeScale, "must be 0-" + (long) EmulatorConfig.MAX_TIME_SCALE
          + " platform seconds per wall second (0: only the admin endpoint moves time)"));
    }
    if (b.timestampTolerance == null || b.timestampTolerance.isNegative()) {
      problems = problems.append(Violation.of("timestampTolerance", b.timestampTolerance, "must be zero or positive"));
    }
    if (b.wallClock == null) {
      problems = problems.append(Violation.of("wallClock", null, "is required"));
    }
    return problems;
  }

  private static List<Violation> platform(EmulatorConfig.Builder b) {
    List<Violation> problems = List.empty();
    if (b.envelopes == null || Envelopes.named(b.envelopes, b.seed).isEmpty()) {
      problems = problems.append(Violation.of("envelopes", b.envelopes, "must be one of " + Envelopes.NAMES));
    }
    if (b.platformOptions == null) {
      problems = problems.append(Violation.of("platformOptions", null, "is required"));
    }
    return problems;
  }

  /** The push target, when one is given, and the time one attempt may take. */
  private static List<Violation> pushes(EmulatorConfig.Builder b) {
    List<Violation> problems = List.empty();
    if (b.pushUrl != null) {
      problems = PushTarget.parse("pushUrl", b.pushUrl, b.allowRemotePush).fold(problems::append, valid -> List.empty());
    }
    if (b.pushTimeout == null || b.pushTimeout.compareTo(Duration.ofMillis(1)) < 0 || b.pushTimeout.compareTo(MAX_PUSH_TIMEOUT) > 0) {
      problems = problems.append(Violation.of("pushTimeout", b.pushTimeout, "must be 1 ms to 10 minutes"));
    }
    return problems;
  }

  /** True when {@code host} names only this machine; a name that does not resolve counts as not loopback. */
  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
