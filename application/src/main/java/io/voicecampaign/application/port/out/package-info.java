/** Out-ports: what the use cases need from the platform, in the application's language. */
package io.voicecampaign.application.port.out;
