package io.voicecampaign.reliability.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures every {@code java.util.logging} record of the process while open, with the named loggers
 * turned up to {@link Level#ALL} (OkHttp logs through {@code java.util.logging} under {@code okhttp3})
 * and kept off the console: their records come here only. Each record is kept as its fully formatted
 * text, parameters and stack trace included. Closing restores the loggers and detaches the handler.
 */
public final class LogCapture implements AutoCloseable {

  private final Logger root = Logger.getLogger("");
  private final Map<Logger, Level> previousLevels = new HashMap<>();
  private final Map<Logger, Boolean> previousParents = new HashMap<>();
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private final Handler handler = new Handler() {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      lines.add(record.getLoggerName() + " " + formatter.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  // strong references: java.util.logging holds loggers weakly, and a collected logger forgets its level
  private final List<Logger> raised = new ArrayList<>();

  private LogCapture(String... loggers) {
    handler.setLevel(Level.ALL);
    root.addHandler(handler);
    for (String name : loggers) {
      Logger logger = Logger.getLogger(name);
      raised.add(logger);
      previousLevels.put(logger, logger.getLevel());
      previousParents.put(logger, logger.getUseParentHandlers());
      logger.setLevel(Level.ALL);
      logger.addHandler(handler);
      logger.setUseParentHandlers(false);
    }
  }

  /** Starts capturing, with {@code loggers} turned up to every level. */
  public static LogCapture of(String... loggers) {
    return new LogCapture(loggers);
  }

  /** Every record captured so far, formatted. */
  public List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  /** The captured records that contain {@code text}. */
  public List<String> containing(String text) {
    return lines().stream().filter(line -> line.contains(text)).toList();
  }

  @Override
  public void close() {
    root.removeHandler(handler);
    for (Logger logger : raised) {
      logger.removeHandler(handler);
      logger.setUseParentHandlers(previousParents.get(logger));
      logger.setLevel(previousLevels.get(logger));
    }
  }
}
