package io.voicecampaign.adapter.http.recall.wire;

import java.util.List;

/**
 * The {@code data} of a recall-flow query answer; every key may be missing.
 *
 * @param total   matching records in all
 * @param size    records per page
 * @param current this page
 * @param pages   pages in all
 * @param records this page's flows
 */
public record RecallFlowPage(Long total, Integer size, Integer current, Integer pages, List<RecallFlowRecord> records) {}
