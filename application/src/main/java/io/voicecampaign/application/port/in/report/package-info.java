/** Receiving the platform's pushes of AI-agent call reports: once per report, answered with the HTTP status to reply. */
package io.voicecampaign.application.port.in.report;
