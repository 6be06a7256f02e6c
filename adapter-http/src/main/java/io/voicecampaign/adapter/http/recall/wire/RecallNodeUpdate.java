package io.voicecampaign.adapter.http.recall.wire;

/**
 * One node of a recall-flow edit.
 *
 * @param scriptId the agent template that runs this attempt
 */
public record RecallNodeUpdate(long scriptId) {}
