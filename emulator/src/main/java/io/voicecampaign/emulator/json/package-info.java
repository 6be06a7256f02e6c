/**
 * The emulator's own small JSON code: a strict streaming reader that handles bodies of tens of
 * megabytes in one pass, an immutable value tree for small bodies, and a writer. The emulator depends
 * on no JSON library, so the HTTP adapter's choice of library never leaks into its test double.
 */
package io.voicecampaign.emulator.json;
