/** Walking the platform's paged lists as lazy streams, shared by the listing services. */
package io.voicecampaign.application.service.paging;
