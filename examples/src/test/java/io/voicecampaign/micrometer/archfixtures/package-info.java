/** Classes that break an architecture rule on purpose, for the tests that prove the rule catches it. */
package io.voicecampaign.micrometer.archfixtures;
