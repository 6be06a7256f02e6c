/** Small wire helpers shared by the endpoint packages: date-times and mapping problems. */
package io.voicecampaign.adapter.http.support;
