/**
 * The out-ports' contract suites: the platform's behaviour as seen through each port, written once and
 * run against every adapter (the in-memory simulator, the HTTP adapter against a local emulator), and
 * what every report ledger promises, run against the SDK's in-memory one and any store of a user's.
 */
package io.voicecampaign.application.port.out.contract;
