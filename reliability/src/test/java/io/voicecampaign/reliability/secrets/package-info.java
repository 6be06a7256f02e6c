/**
 * Secrets: the API secret and every {@code Sign} sent stay out of every log line (the SDK's request
 * log, OkHttp's own loggers, a user's logging interceptor), every failure, exception message and
 * {@code toString}, even when the platform echoes them back.
 */
package io.voicecampaign.reliability.secrets;
