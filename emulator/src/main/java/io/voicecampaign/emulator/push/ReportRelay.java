package io.voicecampaign.emulator.push;

import io.voicecampaign.adapter.fake.platform.CallReportBatch;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Hands the simulated platform's call reports to the pushes: every {@link #TICK} of wall time, and
 * whenever {@link #relay()} is called, it takes the batches the platform has released (taking them
 * catches the platform clock up with scaled time) and submits each, labelled {@code <taskId>#<sequence>}.
 *
 * <p>While no push target is set it takes nothing: released batches wait in the platform, which keeps
 * them as the indexes of their calls, and are pushed once a target is set. One relay runs at a time,
 * so batches are submitted in the order the platform released them. Thread-safe.
 */
public final class ReportRelay implements AutoCloseable {

  /** How often, in wall time, released batches are looked for: scaled platform time moves by itself. */
  public static final Duration TICK = Duration.ofMillis(250);

  private static final System.Logger LOG = System.getLogger("io.voicecampaign.emulator");

  private final Supplier<Seq<CallReportBatch>> released;
  private final PushDeliveries pushes;
  private final ScheduledExecutorService ticker;
  private final Object lock = new Object();
  private boolean failureLogged;

  private ReportRelay(Supplier<Seq<CallReportBatch>> released, PushDeliveries pushes) {
    this.released = released;
    this.pushes = pushes;
    this.ticker = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "emulator-report-relay");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Starts relaying.
   *
   * @param released takes the batches the platform released since it was last called (the platform's drain)
   * @param pushes   where the batches are submitted
   */
  public static ReportRelay start(Supplier<Seq<CallReportBatch>> released, PushDeliveries pushes) {
    ReportRelay relay = new ReportRelay(Objects.requireNonNull(released, "released == null"),
        Objects.requireNonNull(pushes, "pushes == null"));
    relay.ticker.scheduleWithFixedDelay(relay::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    return relay;
  }

  /** Submits every batch released by now, when a target is set; returns how many were submitted. */
  public int relay() {
    synchronized (lock) {
      if (pushes.target().isEmpty()) {
        return 0;
      }
      Seq<CallReportBatch> batches = released.get();
      batches.forEach(batch -> pushes.submit(label(batch), batch.reports()));
      return batches.size();
    }
  }

  /** The label a batch is shown with in {@code /admin/pushes}. */
  public static String label(CallReportBatch batch) {
    return batch.taskId().value() + "#" + batch.sequence();
  }

  /** A tick must not end the ticker: a failure is logged once, and the next tick tries again. */
  private void tick() {
    try {
      relay();
    } catch (RuntimeException e) {
      if (!failureLogged) {
        failureLogged = true;
        LOG.log(System.Logger.Level.WARNING, "relaying call reports failed; trying again every " + TICK.toMillis()
            + " ms, later failures not logged", e);
      }
    }
  }

  /** Stops looking for batches. */
  @Override
  public void close() {
    ticker.shutdownNow();
    try {
      ticker.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "ReportRelay[every " + TICK.toMillis() + " ms to " + pushes + "]";
  }
}
