package io.voicecampaign.adapter.http.core;

import io.voicecampaign.adapter.http.config.PlatformEndpoint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;
import retrofit2.http.POST;

/**
 * Lets endpoint interfaces return {@link PlatformCall}: Retrofit builds the request (URL, path prefix,
 * body), the adapter's own runner sends it and reads the answer.
 */
final class PlatformCallAdapterFactory extends CallAdapter.Factory {

  private final CallRunner runner;

  PlatformCallAdapterFactory(CallRunner runner) {
    this.runner = runner;
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != PlatformCall.class) {
      return null;
    }
    Repeat repeat = null;
    PlatformEndpoint endpoint = null;
    for (Annotation annotation : annotations) {
      if (annotation instanceof Repeats repeats) {
        repeat = repeats.value();
      } else if (annotation instanceof POST post) {
        endpoint = PlatformEndpoint.ofPath(post.value()).getOrNull();
      }
    }
    if (endpoint == null) {
      throw new IllegalArgumentException("an endpoint returning PlatformCall must POST to a PlatformEndpoint's path");
    }
    if (repeat == null) {
      throw new IllegalArgumentException("an endpoint returning PlatformCall must declare @Repeats");
    }
    Repeat declared = repeat;
    PlatformEndpoint target = endpoint;
    return new CallAdapter<ResponseBody, PlatformCall>() {
      @Override
      public Type responseType() {
        return ResponseBody.class;
      }

      @Override
      public PlatformCall adapt(Call<ResponseBody> call) {
        return new PlatformCall(call.request(), declared, runner, target);
      }
    };
  }
}
