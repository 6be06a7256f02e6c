/** Small value types shared by the whole domain: violations, platform codes, paging and time ranges. */
package io.voicecampaign.domain.shared;
