package io.voicecampaign.domain.shared;

import io.vavr.collection.Seq;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a list as the platform returns it.
 *
 * @param records the records on this page
 * @param current this page's number, from 1
 * @param size    the page size asked for
 * @param total   how many records match in all
 * @param pages   how many pages there are in all
 */
public record Page<T>(Seq<T> records, int current, int size, long total, int pages) {

  public Page {
    Objects.requireNonNull(records, "records == null");
  }

  /** True when a later page holds more records. */
  public boolean hasNext() {
    return current < pages && !records.isEmpty();
  }

  /** The same page with every record mapped. */
  public <U> Page<U> map(Function<? super T, ? extends U> mapper) {
    return new Page<>(records.map(mapper), current, size, total, pages);
  }
}
