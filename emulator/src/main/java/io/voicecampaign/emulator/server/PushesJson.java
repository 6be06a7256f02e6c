package io.voicecampaign.emulator.server;

import io.voicecampaign.emulator.json.JsonWriter;
import io.voicecampaign.emulator.push.Attempt;
import io.voicecampaign.emulator.push.Outcome;
import io.voicecampaign.emulator.push.PushDeliveries;
import io.voicecampaign.emulator.push.PushTarget;
import io.voicecampaign.emulator.push.PushedBatch;
import io.voicecampaign.emulator.wire.WireTime;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The answer of {@code GET /admin/pushes} (and of {@code POST}/{@code DELETE /admin/push}): the target,
 * the bounds, and every recorded batch with each attempt. Platform times are {@code yyyy-MM-dd HH:mm:ss}
 * in the platform's zone, as {@code /admin/state} writes them; wall times ISO-8601 in UTC.
 *
 * <pre>{@code
 * {"target": "http://127.0.0.1:9000/reports", "allowRemote": false, "timeoutMillis": 10000,
 *  "retryIntervalSeconds": 1800, "maxAttempts": 4, "capacity": 1000, "refused": 0,
 *  "batches": [{"id": "task-7#1", "records": 2, "target": "http://127.0.0.1:9000/reports",
 *    "state": "retrying", "nextAttempt": "2025-03-03 09:31:00",
 *    "attempts": [{"platformTime": "2025-03-03 09:01:00", "wallTime": "2026-12-02T17:40:00.123Z", "status": 500}]}]}
 * }</pre>
 */
final class PushesJson {

  private PushesJson() {}

  static byte[] write(PushDeliveries pushes, ZoneId zone) {
    JsonWriter json = new JsonWriter().beginObject().name("target");
    text(json, pushes.target().map(PushTarget::toString));
    json.name("allowRemote").value(pushes.allowsRemote())
        .name("timeoutMillis").value(pushes.timeout().toMillis())
        .name("retryIntervalSeconds").value(PushDeliveries.RETRY_INTERVAL.toSeconds())
        .name("maxAttempts").value(PushDeliveries.MAX_RETRIES + 1)
        .name("capacity").value(pushes.capacity())
        .name("refused").value(pushes.refused())
        .name("batches").beginArray();
    for (PushedBatch batch : pushes.batches()) {
      batch(json, batch, zone);
    }
    return json.endArray().endObject().toUtf8();
  }

  private static void batch(JsonWriter json, PushedBatch batch, ZoneId zone) {
    json.beginObject()
        .name("id").value(batch.id())
        .name("records").value(batch.records())
        .name("target").value(batch.target().toString())
        .name("state").value(batch.state().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    batch.nextAttempt().forEach(next -> json.name("nextAttempt").value(WireTime.format(next, zone)));
    batch.givenUpBecause().forEach(why -> json.name("givenUpBecause").value(why));
    json.name("attempts").beginArray();
    for (Attempt attempt : batch.attempts()) {
      json.beginObject()
          .name("platformTime").value(WireTime.format(attempt.platformTime(), zone))
          .name("wallTime").value(attempt.wallTime().toString());
      if (attempt.outcome() instanceof Outcome.Answered answered) {
        json.name("status").value(answered.status());
      } else if (attempt.outcome() instanceof Outcome.Failed failed) {
        json.name("error").value(failed.error());
      }
      json.endObject();
    }
    json.endArray().endObject();
  }

  private static void text(JsonWriter json, Option<String> value) {
    if (value.isDefined()) {
      json.value(value.get());
    } else {
      json.nullValue();
    }
  }
}
