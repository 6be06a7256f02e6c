/**
 * The use cases' implementations: each service checks the input and the domain's rules, then calls
 * the out-ports; {@link io.voicecampaign.application.service.UseCaseModule} binds them for Dagger.
 */
package io.voicecampaign.application.service;
