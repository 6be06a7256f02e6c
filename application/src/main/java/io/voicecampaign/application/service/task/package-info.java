/** The services of the group-call task use cases: launch a campaign, list tasks, cancel tasks. */
package io.voicecampaign.application.service.task;
