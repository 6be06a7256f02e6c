/** Cases 3 and 4: the SDK over HTTP to a local server, against raw OkHttp and Moshi. */
package io.voicecampaign.benchmarks.http;
