package io.voicecampaign.adapter.http.support;

import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.vavr.collection.Seq;

/**
 * Builds a domain {@link Page} from the platform's paging keys, any of which may be missing: the page
 * asked for fills in {@code current} and {@code size}, the records fill in {@code total}, and
 * {@code pages} is computed from both.
 */
public final class WirePage {

  private WirePage() {}

  /** The page of {@code records} with the platform's paging values, defaulted from {@code asked}. */
  public static <T> Page<T> of(Seq<T> records, Long total, Integer size, Integer current, Integer pages, PageRequest asked) {
    int pageSize = size != null && size > 0 ? size : asked.size();
    int pageNumber = current != null && current > 0 ? current : asked.current();
    long count = total != null && total >= 0 ? total : (long) (pageNumber - 1) * pageSize + records.size();
    int pageCount = pages != null && pages >= 0 ? pages : (int) Math.min(Integer.MAX_VALUE, (count + pageSize - 1) / pageSize);
    return new Page<>(records, pageNumber, pageSize, count, pageCount);
  }
}
