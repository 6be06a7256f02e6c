/**
 * What the platform pushes back after each call of an AI-agent campaign: call reports with their
 * times, durations and charges.
 */
package io.voicecampaign.domain.report;
