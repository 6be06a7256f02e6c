/** The services of the recall-flow use cases: list, get, find, edit, cancel, cancel what remains, await. */
package io.voicecampaign.application.service.recall;
