/**
 * Clock skew: a platform whose clock is ten minutes off refuses timestamps outside its window (-16)
 * until the SDK learns the offset from its {@code Date} header, which costs exactly one retry.
 */
package io.voicecampaign.reliability.clockskew;
