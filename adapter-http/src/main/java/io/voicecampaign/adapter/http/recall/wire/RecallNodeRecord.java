package io.voicecampaign.adapter.http.recall.wire;

/**
 * One node of a recall-flow detail answer.
 *
 * @param keyId      the node's primary key
 * @param taskId     the child task, once there is one
 * @param nodeStatus 0-4, others kept
 * @param scriptId   the agent template of this attempt
 */
public record RecallNodeRecord(Long keyId, Long taskId, Integer nodeStatus, Long scriptId) {}
