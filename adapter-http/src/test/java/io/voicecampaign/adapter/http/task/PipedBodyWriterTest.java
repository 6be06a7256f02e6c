package io.voicecampaign.adapter.http.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A body rendered on a worker while it is sent")
class PipedBodyWriterTest {

  private static final int BODY_BYTES = 5 * (int) PipedBodyWriter.PIPE_BYTES + 12_345;

  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final PipedBodyWriter piped = new PipedBodyWriter(workers);

  @AfterEach
  void stopWorkers() {
    workers.shutdownNow();
  }

  @Test
  @DisplayName("arrives whole and in order, several times larger than the pipe, rendered on another thread")
  void arrivesWhole() throws IOException {
    AtomicReference<Thread> renderer = new AtomicReference<>();
    Buffer sent = new Buffer();

    try (BufferedSink sink = Okio.buffer((okio.Sink) sent)) {
      piped.write(out -> {
        renderer.set(Thread.currentThread());
        writeNumbered(out, BODY_BYTES);
      }, sink);
    }

    assertThat(renderer.get()).isNotSameAs(Thread.currentThread());
    Buffer expected = new Buffer();
    writeNumbered(expected, BODY_BYTES);
    assertThat(sent.readByteString()).isEqualTo(expected.readByteString());
  }

  @Test
  @DisplayName("fails with the renderer's own exception when rendering fails half-way, never ending as if complete")
  void renderFailureFailsTheSend() {
    BufferedSink sink = Okio.buffer((okio.Sink) new Buffer());

    assertThatThrownBy(() -> piped.write(out -> {
      writeNumbered(out, 3 * (int) PipedBodyWriter.PIPE_BYTES);
      throw new IllegalStateException("renderer broke");
    }, sink)).isInstanceOf(IllegalStateException.class).hasMessage("renderer broke");
  }

  @Test
  @DisplayName("when the connection fails, fails with the connection's exception and the worker stops")
  void connectionFailureStopsTheWorker() throws InterruptedException {
    CountDownLatch workerEnded = new CountDownLatch(1);
    BufferedSink broken = Okio.buffer(new ForwardingSink(new Buffer()) {
      private long written;

      @Override
      public void write(Buffer source, long byteCount) throws IOException {
        written += byteCount;
        if (written > PipedBodyWriter.PIPE_BYTES) {
          throw new IOException("connection reset");
        }
        super.write(source, byteCount);
      }
    });

    assertThatThrownBy(() -> piped.write(out -> {
      try {
        writeNumbered(out, 50 * (int) PipedBodyWriter.PIPE_BYTES);
      } finally {
        workerEnded.countDown();
      }
    }, broken)).isInstanceOf(IOException.class).hasMessage("connection reset");
    assertThat(workerEnded.await(5, TimeUnit.SECONDS)).as("the worker stopped at its next write").isTrue();
  }

  @Test
  @DisplayName("renders on the sending thread when no worker can be had")
  void noWorker() throws IOException {
    workers.shutdown();
    AtomicReference<Thread> renderer = new AtomicReference<>();
    Buffer sent = new Buffer();

    try (BufferedSink sink = Okio.buffer((okio.Sink) sent)) {
      piped.write(out -> {
        renderer.set(Thread.currentThread());
        out.writeUtf8("{}");
      }, sink);
    }

    assertThat(renderer.get()).isSameAs(Thread.currentThread());
    assertThat(sent.readUtf8()).isEqualTo("{}");
  }

  /** {@code bytes} bytes of line-numbered text, so that a lost or reordered piece shows. */
  private static void writeNumbered(BufferedSink out, int bytes) throws IOException {
    long written = 0;
    for (int line = 0; written < bytes; line++) {
      String text = line + "\n";
      int take = (int) Math.min(text.length(), bytes - written);
      out.writeUtf8(text, 0, take);
      written += take;
    }
  }
}
