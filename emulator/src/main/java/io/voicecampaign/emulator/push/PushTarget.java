package io.voicecampaign.emulator.push;

import io.voicecampaign.domain.shared.Violation;
import io.vavr.control.Either;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where report batches are POSTed: an absolute {@code http} or {@code https} URL without user info.
 * Unless remote targets are allowed it must name this machine: {@code localhost}, an address in
 * {@code 127.0.0.0/8} or {@code ::1}. Host names other than {@code localhost} count as remote without
 * being looked up, so that the check never asks a name server and cannot be fooled by one.
 *
 * @param uri the receiver's URL
 */
public record PushTarget(URI uri) {

  /** The rule a remote target breaks, as violations and admin answers name it. */
  public static final String LOOPBACK_RULE =
      "must name this machine (localhost, 127.0.0.0/8 or ::1); pushing elsewhere needs --allow-remote-push";

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  public PushTarget {
    Objects.requireNonNull(uri, "uri == null");
  }

  /**
   * The target {@code url} names, or the rule it breaks.
   *
   * @param path        the name of the setting, for the violation ({@code pushUrl}, {@code url})
   * @param url         the URL as given
   * @param allowRemote true when a target off this machine is allowed
   */
  public static Either<Violation, PushTarget> parse(String path, String url, boolean allowRemote) {
    Objects.requireNonNull(path, "path == null");
    if (url == null || url.isBlank()) {
      return Either.left(Violation.of(path, url, "is required: the receiver's http:// or https:// URL"));
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Either.left(Violation.of(path, url, "must be a URL (" + e.getReason() + " at index " + e.getIndex() + ")"));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      return Either.left(Violation.of(path, url, "must be an absolute http:// or https:// URL with a host"));
    }
    if (uri.getRawUserInfo() != null) {
      return Either.left(Violation.of(path, url, "must not carry user info: it would be shown in /admin/pushes"));
    }
    if (!allowRemote && !isLoopback(uri.getHost())) {
      return Either.left(Violation.of(path, url, LOOPBACK_RULE));
    }
    return Either.right(new PushTarget(uri));
  }

  /** True for {@code localhost} and for literal addresses of this machine; any other name is remote. */
  static boolean isLoopback(String host) {
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (bare.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (IPV4.matcher(bare).matches()) {
      String[] octets = bare.split("\\.");
      for (String octet : octets) {
        if (Integer.parseInt(octet) > 255) {
          return false;
        }
      }
      return octets[0].equals("127");
    }
    if (!bare.contains(":")) {
      return false;
    }
    try {
      // a text with a colon is read as an IPv6 literal, never looked up
      return InetAddress.getByName(bare).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * The URL as {@code /admin/pushes} and the log show it: a query, which may carry the receiver's
   * token, is shown as {@code ?…}.
   */
  @Override
  public String toString() {
    if (uri.getRawQuery() == null) {
      return uri.toString();
    }
    String whole = uri.toString();
    return whole.substring(0, whole.indexOf('?')) + "?…";
  }
}
