/** Group-call tasks as the platform reports them, their statuses and the queries that list them. */
package io.voicecampaign.domain.task;
