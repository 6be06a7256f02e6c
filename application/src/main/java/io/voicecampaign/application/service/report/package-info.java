/** The report receiver's service and the in-memory ledger of handled reports. */
package io.voicecampaign.application.service.report;
