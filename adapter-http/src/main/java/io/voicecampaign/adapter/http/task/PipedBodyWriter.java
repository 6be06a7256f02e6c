package io.voicecampaign.adapter.http.task;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;
import okio.Pipe;

/**
 * Writes a large body on a worker thread into a bounded pipe while the sending thread moves what is
 * ready into the connection, so that rendering the JSON and sending it overlap instead of following
 * each other. At most {@link #PIPE_BYTES} wait in the pipe: memory stays bounded whatever the body's
 * size.
 *
 * <p>A body is never cut short: when rendering fails, the pipe is cancelled rather than closed, so the
 * sending side fails with the renderer's exception instead of sending a complete-looking prefix; when
 * the connection fails, the pipe is cancelled and the worker stops at its next write. With no worker
 * to be had, the body is rendered on the sending thread as usual.
 */
final class PipedBodyWriter {

  /** The most bytes rendered ahead of the connection. */
  static final long PIPE_BYTES = 1024 * 1024;

  /** The most bytes handed to the connection at once. */
  static final long SEND_BYTES = 256 * 1024;

  private final Executor workers;

  PipedBodyWriter(Executor workers) {
    this.workers = workers;
  }

  /** What renders a body into a sink. */
  @FunctionalInterface
  interface Render {
    void writeTo(BufferedSink sink) throws IOException;
  }

  /** Renders {@code render} on a worker and sends its bytes to {@code sink} as they come; returns when all are sent. */
  void write(Render render, BufferedSink sink) throws IOException {
    Pipe pipe = new Pipe(PIPE_BYTES);
    AtomicReference<Throwable> renderFailure = new AtomicReference<>();
    try {
      workers.execute(() -> render(render, pipe, renderFailure));
    } catch (RejectedExecutionException noWorker) {
      render.writeTo(sink);
      return;
    }
    try {
      Buffer ready = new Buffer();
      while (pipe.source().read(ready, SEND_BYTES) != -1) {
        sink.write(ready, ready.size());
      }
      sink.flush();
    } catch (IOException | RuntimeException e) {
      // the worker records its failure before it cancels the pipe: read it before cancelling ours
      Throwable renderer = renderFailure.get();
      pipe.cancel();
      if (renderer != null) {
        throw asThrown(renderer);
      }
      throw e;
    }
  }

  private static void render(Render render, Pipe pipe, AtomicReference<Throwable> failure) {
    BufferedSink out = Okio.buffer(pipe.sink());
    try {
      render.writeTo(out);
      out.close();
    } catch (Throwable e) {
      // cancelled, never closed: the sending side must fail, not see the end of a short body
      failure.set(e);
      pipe.cancel();
    }
  }

  private static IOException asThrown(Throwable failure) {
    if (failure instanceof IOException io) {
      return io;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new IOException("rendering the body failed", failure);
  }
}
