package io.voicecampaign.emulator;

import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.campaign.Callee;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The body of a documented-maximum create, produced as it is read: 200,000 callees with ten texts of
 * 30 characters each (about 90 MB), never held whole. The texts are drawn from {@code vocabulary}
 * distinct values per position, or all distinct when {@code vocabulary} is 0.
 */
public final class MaxCreateBody extends InputStream {

  private final String taskName;
  private final int vocabulary;
  private byte[] chunk;
  private int pos;
  private int callee = -1;

  /** A body naming the task {@code taskName}. */
  public MaxCreateBody(String taskName, int vocabulary) {
    this.taskName = taskName;
    this.vocabulary = vocabulary;
    this.chunk = ("{\"appId\":\"Jgd8oFei\",\"taskName\":\"" + taskName + "\",\"agentId\":41,\"numberInfoList\":[")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    while (pos == chunk.length) {
      if (!next()) {
        return -1;
      }
    }
    int n = Math.min(length, chunk.length - pos);
    System.arraycopy(chunk, pos, buffer, offset, n);
    pos += n;
    return n;
  }

  /** Moves to the next callee's bytes, or the closing brackets; false after them. */
  private boolean next() {
    callee++;
    pos = 0;
    if (callee > AgentCampaign.MAX_CALLEES) {
      return false;
    }
    if (callee == AgentCampaign.MAX_CALLEES) {
      chunk = "]}".getBytes(StandardCharsets.UTF_8);
      return true;
    }
    StringBuilder json = new StringBuilder(420);
    json.append(callee == 0 ? "" : ",").append("{\"calleeNumber\":\"").append(463_200_000_000L + callee).append('"');
    for (int text = 1; text <= Callee.MAX_TEXTS; text++) {
      long value = vocabulary == 0 ? (long) callee * Callee.MAX_TEXTS + text : (callee * 31L + text) % vocabulary;
      String word = "text" + text + " value " + value + " ";
      json.append(",\"text").append(text).append("\":\"")
          .append((word + "x".repeat(Callee.MAX_TEXT_CHARACTERS)), 0, Callee.MAX_TEXT_CHARACTERS).append('"');
    }
    chunk = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    return true;
  }
}
