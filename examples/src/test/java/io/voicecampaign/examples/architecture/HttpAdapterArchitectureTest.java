package io.voicecampaign.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okhttp3.Request;
import okio.ByteString;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import retrofit2.http.POST;

/**
 * The HTTP adapter's walls: what it exposes, what stays inside, and how its packages depend on each
 * other. The rules over every module (transport only in adapter-http, adapters apart) are in
 * {@link ArchitectureTest}; the tests at the end prove this class's own conditions catch a break.
 */
@AnalyzeClasses(packages = "io.voicecampaign", importOptions = ImportOption.DoNotIncludeTests.class)
public class HttpAdapterArchitectureTest {

  private static final String HTTP = "io.voicecampaign.adapter.http..";
  private static final String[] INTERNAL = {
    "io.voicecampaign.adapter.http.config..", "io.voicecampaign.adapter.http.core..", "io.voicecampaign.adapter.http.support..",
    "io.voicecampaign.adapter.http.task..", "io.voicecampaign.adapter.http.recall.."
  };

  /** The documented way to hand the adapter a client: the builder's setter and the matching getter. */
  private static final Set<String> CLIENT_OPTION = Set.of(
      "io.voicecampaign.adapter.http.config.HttpConfig$Builder.okHttpClient(okhttp3.OkHttpClient)",
      "io.voicecampaign.adapter.http.config.HttpConfig.okHttpClient()");

  @ArchTest
  static final ArchRule wire_records_stay_inside_the_adapter = classes()
      .that().resideInAPackage("..adapter.http..wire..")
      .should().onlyBeAccessed().byAnyPackage(HTTP)
      .because("the wire model is the adapter's own; users see domain types only");

  @ArchTest
  static final ArchRule wire_types_are_public_records = classes()
      .that().resideInAPackage("..adapter.http..wire..").and().doNotHaveSimpleName("package-info")
      .should().bePublic().andShould().beAssignableTo(Record.class)
      .because("Moshi reads records reflectively and needs them public (moshi#1528); the rule above fences them");

  @ArchTest
  static final ArchRule endpoint_interfaces_are_not_public = classes()
      .that(declareRetrofitEndpoints())
      .should().notBePublic()
      .because("Retrofit interfaces are transport details of their endpoint package");

  @ArchTest
  static final ArchRule mappers_are_not_public = classes()
      .that().resideInAPackage(HTTP).and().haveSimpleNameEndingWith("Mapper")
      .should().notBePublic()
      .because("mapping between wire and domain is an internal detail");

  @ArchTest
  static final ArchRule no_transport_type_in_public_signatures = classes()
      .that().resideInAPackage(HTTP)
      .should(exposeNoTransportType())
      .because("Retrofit, Moshi, OkHttp and Okio stay replaceable: only the documented OkHttpClient option shows OkHttp");

  @ArchTest
  static final ArchRule only_the_api_packages_are_used_from_outside = noClasses()
      .that().resideOutsideOfPackage(HTTP)
      .should().dependOnClassesThat().resideInAnyPackage(
          "io.voicecampaign.adapter.http.core..", "io.voicecampaign.adapter.http.support..",
          "io.voicecampaign.adapter.http.task..", "io.voicecampaign.adapter.http.recall..")
      .because("users reach the adapter through HttpVoiceCampaigns and its configuration only");

  @ArchTest
  static final ArchRule moshi_is_confined = noClasses()
      .that().resideInAPackage(HTTP)
      .and().resideOutsideOfPackages("io.voicecampaign.adapter.http.core..", "io.voicecampaign.adapter.http.report..")
      .and().doNotHaveSimpleName("CreateTaskJson")
      .should().dependOnClassesThat().resideInAPackage("com.squareup.moshi..")
      .because("Moshi's future is uncertain: another JSON library replaces it in the transport core, the create body"
          + " writer and the push-report reader alone; wire records carry no Moshi annotation");

