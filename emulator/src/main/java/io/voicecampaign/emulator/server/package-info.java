/**
 * The HTTP side of the emulator on the JDK's {@code com.sun.net.httpserver}: the platform's endpoints
 * (with and without {@code /v3}), their signature check, and the admin endpoints that move time, set
 * limits, inject faults and reset the platform.
 */
package io.voicecampaign.emulator.server;
