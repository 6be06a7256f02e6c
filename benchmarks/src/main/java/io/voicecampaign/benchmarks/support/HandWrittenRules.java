package io.voicecampaign.benchmarks.support;

import io.voicecampaign.benchmarks.support.CalleeFixtures.RawCallees;
import io.voicecampaign.domain.campaign.AgentCampaign;
import java.util.HashSet;

/**
 * The SDK's callee rules written by hand, as a careful user would without the SDK: 6-18 ASCII digits,
 * texts of at most 30 UTF-16 units without control characters or lone surrogates, distinct numbers
 * through a {@link HashSet}, 1-200,000 callees, and one immutable record per callee.
 */
public final class HandWrittenRules {

  private HandWrittenRules() {}

  /**
   * The records for {@code input}, or none when a rule is broken. Every callee is checked before the
   * campaign's size, as the SDK reports every broken rule at once.
   */
  public static HandCallee[] validated(RawCallees input) {
    int count = input.size();
    HandCallee[] out = new HandCallee[count];
    HashSet<String> seen = new HashSet<>((int) (count / 0.75f) + 1);
    for (int i = 0; i < count; i++) {
      String number = input.number(i);
      String text1 = input.text1(i);
      String text2 = input.text2(i);
      if (!digits(number) || !fits(text1) || !fits(text2) || !seen.add(number)) {
        return new HandCallee[0];
      }
      out[i] = new HandCallee(number, text1, text2);
    }
    return count <= AgentCampaign.MAX_CALLEES ? out : new HandCallee[0];
  }

  private static boolean digits(String s) {
    int n = s.length();
    if (n < 6 || n > 18) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean fits(String text) {
    int n = text.length();
    if (n > 30) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
        return false;
      }
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c) || i + 1 == n || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  /**
   * A callee as hand-written code would hold it.
   *
   * @param number the number
   * @param text1  the first text
   * @param text2  the second text
   */
  public record HandCallee(String number, String text1, String text2) {}
}
