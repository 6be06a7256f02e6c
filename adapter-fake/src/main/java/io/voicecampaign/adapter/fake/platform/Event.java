package io.voicecampaign.adapter.fake.platform;

/**
 * Something the simulation does at a given virtual instant: start a task's calls, end them, start
 * a flow's next attempt, or release a task's call reports. Ordered by time, then by the order they were scheduled, so runs repeat.
 */
final class Event implements Comparable<Event> {

  enum Kind { START_TASK, FINISH_TASK, START_NODE, RELEASE_REPORTS }

  final long at;
  final long sequence;
  final Kind kind;
  final TaskState task;
  final FlowState flow;
  final long version;

  Event(long at, long sequence, Kind kind, TaskState task, FlowState flow, long version) {
    this.at = at;
    this.sequence = sequence;
    this.kind = kind;
    this.task = task;
    this.flow = flow;
    this.version = version;
  }

  @Override
  public int compareTo(Event other) {
    int byTime = Long.compare(at, other.at);
    return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
  }
}
