package io.voicecampaign.adapter.http.task;

import io.voicecampaign.adapter.http.core.BodyPreview;
import io.voicecampaign.adapter.http.core.PlatformTransport;
import io.voicecampaign.domain.campaign.AgentCampaign;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;

/**
 * The one-shot body of a create. Buffered (the default), it is written once into an Okio buffer so
 * that it can be sent with its {@code Content-Length}; streamed, it is written into the connection as
 * it goes, chunked. Either way it comes straight from the domain objects, and OkHttp never sends it twice.
 */
final class CreateTaskBody extends RequestBody implements BodyPreview {

  private static final MediaType JSON = MediaType.get(PlatformTransport.JSON_CONTENT_TYPE);

  private final AgentCampaign campaign;
  private final ZoneId zone;
  private final Buffer buffered;

  private CreateTaskBody(AgentCampaign campaign, ZoneId zone, Buffer buffered) {
    this.campaign = campaign;
    this.zone = zone;
    this.buffered = buffered;
  }

  /** A body written now into a buffer, sent with its length. */
  static CreateTaskBody buffered(AgentCampaign campaign, ZoneId zone) {
    Buffer buffer = new Buffer();
    try {
      CreateTaskJson.write(campaign, zone, buffer);
    } catch (IOException e) {
      // an in-memory buffer does not fail
      throw new UncheckedIOException(e);
    }
    return new CreateTaskBody(campaign, zone, buffer);
  }

  /** A body written while it is sent, chunked, without a length. */
  static CreateTaskBody streamed(AgentCampaign campaign, ZoneId zone) {
    return new CreateTaskBody(campaign, zone, null);
  }

  @Override
  public MediaType contentType() {
    return JSON;
  }

  @Override
  public long contentLength() {
    return buffered == null ? -1 : buffered.size();
  }

  @Override
  public boolean isOneShot() {
    return true;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    if (buffered == null) {
      CreateTaskJson.write(campaign, zone, sink);
    } else {
      sink.writeAll(buffered);
    }
  }

  @Override
  public String preview(int maxBytes) {
    if (buffered != null) {
      Buffer start = new Buffer();
      buffered.copyTo(start, 0, Math.min(maxBytes, buffered.size()));
      return start.readUtf8();
    }
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
