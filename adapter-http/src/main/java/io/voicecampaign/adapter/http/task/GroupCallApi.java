package io.voicecampaign.adapter.http.task;

import io.voicecampaign.adapter.http.core.PlatformCall;
import io.voicecampaign.adapter.http.core.Repeat;
import io.voicecampaign.adapter.http.core.Repeats;
import io.voicecampaign.adapter.http.task.wire.CancelTasksRequest;
import io.voicecampaign.adapter.http.task.wire.TaskQueryRequest;
import okhttp3.RequestBody;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** The group-call task endpoints; {@code prefix} is the configured path prefix ("" or e.g. "v3/"). */
interface GroupCallApi {

  @POST("{prefix}voice/group/call/send/agent")
  @Repeats(Repeat.NEVER_BLIND)
  PlatformCall create(@Path(value = "prefix", encoded = true) String prefix, @Body RequestBody body);

  @POST("{prefix}voice/group/call/query")
  @Repeats(Repeat.SAFE)
  PlatformCall query(@Path(value = "prefix", encoded = true) String prefix, @Body TaskQueryRequest body);

  @POST("{prefix}voice/group/call/cancel")
  @Repeats(Repeat.IF_NOT_PROCESSED)
  PlatformCall cancel(@Path(value = "prefix", encoded = true) String prefix, @Body CancelTasksRequest body);
}
