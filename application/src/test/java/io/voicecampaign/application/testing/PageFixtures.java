package io.voicecampaign.application.testing;

import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.vavr.collection.Seq;

/** Pages cut from a whole list the way the platform pages it. */
public final class PageFixtures {

  private PageFixtures() {}

  /**
   * The page {@code request} asks for: its records (none past the last page), the page size asked
   * for, the total and the page count ({@code ceil(total / size)}, 0 for an empty list).
   */
  public static <T> Page<T> slice(Seq<T> all, PageRequest request) {
    int size = request.size();
    int pages = (all.size() + size - 1) / size;
    long from = (long) (request.current() - 1) * size;
    Seq<T> records = from >= all.size() ? all.take(0) : all.drop((int) from).take(size);
    return new Page<>(records, request.current(), size, all.size(), pages);
  }
}
