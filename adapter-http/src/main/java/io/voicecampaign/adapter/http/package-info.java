/** The platform's wire protocol over Retrofit, Moshi and OkHttp, implementing every out-port. */
package io.voicecampaign.adapter.http;
