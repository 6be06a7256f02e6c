package io.voicecampaign.adapter.http.recall.wire;

import java.util.List;

/**
 * The body of {@code recallFlow/update}; {@code recallIntent} and {@code nodeList} are omitted when null.
 *
 * @param keyId          the flow's primary key
 * @param recallType     0 all, 1 failed, 3 by intent
 * @param recallInterval minutes between attempts
 * @param recallNum      attempts
 * @param recallIntent   intent codes, as strings
 * @param nodeList       one node per attempt, naming its agent
 */
public record RecallFlowUpdateRequest(
    long keyId, int recallType, int recallInterval, int recallNum, List<String> recallIntent, List<RecallNodeUpdate> nodeList) {}
