package io.voicecampaign.adapter.http.recall.wire;

/**
 * The body of {@code recallFlow/queryPage}: paging at the top, filters nested in {@code params}.
 *
 * @param current the page, from 1
 * @param size    records per page, 1-100
 * @param params  the filters
 */
public record RecallFlowQueryRequest(int current, int size, RecallFlowQueryParams params) {}
