/**
 * Fuzzed answers: seeded generators ({@code FuzzCases} over the domain fixtures' {@code Seeded}) make malformed and odd platform answers and push-report bodies (truncated
 * JSON, wrong types, strings for numbers, huge numbers, nulls, unknown enum values, HTML, empty,
 * binary, a megabyte of garbage, every HTTP status class) and every endpoint must turn each into a
 * success or a typed failure. Most tries are served in process by an OkHttp interceptor; a sample
 * goes through a real loopback server. {@code -Dvoicecampaign.seed=N} draws other cases; a failing
 * try names the seed that replays it.
 */
package io.voicecampaign.reliability.fuzz;
