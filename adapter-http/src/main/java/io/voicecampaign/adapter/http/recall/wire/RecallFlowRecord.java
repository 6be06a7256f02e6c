package io.voicecampaign.adapter.http.recall.wire;

/**
 * One flow of a recall-flow query answer.
 *
 * @param keyId          the flow's primary key
 * @param taskId         the parent task
 * @param taskName       the parent task's name
 * @param createTime     when the flow was created, {@code yyyy-MM-dd HH:mm:ss}
 * @param recallType     0 all, 1 failed, 3 by intent, others kept
 * @param recallInterval minutes between attempts
 * @param recallNum      attempts in all
 * @param finishNum      attempts finished
 * @param status         0-4, others kept
 */
public record RecallFlowRecord(
    Long keyId, Long taskId, String taskName, String createTime, Integer recallType, Integer recallInterval,
    Integer recallNum, Integer finishNum, Integer status) {}
