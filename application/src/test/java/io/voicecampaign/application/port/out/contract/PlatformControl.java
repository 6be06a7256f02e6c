package io.voicecampaign.application.port.out.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What a contract suite needs to steer the platform behind the port under test: its time and its
 * limits. The in-memory simulator implements it directly; an emulator served over HTTP implements it
 * through its admin endpoint.
 */
public interface PlatformControl {

  /** The platform's current instant. */
  Instant now();

  /** The zone in which the platform reads daily call windows. */
  ZoneId zone();

  /** Moves the platform's time forward by {@code duration}; everything due by then has happened on return. */
  void advance(Duration duration);

  /** Launches are refused with -37 while {@code limit} tasks have not ended. */
  void setConcurrentTaskLimit(int limit);
}
