package io.voicecampaign.adapter.http.task.wire;

import java.util.List;

/**
 * The {@code data} of a task query answer; every key may be missing.
 *
 * @param total   matching records in all
 * @param size    records per page
 * @param current this page
 * @param pages   pages in all
 * @param records this page's tasks
 */
public record TaskPage(Long total, Integer size, Integer current, Integer pages, List<TaskRecord> records) {}
