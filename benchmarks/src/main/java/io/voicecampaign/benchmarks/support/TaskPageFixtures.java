package io.voicecampaign.benchmarks.support;

import java.nio.charset.StandardCharsets;

/**
 * The platform's answers to {@code group/call/query} for an account holding {@code pages x size}
 * AI-agent tasks, in the seed page's response shape ({@code code}/{@code msg} envelope, paging keys
 * beside {@code records}), one prebuilt body per page.
 */
public final class TaskPageFixtures {

  private final byte[][] pages;
  private final int size;

  private TaskPageFixtures(byte[][] pages, int size) {
    this.pages = pages;
    this.size = size;
  }

  /** {@code pageCount} pages of {@code size} tasks; task ids count down from the newest. */
  public static TaskPageFixtures of(int pageCount, int size) {
    byte[][] pages = new byte[pageCount][];
    long total = (long) pageCount * size;
    for (int p = 0; p < pageCount; p++) {
      StringBuilder json = new StringBuilder(size * 260 + 200);
      json.append("{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[");
      for (int r = 0; r < size; r++) {
        long n = (long) p * size + r;
        long id = 5_000_000 + total - n;
        if (r > 0) {
          json.append(',');
        }
        json.append("{\"taskId\":").append(id)
            .append(",\"taskName\":\"renewals-").append(id).append('"')
            .append(",\"status\":2,\"rate\":\"100\",\"numCnt\":1000,\"callNum\":1000,\"success\":").append(600 + n % 300)
            .append(",\"fail\":").append(400 - n % 300)
            .append(",\"createdTime\":\"2026-10-").append(String.format("%02d", 1 + (int) (n % 28)))
            .append(" 09:").append(String.format("%02d", (int) (n % 60))).append(":00\"")
            .append(",\"scriptId\":110,\"taskType\":2}");
      }
      json.append("],\"total\":").append(total)
          .append(",\"size\":").append(size)
          .append(",\"current\":").append(p + 1)
          .append(",\"searchCount\":true,\"pages\":").append(pageCount)
          .append("}}");
      pages[p] = json.toString().getBytes(StandardCharsets.UTF_8);
    }
    return new TaskPageFixtures(pages, size);
  }

  /** The body answering page {@code current} (from 1); an empty page past the last. */
  public byte[] page(int current) {
    if (current >= 1 && current <= pages.length) {
      return pages[current - 1];
    }
    return ("{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[],\"total\":" + (long) pages.length * size
        + ",\"size\":" + size + ",\"current\":" + current + ",\"pages\":" + pages.length + "}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** How many pages hold tasks. */
  public int pageCount() {
    return pages.length;
  }

  /** Tasks per page. */
  public int size() {
    return size;
  }

  /** Every task in all pages. */
  public int taskCount() {
    return pages.length * size;
  }
}
