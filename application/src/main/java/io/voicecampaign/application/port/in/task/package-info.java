/** Use cases on group-call tasks: launch an agent campaign, list tasks, cancel tasks. */
package io.voicecampaign.application.port.in.task;
