/**
 * The emulator's JSON on jackson-core's streaming parser and generator: strict document reading, an
 * immutable value tree for small bodies, and a writer of answers. Jackson stays inside the emulator,
 * so the HTTP adapter's choice of library (Moshi) never becomes its test double's.
 */
package io.voicecampaign.emulator.json;
