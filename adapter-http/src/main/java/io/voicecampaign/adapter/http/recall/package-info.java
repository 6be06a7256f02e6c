/** The recall-flow endpoints: query, detail, edit and cancel. */
package io.voicecampaign.adapter.http.recall;
