package io.voicecampaign.adapter.http.recall.wire;

import java.util.List;

/**
 * The {@code data} of a recall-flow detail answer. Paging keys the platform adds here are ignored.
 *
 * @param keyId          the flow's primary key
 * @param recallInterval minutes between attempts
 * @param recallNum      attempts in all
 * @param recallType     0 all, 1 failed, 3 by intent, others kept
 * @param status         0-4, others kept
 * @param nodeList       one node per attempt
 */
public record RecallFlowDetail(
    Long keyId, Integer recallInterval, Integer recallNum, Integer recallType, Integer status, List<RecallNodeRecord> nodeList) {}
