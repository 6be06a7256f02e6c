package io.voicecampaign.adapter.http.task.wire;

import java.util.List;

/**
 * The filters of a task query ({@code params}); absent optional filters are {@code null} and omitted.
 *
 * @param strTime         start of the creation range, {@code yyyy-MM-dd HH:mm:ss}
 * @param endTime         end of the creation range
 * @param taskType        3 (AI-agent group call) on the AI-agent page's path; absent on the {@code /v3} path
 * @param statusList      statuses to keep; empty means all
 * @param idxAppId        the application index, if filtered
 * @param searchCondition fuzzy text on the task name, if any
 */
public record TaskQueryParams(
    String strTime, String endTime, Integer taskType, List<Integer> statusList, Long idxAppId, String searchCondition) {}
