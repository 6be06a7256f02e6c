/**
 * Test fixtures shared through the application's test-jar: a virtual clock with its sleeper, and
 * factories of campaigns, tasks, recall flows, pages and gateway failures.
 */
package io.voicecampaign.application.testing;
