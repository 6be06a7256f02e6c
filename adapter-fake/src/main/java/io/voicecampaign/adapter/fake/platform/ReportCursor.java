package io.voicecampaign.adapter.fake.platform;

import java.util.Arrays;

/**
 * How far one task's calls have been reported: the calls worked out so far and, of those, the ones
 * not released yet, as a min-heap of {@code hang-up second << 20 | call index} (primitive, one
 * {@code long} per call that is still in progress or not released). Guarded by the platform's lock.
 */
final class ReportCursor {

  private static final int INDEX_BITS = 20;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  /** Calls below this index have their hang-up worked out: released, or waiting in the heap. */
  int placed;
  /** The number of the task's last batch. */
  long sequence;
  /** When the task's remaining calls are released once it has ended; -1 before. */
  long endAt = -1;

  private long[] heap = new long[16];
  private int size;

  /** Keeps call {@code index}, which hangs up at {@code hangupSecond}, until it is released. */
  void hold(long hangupSecond, int index) {
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    long key = hangupSecond << INDEX_BITS | index;
    int at = size++;
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (heap[parent] <= key) {
        break;
      }
      heap[at] = heap[parent];
      at = parent;
    }
    heap[at] = key;
  }

  /** True when some call is held. */
  boolean holdsAny() {
    return size > 0;
  }

  /** The hang-up second of the earliest held call; only when {@link #holdsAny()}. */
  long firstHangup() {
    return heap[0] >>> INDEX_BITS;
  }

  /** Takes the earliest held call and returns its index; only when {@link #holdsAny()}. */
  int takeFirst() {
    int index = (int) (heap[0] & INDEX_MASK);
    long last = heap[--size];
    int at = 0;
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (heap[child] >= last) {
        break;
      }
      heap[at] = heap[child];
      at = child;
    }
    if (size > 0) {
      heap[at] = last;
    }
    if (size == 0 && heap.length > 16) {
      heap = new long[16];
    }
    return index;
  }
}
