package io.voicecampaign.adapter.http.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The platform's request signature: lowercase hex MD5 of API key, API secret and timestamp, concatenated. */
final class Signature {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Signature() {}

  static String sign(String apiKey, String apiSecret, String timestamp) {
    MessageDigest md5;
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must provide MD5 (java.security.MessageDigest's javadoc)
      throw new IllegalStateException("MD5 is not available", e);
    }
    byte[] digest = md5.digest((apiKey + apiSecret + timestamp).getBytes(StandardCharsets.UTF_8));
    char[] hex = new char[digest.length * 2];
    for (int i = 0; i < digest.length; i++) {
      hex[2 * i] = HEX[(digest[i] >> 4) & 0xF];
      hex[2 * i + 1] = HEX[digest[i] & 0xF];
    }
    return new String(hex);
  }
}
