package io.voicecampaign.emulator.push;

import io.voicecampaign.domain.report.CallReport;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Delivers report batches the way the platform's push does: each batch is POSTed as one JSON array
 * ({@link ReportBody}) to the target set when it was submitted; an answer other than HTTP 200, a
 * refused or reset connection and a timeout are retried every {@link #RETRY_INTERVAL} of platform
 * time, at most {@link #MAX_RETRIES} times, so a receiver gets a batch at most four times.
 *
 * <p>One thread of its own delivers, one attempt at a time, in the order batches fall due: first
 * attempts in the order submitted, then retries as platform time reaches them. It reads the platform
 * clock through the supplier given, never while holding its own lock, and {@link #submit} only queues,
 * so the simulator may submit while it holds its own lock and platform requests never wait for a
 * receiver.
 *
 * <p>Bounds: at most {@code capacity} batches are unfinished (queued or retrying); a batch submitted
 * beyond that is refused ({@link Submission#QUEUE_FULL}) and counted. The record of batches keeps the
 * newest {@code capacity}, dropping the oldest finished one to make room, so it never holds more than
 * {@code capacity} batches. Thread-safe.
 */
public final class PushDeliveries implements AutoCloseable {

  /** How long after a failed attempt, in platform time, the next one falls due. */
  public static final Duration RETRY_INTERVAL = Duration.ofMinutes(30);
  /** How many times a batch is sent again after its first attempt fails. */
  public static final int MAX_RETRIES = 3;
  /** How many batches may be unfinished, and how many are recorded, by default. */
  public static final int DEFAULT_CAPACITY = 1_000;
  /**
   * How often, in wall time, the clock is read while a retry waits: scaled platform time moves without
   * telling anyone. {@link #wake()} makes a retry that a manual advance made due go at once.
   */
  static final Duration POLL = Duration.ofMillis(200);

  private final Supplier<Instant> platformClock;
  private final Clock wall;
  private final ZoneId zone;
  private final HttpSender sender;
  private final Duration timeout;
  private final int capacity;
  private final boolean allowRemote;
  private final Thread worker;

  private final Object lock = new Object();
  private final Deque<Batch> queued = new ArrayDeque<>();
  private final java.util.List<Batch> retrying = new ArrayList<>();
  private final Deque<Batch> recorded = new ArrayDeque<>();
  private Option<PushTarget> target = Option.none();
  private Batch current;
  private long refused;
  private boolean closed;

  private PushDeliveries(Supplier<Instant> platformClock, Clock wall, ZoneId zone, Duration timeout, int capacity,
      boolean allowRemote) {
    this.platformClock = platformClock;
    this.wall = wall;
    this.zone = zone;
    this.timeout = timeout;
    this.sender = new HttpSender(timeout);
    this.capacity = capacity;
    this.allowRemote = allowRemote;
    this.worker = new Thread(this::deliverUntilClosed, "emulator-push");
    this.worker.setDaemon(true);
  }

  /**
   * Starts delivering; no target is set yet.
   *
   * @param platformClock the platform clock (the simulator's), which moves retries into due
   * @param wall          the clock attempts are stamped with besides platform time
   * @param zone          the platform's zone, which the times in a body are written in
   * @param timeout       how long one attempt may take, connecting and answering included
   * @param capacity      how many batches may be unfinished, and how many are recorded
   * @param allowRemote   true when a target off this machine may be set
   */
  public static PushDeliveries start(Supplier<Instant> platformClock, Clock wall, ZoneId zone, Duration timeout,
      int capacity, boolean allowRemote) {
    Objects.requireNonNull(platformClock, "platformClock == null");
    Objects.requireNonNull(wall, "wall == null");
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(timeout, "timeout == null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be 1 or more: " + capacity);
    }
    PushDeliveries pushes = new PushDeliveries(platformClock, wall, zone, timeout, capacity, allowRemote);
    pushes.worker.start();
    return pushes;
  }

  /** True when a target off this machine may be set. */
  public boolean allowsRemote() {
    return allowRemote;
  }

  /** How long one attempt may take. */
  public Duration timeout() {
    return timeout;
  }

  /** How many batches may be unfinished, and how many are recorded. */
  public int capacity() {
    return capacity;
  }

  /** Where batches submitted from now on go; batches already submitted keep their target. */
  public void target(PushTarget value) {
    Objects.requireNonNull(value, "value == null");
    if (!allowRemote && !PushTarget.isLoopback(value.uri().getHost())) {
      throw new IllegalArgumentException("the target " + value + " " + PushTarget.LOOPBACK_RULE);
    }
    synchronized (lock) {
      target = Option.some(value);
    }
  }

  /**
   * Sets the target {@code url} names, or says which rule it breaks.
   *
   * @param path the setting's name for the violation
   */
  public Either<Violation, PushTarget> target(String path, String url) {
    return PushTarget.parse(path, url, allowRemote).peek(this::target);
  }

  /** The target batches submitted now go to, if one is set. */
  public Option<PushTarget> target() {
    synchronized (lock) {
      return target;
    }
  }

  /**
   * Stops pushing: no target is set any more, and every unfinished batch is given up. An attempt
   * under way still ends, and is recorded.
   */
  public void stop() {
    synchronized (lock) {
      target = Option.none();
      for (Batch batch : queued) {
        batch.giveUp("the pushes were stopped");
      }
      for (Batch batch : retrying) {
        batch.giveUp("the pushes were stopped");
      }
      queued.clear();
      retrying.clear();
      if (current != null) {
        current.state = PushState.GIVEN_UP;
        current.givenUpBecause = "the pushes were stopped";
      }
    }
  }

  /**
   * Queues {@code reports} for delivery to the current target. Never waits and never reads the
   * platform clock, so the simulator may call it while it moves its clock: the batch is written and
   * sent on the delivery thread.
   *
   * @param id      the batch's label, shown in {@link #batches()}, e.g. the task and sequence number
   * @param reports the batch's call reports, in the order they are written
   */
  public Submission submit(String id, Seq<CallReport> reports) {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(reports, "reports == null");
    synchronized (lock) {
      if (target.isEmpty()) {
        return Submission.NO_TARGET;
      }
      if (queued.size() + retrying.size() + (current == null ? 0 : 1) >= capacity) {
        refused++;
        return Submission.QUEUE_FULL;
      }
      Batch batch = new Batch(id, reports, target.get());
      record(batch);
      queued.addLast(batch);
      lock.notifyAll();
      return Submission.ACCEPTED;
    }
  }

  /** Looks at the platform clock now: a manual advance may have made a retry due. */
  public void wake() {
    synchronized (lock) {
      lock.notifyAll();
    }
  }

  /** Forgets every batch and the refused count (a reset platform starts afresh); the target stays. */
  public void clear() {
    synchronized (lock) {
      queued.clear();
      retrying.clear();
      recorded.clear();
      refused = 0;
    }
  }

  /** Every recorded batch as it stands, oldest first. */
  public Seq<PushedBatch> batches() {
    synchronized (lock) {
      return List.ofAll(recorded).map(Batch::view);
    }
  }

  /** How many batches were refused because the queue was full. */
  public long refused() {
    synchronized (lock) {
      return refused;
    }
  }

  /** Stops the delivery thread; an attempt under way is abandoned. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    worker.interrupt();
    try {
      worker.join(timeout.toMillis() + 1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void record(Batch batch) {
    if (recorded.size() >= capacity) {
      Iterator<Batch> oldest = recorded.iterator();
      while (oldest.hasNext()) {
        if (oldest.next().finished()) {
          oldest.remove();
          break;
        }
      }
    }
    recorded.addLast(batch);
  }

  private void deliverUntilClosed() {
    try {
      while (true) {
        try {
          Batch next = nextDue();
          if (next == null) {
            return;
          }
          deliver(next);
        } catch (RuntimeException e) {
          abandonCurrent(e);
          // a clock that keeps failing is not read in a tight loop
          Thread.sleep(POLL.toMillis());
        }
      }
    } catch (InterruptedException e) {
      // closed
    }
  }

  /** A failure of the emulator itself (the platform clock threw): the batch under way is given up, the others go on. */
  private void abandonCurrent(RuntimeException failure) {
    synchronized (lock) {
      if (current != null) {
        current.giveUp("the emulator failed delivering it: " + failure);
        current = null;
      }
    }
  }

  /** The next batch due, marked in flight, once one is; {@code null} once closed. */
  private Batch nextDue() throws InterruptedException {
    while (true) {
      boolean retriesWait;
      synchronized (lock) {
        if (closed) {
          return null;
        }
        Batch first = queued.pollFirst();
        if (first != null) {
          current = first;
          return first;
        }
        retriesWait = !retrying.isEmpty();
      }
      Instant now = retriesWait ? platformClock.get() : null;
      synchronized (lock) {
        if (now != null) {
          Batch due = earliestDue(now);
          if (due != null) {
            retrying.remove(due);
            current = due;
            return due;
          }
        }
        if (!closed && queued.isEmpty()) {
          if (retrying.isEmpty()) {
            lock.wait();
          } else {
            lock.wait(POLL.toMillis());
          }
        }
      }
    }
  }

  private Batch earliestDue(Instant now) {
    Batch earliest = null;
    for (Batch batch : retrying) {
      if (!batch.nextAttempt.isAfter(now) && (earliest == null || batch.nextAttempt.isBefore(earliest.nextAttempt))) {
        earliest = batch;
      }
    }
    return earliest;
  }

  private void deliver(Batch batch) throws InterruptedException {
    Instant platformTime = platformClock.get();
    Instant wallTime = wall.instant();
    byte[] body = batch.body(zone);
    Outcome outcome = sender.send(batch.target, body);
    synchronized (lock) {
      current = null;
      batch.attempts.add(new Attempt(platformTime, wallTime, outcome));
      if (outcome.accepted()) {
        batch.state = PushState.DELIVERED;
        batch.givenUpBecause = null;
        batch.finish();
      } else if (batch.state == PushState.GIVEN_UP || !recorded.contains(batch)) {
        batch.finish();
      } else if (batch.attempts.size() > MAX_RETRIES) {
        batch.giveUp("no HTTP 200 in " + batch.attempts.size() + " attempts");
      } else {
        batch.state = PushState.RETRYING;
        batch.nextAttempt = platformTime.plus(RETRY_INTERVAL);
        retrying.add(batch);
      }
    }
  }

  @Override
  public String toString() {
    return "PushDeliveries[target=" + target().map(PushTarget::toString).getOrElse("none") + ", timeout=" + timeout
        + ", capacity=" + capacity + "]";
  }

  /** One batch's state; guarded by the deliveries' lock, its body written on the delivery thread. */
  private static final class Batch {
    final String id;
    final int records;
    final PushTarget target;
    final java.util.List<Attempt> attempts = new ArrayList<>();
    Seq<CallReport> reports;
    byte[] body;
    PushState state = PushState.QUEUED;
    Instant nextAttempt;
    String givenUpBecause;

    Batch(String id, Seq<CallReport> reports, PushTarget target) {
      this.id = id;
      this.reports = reports;
      this.records = reports.size();
      this.target = target;
    }

    /** The body, written on the first attempt and kept for the retries. */
    byte[] body(ZoneId zone) {
      if (body == null) {
        body = ReportBody.write(reports, zone);
        reports = null;
      }
      return body;
    }

    boolean finished() {
      return state == PushState.DELIVERED || state == PushState.GIVEN_UP;
    }

    void giveUp(String why) {
      state = PushState.GIVEN_UP;
      givenUpBecause = why;
      finish();
    }

    /** A finished batch keeps its record only: no body, no reports. */
    void finish() {
      nextAttempt = null;
      body = null;
      reports = null;
    }

    PushedBatch view() {
      return new PushedBatch(id, records, target, state, List.ofAll(attempts), Option.of(nextAttempt),
          Option.of(givenUpBecause));
    }
  }
}
