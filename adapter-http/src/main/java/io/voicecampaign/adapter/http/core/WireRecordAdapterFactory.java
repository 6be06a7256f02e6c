package io.voicecampaign.adapter.http.core;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Set;

/**
 * Reads the adapter's wire records through their canonical constructor, prepared once per record type
 * as a handle that takes the components as one array. Moshi's own record adapter calls
 * {@code MethodHandle.invokeWithArguments} for every record, which adapts the handle anew each time:
 * on a list page that is a hundred adaptations per answer, a measurable share of reading it.
 *
 * <p>Reading is otherwise Moshi's: the same component adapters, unknown names skipped, the last of
 * repeated names kept, a missing name left null. It takes only records whose components are all of
 * reference types and carry no annotations, which is every wire record the adapter reads (the rule that
 * wire records carry no Moshi annotation makes sure of it); any other record is left to Moshi, and
 * writing is always left to Moshi.
 */
final class WireRecordAdapterFactory implements JsonAdapter.Factory {

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class<?> record) || !record.isRecord()
        || record.getTypeParameters().length > 0) {
      return null;
    }
    RecordComponent[] components = record.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      if (component.getType().isPrimitive() || component.getAnnotations().length > 0
          || component.getGenericType() instanceof TypeVariable<?>) {
        return null;
      }
      types[i] = component.getType();
    }
    MethodHandle constructor;
    try {
      constructor = MethodHandles.publicLookup()
          .findConstructor(record, MethodType.methodType(void.class, types))
          .asSpreader(Object[].class, components.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException | IllegalArgumentException notReachable) {
      return null;
    }
    String[] names = new String[components.length];
    JsonAdapter<?>[] adapters = new JsonAdapter<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      names[i] = components[i].getName();
      adapters[i] = moshi.adapter(components[i].getGenericType());
    }
    JsonAdapter<Object> writer = moshi.nextAdapter(this, type, annotations);
    return new RecordReader(record, JsonReader.Options.of(names), adapters, constructor, writer).nullSafe();
  }

  /** Reads one record type; writes through Moshi's own adapter. */
  private static final class RecordReader extends JsonAdapter<Object> {
    private final Class<?> record;
    private final JsonReader.Options names;
    private final JsonAdapter<?>[] adapters;
    private final MethodHandle constructor;
    private final JsonAdapter<Object> writer;

    RecordReader(Class<?> record, JsonReader.Options names, JsonAdapter<?>[] adapters, MethodHandle constructor,
        JsonAdapter<Object> writer) {
      this.record = record;
      this.names = names;
      this.adapters = adapters;
      this.constructor = constructor;
      this.writer = writer;
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      Object[] values = new Object[adapters.length];
      reader.beginObject();
      while (reader.hasNext()) {
        int index = reader.selectName(names);
        if (index < 0) {
          reader.skipName();
          reader.skipValue();
        } else {
          values[index] = adapters[index].fromJson(reader);
        }
      }
      reader.endObject();
      try {
        return constructor.invokeExact(values);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("the constructor of " + record.getSimpleName() + " failed", e);
      }
    }

    @Override
    public void toJson(JsonWriter out, Object value) throws IOException {
      writer.toJson(out, value);
    }

    @Override
    public String toString() {
      return "WireRecordAdapter(" + record.getName() + ")";
    }
  }
}
