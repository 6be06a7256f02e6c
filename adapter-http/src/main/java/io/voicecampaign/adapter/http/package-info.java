/**
 * The SDK over the platform's HTTP API: {@link io.voicecampaign.adapter.http.HttpVoiceCampaigns} makes a
 * {@link io.voicecampaign.application.VoiceCampaigns} from an
 * {@link io.voicecampaign.adapter.http.config.HttpConfig}. Retrofit, Moshi and OkHttp stay inside.
 */
package io.voicecampaign.adapter.http;
