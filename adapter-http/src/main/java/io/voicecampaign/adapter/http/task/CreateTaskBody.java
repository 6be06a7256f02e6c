package io.voicecampaign.adapter.http.task;

import io.voicecampaign.adapter.http.core.BodyPreview;
import io.voicecampaign.adapter.http.core.PlatformTransport;
import io.voicecampaign.domain.campaign.AgentCampaign;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;

/**
 * The one-shot body of a create, written straight from the domain objects into the connection as it is
 * sent: no copy of the whole body is ever held. It announces its exact {@code Content-Length}, counted
 * from the domain objects before the first byte is written, and rendered on the sending thread as the
 * connection takes it. OkHttp never sends it twice.
 */
final class CreateTaskBody extends RequestBody implements BodyPreview {

  private static final MediaType JSON = MediaType.get(PlatformTransport.JSON_CONTENT_TYPE);

  private final AgentCampaign campaign;
  private final ZoneId zone;
  private final long length;

  private CreateTaskBody(AgentCampaign campaign, ZoneId zone, long length) {
    this.campaign = campaign;
    this.zone = zone;
    this.length = length;
  }

  /** The body of {@code campaign}, its length counted now. */
  static CreateTaskBody sized(AgentCampaign campaign, ZoneId zone) {
    return new CreateTaskBody(campaign, zone, CreateTaskJson.length(campaign, zone));
  }

  @Override
  public MediaType contentType() {
    return JSON;
  }

  @Override
  public long contentLength() {
    return length;
  }

  @Override
  public boolean isOneShot() {
    return true;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    CreateTaskJson.write(campaign, zone, sink);
  }

  @Override
  public String preview(int maxBytes) {
    Buffer start = new Buffer();
    LimitedSink limited = new LimitedSink(start, maxBytes);
    try (BufferedSink sink = Okio.buffer(limited)) {
      CreateTaskJson.write(campaign, zone, sink);
    } catch (IOException full) {
      // the preview is full: the rest of the body is not rendered
    }
    return new String(start.readByteArray(), StandardCharsets.UTF_8);
  }

  /** A sink that keeps the first bytes and then stops the writer, so a preview renders only a prefix. */
  private static final class LimitedSink extends ForwardingSink {
    private final Buffer kept;
    private long room;

    LimitedSink(Buffer kept, long room) {
      super(kept);
      this.kept = kept;
      this.room = room;
    }

    @Override
    public void write(Buffer source, long byteCount) throws IOException {
      long take = Math.min(room, byteCount);
      kept.write(source, take);
      source.skip(byteCount - take);
      room -= take;
      if (room == 0) {
        throw new IOException("preview full");
      }
    }
  }
}
