/** In-ports: one interface per use case, with its command, and the failures they return. */
package io.voicecampaign.application.port.in;
