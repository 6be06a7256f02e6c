package io.voicecampaign.adapter.http.task.wire;

import java.util.List;

/**
 * The body of {@code group/call/cancel}.
 *
 * @param taskIdList the tasks to cancel
 */
public record CancelTasksRequest(List<Long> taskIdList) {}
