/**
 * Classes that break the domain's architecture rules on purpose, so that the architecture tests can
 * prove their rules catch a break. They are test classes: the architecture analysis never imports them.
 */
package io.voicecampaign.domain.archfixtures;
