package io.voicecampaign.emulator.wire;

import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallNodeId;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.emulator.json.JsonValue;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the bodies of the recall-flow endpoints ({@code queryPage}, {@code queryDetail}, {@code update},
 * {@code cancel}), checking them as the platform does.
 */
public final class FlowRequests {

  private FlowRequests() {}

  /**
   * The flow listing in {@code body}: {@code current} (1-N), {@code size} (1-100), {@code params} with
   * {@code strTime} and {@code endTime} (required) and {@code taskName} (fuzzy name or exact parent id).
   */
  public static Either<Seq<Violation>, RecallFlowQuery> query(JsonValue body, ZoneId zone) {
    Problems problems = new Problems();
    Optional<Fields> fields = Fields.ofBody(body, problems);
    if (fields.isEmpty()) {
      return Either.left(problems.all());
    }
    OptionalLong current = fields.get().requiredLong("current", 1, Integer.MAX_VALUE);
    OptionalLong size = fields.get().requiredLong("size", 1, PageRequest.MAX_SIZE);
    Optional<Fields> params = fields.get().requiredObject("params");
    Optional<TimeRange> range = params.flatMap(p -> TaskRequests.Ranges.read(p, zone));
    Optional<String> taskName = params.flatMap(p -> p.optionalString("taskName"));
    if (!problems.isEmpty()) {
      return Either.left(problems.all());
    }
    return Either.right(new RecallFlowQuery(range.get(), Option.ofOptional(taskName),
        new PageRequest((int) current.getAsLong(), (int) size.getAsLong())));
  }

  /** The flow to read in {@code body}: {@code keyId}, a positive id. */
  public static Either<Seq<Violation>, RecallFlowId> detail(JsonValue body) {
    Problems problems = new Problems();
    OptionalLong key = Fields.ofBody(body, problems).map(f -> f.requiredLong("keyId", 1, Long.MAX_VALUE)).orElse(OptionalLong.empty());
    return problems.isEmpty() ? Either.right(RecallFlowId.of(key.getAsLong())) : Either.left(problems.all());
  }

  /**
   * The edit in {@code body}: {@code keyId}, {@code recallType} (0, 1, 3), {@code recallInterval}
   * (1-1440), {@code recallNum} (1-10), optional {@code recallIntent} (strings; required for type 3) and
   * optional {@code nodeList} of {@code {scriptId}}, one per attempt when given.
   */
  public static Either<Seq<Violation>, Tuple2<RecallFlowId, RecallPlan>> update(JsonValue body) {
    Problems problems = new Problems();
    Optional<Fields> fields = Fields.ofBody(body, problems);
    if (fields.isEmpty()) {
      return Either.left(problems.all());
    }
    Fields f = fields.get();
    OptionalLong key = f.requiredLong("keyId", 1, Long.MAX_VALUE);
    RecallPlan.Builder plan = RecallPlan.builder();
    f.requiredLong("recallType", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(v -> plan.type(RecallType.of((int) v)));
    f.requiredLong("recallInterval", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(v -> plan.intervalMinutes((int) v));
    f.requiredLong("recallNum", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(v -> plan.attempts((int) v));
    f.optionalStrings("recallIntent").ifPresent(intents -> plan.intents(intents.toArray(String[]::new)));
    f.optionalArray("nodeList").ifPresent(nodes -> {
      for (int i = 0; i < nodes.size(); i++) {
        String path = "nodeList[" + i + "]";
        // a node that names no valid agent keeps its place (agent 0, refused), so later nodes keep their indexes
        plan.agents(Fields.of(nodes.get(i), path, problems)
            .map(node -> node.requiredLong("scriptId", 1, Long.MAX_VALUE).orElse(0))
            .orElse(0L));
      }
    });
    Validation<Seq<Violation>, RecallPlan> built = plan.build();
    if (built.isInvalid()) {
      built.getError().forEach(v -> problems.add(WirePaths.ofPlanEdit(v)));
    }
    return problems.isEmpty()
        ? Either.right(Tuple.of(RecallFlowId.of(key.getAsLong()), built.get()))
        : Either.left(problems.all());
  }

  /**
   * The cancel in {@code body}: {@code type} 1 (by flow {@code keyId}), 2 (by parent task id) or 3 (from
   * a node's {@code keyId} on), and that {@code id}.
   */
  public static Either<Seq<Violation>, RecallCancellation> cancel(JsonValue body) {
    Problems problems = new Problems();
    Optional<Fields> fields = Fields.ofBody(body, problems);
    OptionalLong type = fields.map(f -> f.requiredLong("type", 1, 3)).orElse(OptionalLong.empty());
    OptionalLong id = fields.map(f -> f.requiredLong("id", 1, Long.MAX_VALUE)).orElse(OptionalLong.empty());
    if (!problems.isEmpty()) {
      return Either.left(problems.all());
    }
    long value = id.getAsLong();
    switch ((int) type.getAsLong()) {
      case 1:
        return Either.right(new RecallCancellation.WholeFlow(RecallFlowId.of(value)));
      case 2:
        return Either.right(new RecallCancellation.WholeFlowOfTask(TaskId.of(value)));
      default:
        return Either.right(new RecallCancellation.FromNode(RecallNodeId.of(value)));
    }
  }
}