  @ArchTest
  static final ArchRule internals_do_not_depend_on_the_wiring = noClasses()
      .that().resideInAnyPackage(INTERNAL)
      .should().dependOnClassesThat().resideInAPackage("io.voicecampaign.adapter.http")
      .because("the root package only wires the internals together; dependencies point one way");

  @ArchTest
  static final ArchRule adapter_packages_are_free_of_cycles = slices()
      .matching("io.voicecampaign.adapter.http.(*)..")
      .should().beFreeOfCycles()
      .because("configuration, transport, support and endpoint packages form layers");

  @ArchTest
  static final ArchRule internal_public_classes_are_final = classes()
      .that().resideInAnyPackage(INTERNAL).and().arePublic().and().areNotInterfaces().and().areNotEnums()
      .and().areNotAnnotations().and().doNotHaveSimpleName("package-info")
      .should().haveModifier(JavaModifier.FINAL)
      .because("a small, final surface: nothing in the adapter is meant to be extended");

  @ArchTest
  static final ArchRule the_adapter_starts_no_threads = noClasses()
      .that().resideInAPackage(HTTP)
      .should(startThreads())
      .because("OkHttp's dispatcher is the adapter's only pool: rendering a create body on a thread of its own was"
          + " measured no faster than on the sending thread (BENCHMARKS.md, case 3)");

  @ArchTest
  static final ArchRule configuration_shows_only_its_api = classes()
      .that().resideInAPackage("io.voicecampaign.adapter.http.config..").and().arePublic()
      .and().doNotHaveSimpleName("package-info")
      .should().haveNameMatching("io\\.voicecampaign\\.adapter\\.http\\.config\\.(HttpConfig|RetryPolicy)(\\$Builder)?"
          + "|io\\.voicecampaign\\.adapter\\.http\\.config\\.PlatformEndpoint")
      .because("the configuration's values, defaults and checks (HttpSettings, HttpSettingsCheck) are one builder's"
          + " internals; users see HttpConfig, its builder, the retry policy and the endpoints");

