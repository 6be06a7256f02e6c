/**
 * Bad input: every validation rule, met through the public API, names its field, value and rule,
 * and nothing reaches the platform; commands the use cases refuse (a past send time, recall-flow
 * rules) send no write either.
 */
package io.voicecampaign.reliability.badinput;
