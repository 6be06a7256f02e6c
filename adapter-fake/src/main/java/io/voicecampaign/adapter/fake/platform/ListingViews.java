package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;

/** How the platform's lists show what it holds: the two views of a flow, pages, searches, times to the second. */
final class ListingViews {

  private ListingViews() {}

  /** The flow as the list reports it: parent task and creation time, no nodes. */
  static RecallFlow listed(RecallFlow flow) {
    return new RecallFlow(flow.id(), flow.parentTask(), flow.parentTaskName(), flow.createdTime(), flow.type(),
        flow.intervalMinutes(), flow.attempts(), flow.finishedAttempts(), flow.status(), List.empty());
  }

  /** The flow as the detail reports it: nodes, but no parent task, name or creation time. */
  static RecallFlow detailed(RecallFlow flow) {
    return new RecallFlow(flow.id(), Option.none(), Option.none(), Option.none(), flow.type(), flow.intervalMinutes(),
        flow.attempts(), flow.finishedAttempts(), flow.status(), flow.nodes());
  }

  /** The page {@code page} of {@code total} matches, holding {@code records}. */
  static <T> Page<T> page(java.util.List<T> records, PageRequest page, long total) {
    int pages = (int) ((total + page.size() - 1) / page.size());
    return new Page<>(List.ofAll(records), page.current(), page.size(), total, pages);
  }

  /** The search text in lower case, or null when there is nothing to search for. */
  static String searchText(Option<String> text) {
    return text.isEmpty() || text.get().isBlank() ? null : text.get().strip().toLowerCase(Locale.ROOT);
  }

  /** {@code text} as an id, or -1 when it is not a number. */
  static long parseId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notAnId) {
      return -1;
    }
  }

  /** {@code millis} cut to the whole second, as the wire carries times. */
  static long truncateToSeconds(long millis) {
    return Math.floorDiv(millis, 1000L) * 1000L;
  }
}
