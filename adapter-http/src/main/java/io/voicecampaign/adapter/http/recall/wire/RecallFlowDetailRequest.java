package io.voicecampaign.adapter.http.recall.wire;

/**
 * The body of {@code recallFlow/queryDetail}.
 *
 * @param keyId the flow's primary key
 */
public record RecallFlowDetailRequest(long keyId) {}
