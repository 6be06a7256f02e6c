package io.voicecampaign.adapter.http.task.wire;

/**
 * One task of a query answer. Pages name the id {@code taskId} or {@code jobId}; both are read.
 *
 * @param taskId      the task id, on some pages
 * @param jobId       the task id, on other pages
 * @param taskName    the name
 * @param status      the status code (0-6, others kept)
 * @param rate        the progress text
 * @param numCnt      numbers in the task
 * @param callNum     numbers called
 * @param success     successful calls
 * @param fail        failed calls
 * @param createdTime creation time, {@code yyyy-MM-dd HH:mm:ss}
 * @param scriptId    the agent template
 * @param taskType    1 ordinary, 2 AI voice, 3 AI agent, when reported
 */
public record TaskRecord(
    Long taskId, Long jobId, String taskName, Integer status, String rate, Long numCnt, Long callNum, Long success,
    Long fail, String createdTime, Long scriptId, Integer taskType) {}