  private static ArchCondition<JavaClass> startThreads() {
    return new ArchCondition<>("make threads or thread pools") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        javaClass.getConstructorCallsFromSelf().forEach(call -> {
          JavaClass made = call.getTargetOwner();
          if (made.isAssignableTo(Thread.class) || made.isAssignableTo(java.util.concurrent.Executor.class)) {
            events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
          }
        });
        javaClass.getMethodCallsFromSelf().forEach(call -> {
          if (call.getTargetOwner().isEquivalentTo(java.util.concurrent.Executors.class)) {
            events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
          }
        });
      }
    };
  }

  private static DescribedPredicate<JavaClass> declareRetrofitEndpoints() {
    return DescribedPredicate.describe("declare Retrofit endpoints",
        javaClass -> javaClass.getMethods().stream().anyMatch(method -> method.isAnnotatedWith("retrofit2.http.POST")));
  }

  private static ArchCondition<JavaClass> exposeNoTransportType() {
    return new ArchCondition<>("expose no Retrofit, Moshi, OkHttp or Okio type in a public signature") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        if (!isExported(javaClass)) {
          return;
        }
        List<JavaMember> members = new ArrayList<>(javaClass.getCodeUnits());
        members.addAll(javaClass.getFields());
        for (JavaMember member : members) {
          if (!member.getModifiers().contains(JavaModifier.PUBLIC) || CLIENT_OPTION.contains(signature(member))) {
            continue;
          }
          for (JavaType type : involvedTypes(member)) {
            for (JavaClass raw : type.getAllInvolvedRawTypes()) {
              if (isTransport(raw)) {
                events.add(SimpleConditionEvent.violated(member, member.getFullName() + " exposes " + raw.getName()));
              }
            }
          }
        }
      }
    };
  }

  private static boolean isExported(JavaClass javaClass) {
    if (!javaClass.getModifiers().contains(JavaModifier.PUBLIC)) {
      return false;
    }
    return javaClass.getEnclosingClass().map(HttpAdapterArchitectureTest::isExported).orElse(true);
  }

  private static List<JavaType> involvedTypes(JavaMember member) {
    List<JavaType> types = new ArrayList<>();
    if (member instanceof JavaField field) {
      types.add(field.getType());
    } else if (member instanceof JavaCodeUnit codeUnit) {
      types.add(codeUnit.getReturnType());
      types.addAll(codeUnit.getParameterTypes());
    }
    return types;
  }

  private static String signature(JavaMember member) {
    if (member instanceof JavaCodeUnit codeUnit) {
      return codeUnit.getOwner().getName() + "." + codeUnit.getName() + "("
          + String.join(",", codeUnit.getRawParameterTypes().stream().map(JavaClass::getName).toList()) + ")";
    }
    return member.getFullName();
  }

  private static boolean isTransport(JavaClass raw) {
    String name = raw.getPackageName();
    return name.startsWith("okhttp3") || name.startsWith("retrofit2") || name.startsWith("com.squareup.moshi") || name.startsWith("okio");
  }

  // ---- proofs that the adapter's own conditions catch a break (fixtures below are test classes, never imported above) ----

  private static JavaClasses only(Class<?>... types) {
    return new ClassFileImporter().importClasses(types);
  }

  @Test
  @DisplayName("the signature rule catches transport types in public members, generic arguments included, and spares hidden classes")
  void signatureRuleCatchesALeak() {
    ArchRule rule = classes().should(exposeNoTransportType());

    assertThatThrownBy(() -> rule.check(only(LeakyClient.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LeakyClient.request() exposes okhttp3.Request")
        .hasMessageContaining("LeakyClient.chunks exposes okio.ByteString");
    assertThatCode(() -> rule.check(only(HiddenClient.class, HiddenOwner.Nested.class))).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("the endpoint rule catches a public Retrofit interface and spares a package-private one")
  void endpointRuleCatchesAPublicInterface() {
    ArchRule rule = classes().that(declareRetrofitEndpoints()).should().notBePublic();

    assertThatThrownBy(() -> rule.check(only(PublicEndpoints.class))).isInstanceOf(AssertionError.class)
        .hasMessageContaining("PublicEndpoints");
    assertThatCode(() -> rule.check(only(HiddenEndpoints.class))).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("the thread rule catches a pool and a thread made by hand, and spares a class that only reads its thread")
  void threadRuleCatchesAPool() {
    ArchRule rule = noClasses().should(startThreads());

    assertThatThrownBy(() -> rule.check(only(PooledWriter.class))).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Executors.newSingleThreadExecutor()")
        .hasMessageContaining("Thread.<init>");
    assertThatCode(() -> rule.check(only(HiddenClient.class, InterruptAware.class))).doesNotThrowAnyException();
  }

  /** Renders on a pool of its own and on a thread of its own. */
  static final class PooledWriter {
    void write(Runnable render) {
      java.util.concurrent.Executors.newSingleThreadExecutor().execute(render);
      new Thread(render).start();
    }
  }

  /** Only asks whether its thread was interrupted, as a retry loop does. */
  static final class InterruptAware {
    boolean stop() {
      return Thread.currentThread().isInterrupted();
    }
  }

  /** Leaks OkHttp and Okio types through public members. */
  public static final class LeakyClient {
    public static java.util.List<ByteString> chunks = java.util.List.of();

    public Request request() {
      return new Request.Builder().url("http://127.0.0.1/").build();
    }
  }

  /** The same member in a class nobody outside its package sees. */
  static final class HiddenClient {
    public Request request() {
      return new Request.Builder().url("http://127.0.0.1/").build();
    }
  }

  /** A public class nested in a hidden one is hidden too. */
  static final class HiddenOwner {
    /** Nested. */
    public static final class Nested {
      public Request request() {
        return new Request.Builder().url("http://127.0.0.1/").build();
      }
    }
  }

  /** A Retrofit interface everybody sees. */
  public interface PublicEndpoints {
    @POST("voice/x")
    Object call();
  }

  /** A Retrofit interface only its package sees. */
  interface HiddenEndpoints {
    @POST("voice/x")
    Object call();
  }
}
