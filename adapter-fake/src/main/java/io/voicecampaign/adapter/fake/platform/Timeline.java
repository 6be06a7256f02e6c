package io.voicecampaign.adapter.fake.platform;

import io.vavr.control.Option;
import java.util.PriorityQueue;

/**
 * The simulation's scheduled events in virtual time, in the order they fall due (time, then the
 * order they were scheduled, so runs repeat). Guarded by the platform's lock.
 */
final class Timeline {

  private final PriorityQueue<Event> events = new PriorityQueue<>();
  private long nextSequence;

  /** Schedules {@code kind} at {@code at} for {@code task} or {@code flow}, valid while the flow's version is {@code version}. */
  void schedule(long at, Event.Kind kind, TaskState task, FlowState flow, long version) {
    events.add(new Event(at, nextSequence++, kind, task, flow, version));
  }

  /** True when an event falls due at or before {@code now}. */
  boolean hasDue(long now) {
    return !events.isEmpty() && events.peek().at <= now;
  }

  /** Takes the earliest event; call only when {@link #hasDue} said so. */
  Event take() {
    return events.poll();
  }

  /** The instant of the next scheduled event, if any. */
  Option<Long> nextEventAt() {
    return events.isEmpty() ? Option.none() : Option.some(events.peek().at);
  }
}
