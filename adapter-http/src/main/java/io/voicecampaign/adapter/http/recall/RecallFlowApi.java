package io.voicecampaign.adapter.http.recall;

import io.voicecampaign.adapter.http.core.PlatformCall;
import io.voicecampaign.adapter.http.core.Repeat;
import io.voicecampaign.adapter.http.core.Repeats;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowCancelRequest;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowDetailRequest;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowQueryRequest;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowUpdateRequest;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** The recall-flow endpoints; {@code prefix} is the configured path prefix ("" or e.g. "v3/"). */
interface RecallFlowApi {

  @POST("{prefix}voice/recallFlow/queryPage")
  @Repeats(Repeat.SAFE)
  PlatformCall queryPage(@Path(value = "prefix", encoded = true) String prefix, @Body RecallFlowQueryRequest body);

  @POST("{prefix}voice/recallFlow/queryDetail")
  @Repeats(Repeat.SAFE)
  PlatformCall queryDetail(@Path(value = "prefix", encoded = true) String prefix, @Body RecallFlowDetailRequest body);

  /** An edit replaces the whole plan: sending it twice leaves the same flow, so it repeats like a read. */
  @POST("{prefix}voice/recallFlow/update")
  @Repeats(Repeat.SAFE)
  PlatformCall update(@Path(value = "prefix", encoded = true) String prefix, @Body RecallFlowUpdateRequest body);

  /** A second cancel of a flow the first one cancelled is refused (-22): repeat only what was not processed. */
  @POST("{prefix}voice/recallFlow/cancel")
  @Repeats(Repeat.IF_NOT_PROCESSED)
  PlatformCall cancel(@Path(value = "prefix", encoded = true) String prefix, @Body RecallFlowCancelRequest body);
}
