package io.voicecampaign.adapter.http.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import io.voicecampaign.application.port.out.ReportParseFailure;

@DisplayName("the report package's public surface")
class PublicSurfaceTest {

  private static final List<Class<?>> PUBLIC_TYPES = List.of(CallReportParser.class, CallReportParser.Builder.class, CallReportReceiver.class,
      ReportParseFailure.class, ReportParseFailure.MalformedJson.class, ReportParseFailure.UnexpectedContent.class,
      ReportParseFailure.TooLarge.class, ReportParseFailure.Unreadable.class);

  @Test
  @DisplayName("names no Moshi or okio type, so the JSON library can be replaced inside the package")
  void noJsonLibraryTypes() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : PUBLIC_TYPES) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())) {
          Stream.concat(Stream.of(method.getGenericReturnType()), Stream.of(method.getGenericParameterTypes()))
              .filter(PublicSurfaceTest::isJsonLibrary).forEach(t -> leaks.add(type.getSimpleName() + "." + method.getName() + ": " + t));
          Stream.of(method.getGenericExceptionTypes()).filter(PublicSurfaceTest::isJsonLibrary)
              .forEach(t -> leaks.add(type.getSimpleName() + "." + method.getName() + " throws " + t));
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(constructor.getModifiers())) {
          Stream.of(constructor.getGenericParameterTypes()).filter(PublicSurfaceTest::isJsonLibrary)
              .forEach(t -> leaks.add(type.getSimpleName() + " constructor: " + t));
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isPublic(field.getModifiers()) && isJsonLibrary(field.getGenericType())) {
          leaks.add(type.getSimpleName() + "." + field.getName());
        }
      }
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          if (isJsonLibrary(component.getGenericType())) {
            leaks.add(type.getSimpleName() + "." + component.getName());
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  @DisplayName("the reading machinery stays package-private")
  void internalsHidden() {
    assertThat(Modifier.isPublic(CallReportReader.class.getModifiers())).isFalse();
    assertThat(Modifier.isPublic(ReportTimes.class.getModifiers())).isFalse();
    assertThat(Modifier.isPublic(Redaction.class.getModifiers())).isFalse();
    assertThat(Modifier.isPublic(BoundedBody.class.getModifiers())).isFalse();
  }

  private static boolean isJsonLibrary(Type type) {
    String name = type.getTypeName();
    return name.contains("com.squareup.") || name.contains("okio.");
  }
}
