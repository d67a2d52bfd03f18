package io.openruntimes.java;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** One request's logs, written to /mnt/logs/<id>_logs.log and _errors.log at the end. */
public class RuntimeLogger {
  public static final String LOG = "log";
  public static final String ERROR = "error";
  static final int MAX_CALL_CHARS = 8000;
  static final int MAX_TOTAL = 5 * 1024 * 1024;

  private final boolean enabled;
  private final String id;
  private final StringBuilder logs = new StringBuilder();
  private final StringBuilder errors = new StringBuilder();
  private boolean closed, fullLogs, fullErrors;

  public RuntimeLogger(boolean enabled, String id) {
    this.enabled = enabled;
    this.id = enabled ? id : "";
  }

  public String getId() { return id; }

  static String cut(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_CALL_CHARS) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, MAX_CALL_CHARS))
        + "... Log truncated due to size limit (" + MAX_CALL_CHARS + " characters)";
  }

  static String format(Object... messages) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < messages.length; i++) {
      Object m = messages[i];
      if (i > 0) b.append(' ');
      if (m instanceof Throwable) {
        StringWriter w = new StringWriter();
        ((Throwable) m).printStackTrace(new PrintWriter(w));
        b.append(w.toString().trim());
      } else if (m instanceof Map || m instanceof List) {
        b.append(Json.encode(m));
      } else {
        b.append(String.valueOf(m));
      }
    }
    return b.toString();
  }

  public synchronized void write(String kind, Object... messages) {
    if (!enabled || closed) return;
    String text = cut(format(messages)) + "\n";
    boolean err = ERROR.equals(kind);
    StringBuilder b = err ? errors : logs;
    if (err ? fullErrors : fullLogs) return;
    if (b.length() + text.length() > MAX_TOTAL) {
      b.append("[fnflow] Log output truncated.\n");
      if (err) fullErrors = true; else fullLogs = true;
      return;
    }
    b.append(text);
  }

  /** Writes both files; false when logging is off or they cannot be written. */
  public synchronized boolean end(String dir) {
    if (!enabled || closed) return false;
    closed = true;
    try {
      Files.write(Paths.get(dir, id + "_logs.log"), logs.toString().getBytes(StandardCharsets.UTF_8));
      Files.write(Paths.get(dir, id + "_errors.log"), errors.toString().getBytes(StandardCharsets.UTF_8));
      return true;
    } catch (IOException e) {
      System.err.println("fnflow runtime: cannot write logs to " + dir + ": " + e.getMessage());
      return false;
    }
  }
}
