/** Use cases on recall flows: list, get, find, edit, cancel, cancel what remains, await. */
package io.voicecampaign.application.port.in.recall;
