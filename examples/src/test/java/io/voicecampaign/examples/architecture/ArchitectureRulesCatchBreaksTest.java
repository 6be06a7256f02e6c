package io.voicecampaign.examples.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.voicecampaign.adapter.fake.archfixtures.FakeUsingHttp;
import io.voicecampaign.adapter.fake.archfixtures.FakeUsingJackson;
import io.voicecampaign.adapter.fake.archfixtures.LocalCancelRule;
import io.voicecampaign.adapter.fake.archfixtures.LocalDefaultAgent;
import io.voicecampaign.adapter.fake.archfixtures.LocalRecallSelection;
import io.voicecampaign.application.archfixtures.HandWrittenService;
import io.voicecampaign.application.archfixtures.LaunchService_Factory;
import io.voicecampaign.application.observe.archfixtures.MeteredListener;
import io.voicecampaign.application.port.in.archfixtures.LaunchThing;
import io.voicecampaign.application.port.out.archfixtures.PlatformClient;
import io.voicecampaign.domain.archfixtures.ClockReadingValue;
import io.voicecampaign.domain.archfixtures.WellBehavedValue;
import io.voicecampaign.domain.archfixtures.cycle.first.First;
import io.voicecampaign.domain.archfixtures.cycle.second.Second;
import io.voicecampaign.emulator.json.Json;
import io.voicecampaign.micrometer.GatewayMetrics;
import io.voicecampaign.micrometer.archfixtures.MetricsUsingHttp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules fail when the architecture breaks: each is evaluated against classes that
 * break it on purpose (test classes, which the real analysis never imports).
 */
@DisplayName("the architecture rules catch a break")
class ArchitectureRulesCatchBreaksTest {

  private static JavaClasses only(Class<?>... types) {
    return new ClassFileImporter().importClasses(types);
  }

  @Test
  @DisplayName("a domain class using OkHttp breaks the pure-domain and transport rules; a well-behaved one passes")
  void pureDomain() {
    assertThatThrownBy(() -> ArchitectureTest.DOMAIN_IS_PURE.check(only(ClockReadingValue.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ClockReadingValue.endpoint()").hasMessageContaining("okhttp3.HttpUrl");
    assertThatThrownBy(() -> ArchitectureTest.TRANSPORT_ONLY_IN_HTTP.check(only(ClockReadingValue.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("okhttp3.HttpUrl");
    assertThatCode(() -> ArchitectureTest.DOMAIN_IS_PURE.check(only(WellBehavedValue.class))).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("reading the clock or rolling dice in the domain is caught")
  void hiddenTime() {
    assertThatThrownBy(() -> ArchitectureTest.NO_HIDDEN_TIME_OR_RANDOMNESS_IN_DOMAIN.check(only(ClockReadingValue.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("calls method <java.time.Instant.now()>")
        .hasMessageContaining("java.util.Random");
  }

  @Test
  @DisplayName("a mutable field in the domain is caught")
  void finalFields() {
    assertThatThrownBy(() -> ArchitectureTest.DOMAIN_AND_PORT_FIELDS_ARE_FINAL.check(only(ClockReadingValue.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("ClockReadingValue.readings");
  }

  @Test
  @DisplayName("a package cycle in the domain is caught")
  void cycles() {
    assertThatThrownBy(() -> ArchitectureTest.NO_CYCLES_IN_DOMAIN.check(only(First.class, Second.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected");
  }

  @Test
  @DisplayName("the simulator reaching into the HTTP adapter is caught")
  void adaptersApart() {
    assertThatThrownBy(() -> ArchitectureTest.ONLY_HTTP_SEES_HTTP.check(only(FakeUsingHttp.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("FakeUsingHttp").hasMessageContaining("CallReportParser");
  }

  @Test
  @DisplayName("ports named against the convention are caught")
  void naming() {
    assertThatThrownBy(() -> ArchitectureTest.OUT_PORTS_ARE_GATEWAYS.check(only(PlatformClient.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("PlatformClient> does not have simple name ending with 'Gateway'");
    assertThatThrownBy(() -> ArchitectureTest.IN_PORTS_ARE_USE_CASES.check(only(LaunchThing.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("LaunchThing> does not have simple name ending with 'UseCase'");
  }

  @Test
  @DisplayName("hand-written application code using Moshi is caught; a Dagger-generated factory is skipped")
  void applicationTransport() {
    assertThatThrownBy(() -> ArchitectureTest.NO_TRANSPORT_IN_APPLICATION.check(only(HandWrittenService.class, LaunchService_Factory.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("HandWrittenService").hasMessageContaining("com.squareup.moshi.Moshi")
        .hasMessageNotContaining("LaunchService_Factory");
  }

  @Test
  @DisplayName("Jackson outside the emulator is caught; the emulator's JSON on it passes")
  void jacksonStaysInTheEmulator() {
    assertThatThrownBy(() -> ArchitectureTest.JACKSON_ONLY_IN_EMULATOR.check(only(FakeUsingJackson.class, Json.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("FakeUsingJackson").hasMessageContaining("com.fasterxml.jackson.core.JsonFactory")
        .hasMessageNotContaining("<" + Json.class.getName());
  }

  @Test
  @DisplayName("Micrometer outside its module, and the binding reaching into an adapter, are caught")
  void micrometer() {
    assertThatThrownBy(() -> ArchitectureTest.MICROMETER_ONLY_IN_ITS_MODULE.check(only(MeteredListener.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("MeteredListener").hasMessageContaining("io.micrometer");
    assertThatThrownBy(() -> ArchitectureTest.METRICS_BINDING_SEES_ONLY_THE_LISTENER_API.check(only(MetricsUsingHttp.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("PlatformEndpoint");
    assertThatCode(() -> ArchitectureTest.METRICS_BINDING_SEES_ONLY_THE_LISTENER_API.check(only(GatewayMetrics.class)))
        .doesNotThrowAnyException();
  }

  @Test
  @DisplayName("a simulator that selects recalls or judges cancels by itself, or a transport that applies the default agent again, is caught")
  void rulesInTheDomain() {
    assertThatThrownBy(() -> ArchitectureTest.SIMULATOR_SELECTS_RECALLS_BY_THE_DOMAIN.check(only(LocalRecallSelection.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("LocalRecallSelection").hasMessageContaining("RecallType.FAILED");
    assertThatThrownBy(() -> ArchitectureTest.SIMULATOR_CANCELS_TASKS_BY_THE_DOMAIN.check(only(LocalCancelRule.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("LocalCancelRule").hasMessageContaining("TaskStatus.isTerminal()");
    assertThatThrownBy(() -> ArchitectureTest.DEFAULT_AGENT_APPLIED_BY_THE_CAMPAIGN.check(only(LocalDefaultAgent.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("LocalDefaultAgent").hasMessageContaining("withDefaultAgent");
  }

  @Test
  @DisplayName("a rule whose classes are gone fails instead of passing silently")
  void failOnEmptyShould() {
    assertThatThrownBy(() -> ArchitectureTest.DOMAIN_IS_PURE.check(only(String.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
  }
}
