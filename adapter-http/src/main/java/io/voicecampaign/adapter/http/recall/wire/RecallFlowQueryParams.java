package io.voicecampaign.adapter.http.recall.wire;

/**
 * The filters of a recall-flow query ({@code params}).
 *
 * @param strTime  start of the creation range, {@code yyyy-MM-dd HH:mm:ss}
 * @param endTime  end of the creation range
 * @param taskName fuzzy parent task name or exact parent task id, if any (omitted when null)
 */
public record RecallFlowQueryParams(String strTime, String endTime, String taskName) {}
