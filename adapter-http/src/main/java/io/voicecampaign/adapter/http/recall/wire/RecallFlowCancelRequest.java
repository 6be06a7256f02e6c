package io.voicecampaign.adapter.http.recall.wire;

/**
 * The body of {@code recallFlow/cancel}.
 *
 * @param type 1 by flow, 2 by parent task, 3 from a node on
 * @param id   the flow, task or node id, as the type says
 */
public record RecallFlowCancelRequest(int type, long id) {}
