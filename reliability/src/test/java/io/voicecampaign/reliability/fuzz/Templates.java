package io.voicecampaign.reliability.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Well-formed answers of each endpoint, shaped like the seed pages' examples, with values drawn from
 * a seeded generator. A template answered with HTTP 2xx must be a success; the fuzzer breaks copies
 * of them.
 */
final class Templates {

  /** The name of the campaign the create tries launch; task lists name it about half the time. */
  static final String TASK_NAME = "fuzz-campaign-2026";

  private Templates() {}

  /** A successful envelope around {@code data}, in one of the four shapes the platform uses. */
  static Json.Obj envelope(Object data, Random random) {
    Json.Obj envelope = Json.obj();
    switch (random.nextInt(4)) {
      case 0 -> envelope.put("status", "0").put("reason", "success");
      case 1 -> envelope.put("status", Json.number(0)).put("reason", "success");
      case 2 -> envelope.put("code", Json.number(0)).put("msg", "success");
      default -> envelope.put("code", "0").put("msg", "success");
    }
    return envelope.put("data", data);
  }

  /** The valid data of {@code endpoint}'s success answer, or the push body. */
  static Object data(Endpoint endpoint, Random random) {
    return switch (endpoint) {
      case CREATE -> random.nextBoolean() ? Json.number(id(random)) : Long.toString(id(random));
      case TASK_QUERY -> page(random, Templates::task);
      case FLOW_PAGE -> page(random, Templates::flow);
      case FLOW_DETAIL -> detail(random);
      case TASK_CANCEL, FLOW_UPDATE, FLOW_CANCEL -> random.nextBoolean() ? null : "success";
      case REPORT_PUSH -> reports(random);
    };
  }

  private static long id(Random random) {
    return 1 + random.nextInt(9_999_999);
  }

  private interface Record {
    Json.Obj make(Random random);
  }

  private static Json.Obj page(Random random, Record record) {
    int count = random.nextInt(4);
    List<Object> records = Json.array();
    for (int i = 0; i < count; i++) {
      records.add(record.make(random));
    }
    return Json.obj().put("records", records).put("total", Json.number(count)).put("size", Json.number(100))
        .put("current", Json.number(1)).put("searchCount", true).put("pages", Json.number(count == 0 ? 0 : 1));
  }

  private static Json.Obj task(Random random) {
    Json.Obj task = Json.obj();
    task.put(random.nextInt(4) == 0 ? "jobId" : "taskId", Json.number(id(random)));
    return task.put("taskName", random.nextBoolean() ? TASK_NAME : "task-" + random.nextInt(1000))
        .put("status", Json.number(random.nextInt(7)))
        .put("rate", Integer.toString(random.nextInt(101)))
        .put("numCnt", Json.number(2)).put("callNum", Json.number(1)).put("success", Json.number(1)).put("fail", Json.number(0))
        .put("createdTime", "2026-03-02 10:0" + random.nextInt(10) + ":00")
        .put("scriptId", Json.number(41))
        .put("taskType", Json.number(3));
  }

  private static Json.Obj flow(Random random) {
    return Json.obj().put("keyId", Json.number(id(random))).put("taskName", TASK_NAME).put("taskId", Json.number(id(random)))
        .put("recallType", Json.number(new int[] {0, 1, 3}[random.nextInt(3)])).put("status", Json.number(random.nextInt(5)))
        .put("recallInterval", Json.number(30)).put("recallNum", Json.number(2)).put("finishNum", Json.number(random.nextInt(3)))
        .put("createTime", "2026-03-02 10:00:13");
  }

  private static Json.Obj detail(Random random) {
    int attempts = 1 + random.nextInt(3);
    List<Object> nodes = Json.array();
    for (int i = 0; i < attempts; i++) {
      boolean started = i == 0;
      nodes.add(Json.obj().put("keyId", Json.number(1427 + i)).put("taskId", started ? Json.number(5_009_612) : null)
          .put("nodeStatus", Json.number(started ? 1 : 0)).put("scriptId", Json.number(41)));
    }
    return Json.obj().put("keyId", Json.number(id(random))).put("recallInterval", Json.number(30))
        .put("recallNum", Json.number(attempts)).put("recallType", Json.number(1)).put("status", Json.number(1))
        .put("nodeList", nodes).put("total", Json.number(574)).put("size", Json.number(1)).put("current", Json.number(1));
  }

  private static Object reports(Random random) {
    int count = 1 + random.nextInt(3);
    List<Object> reports = Json.array();
    for (int i = 0; i < count; i++) {
      reports.add(report(random, i));
    }
    return count == 1 && random.nextBoolean() ? reports.get(0) : reports;
  }

  private static Json.Obj report(Random random, int index) {
    return Json.obj().put("voiceId", "V202508171930130000" + index).put("type", Json.number(1 + random.nextInt(2)))
        .put("callee", "46320000000" + index).put("displayNum", "1008122211")
        .put("submitTime", "20250817193013").put("callTime", "20250817193015").put("ringingTime", "20250817193016")
        .put("answerTime", random.nextBoolean() ? "20250817193022" : "").put("hangupTime", "20250817193127")
        .put("billPeriod", "20+20").put("code", "46").put("recordingFileId", "rec-5009611-000" + index)
        .put("ringDuration", Json.number(6)).put("currency", "EUR").put("quoteExchange", "0.92")
        .put("chargedDuration", Json.number(80)).put("rate", "0.0300").put("cost", "0.1200")
        .put("settleRate", "0.0276").put("settlePay", "0.1104")
        .put("aiAgentChargedDuration", Json.number(120)).put("aiAgentBillPeriod", "60+60").put("aiAgentRate", "0.0184")
        .put("aiAgentFee", "0.0368").put("aiAgentQuoteRate", "0.0200").put("aiAgentQuoteFee", "0.0400");
  }
}
