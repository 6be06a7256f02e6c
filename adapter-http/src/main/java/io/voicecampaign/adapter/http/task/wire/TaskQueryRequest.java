package io.voicecampaign.adapter.http.task.wire;

/**
 * The body of {@code group/call/query}: paging at the top, filters nested in {@code params}.
 *
 * @param current the page, from 1
 * @param size    records per page, 1-100
 * @param params  the filters
 */
public record TaskQueryRequest(int current, int size, TaskQueryParams params) {}
