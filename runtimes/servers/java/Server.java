package io.openruntimes.java;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * fnflow's Java runtime server: the Open Runtimes v5 container contract with the standard
 * library only (com.sun.net.httpserver). The function (a class with public RuntimeOutput
 * main(RuntimeContext), compiled with this server at build time) is named by
 * OPEN_RUNTIMES_ENTRYPOINT: its source file, whose package declaration gives the class.
 */
public final class Server {
  static final int MAX_BODY = 20 * 1024 * 1024;
  static final String FUNCTION_DIR = envOr("FNFLOW_FUNCTION_DIR", "/usr/local/server/src/function");
  static final String LOGS_DIR = envOr("FNFLOW_LOGS_DIR", "/mnt/logs");
  static final String MSG_UNAUTHORIZED = "Unauthorized. Provide correct \"x-open-runtimes-secret\" header.";
  static final String MSG_BAD_TIMEOUT = "Header \"x-open-runtimes-timeout\" must be an integer greater than 0.";
  static final String MSG_NO_RETURN = "Return statement missing. return context.getRes().empty() if no response is expected.";
  static final Pattern SAFE_ID = Pattern.compile("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$");
  static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
  static final long STARTED = System.currentTimeMillis();
  static final ExecutorService CALLS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fnflow-execution");
    t.setDaemon(true);
    return t;
  });
  static final SecureRandom RANDOM = new SecureRandom();
  static final Map<String, String> ENFORCED = enforcedHeaders();

  static Object instance;
  static Method mainMethod;

  static String envOr(String k, String def) {
    String v = System.getenv(k);
    return v == null || v.isEmpty() ? def : v;
  }

  static Map<String, String> enforcedHeaders() {
    Map<String, String> out = new HashMap<>();
    String raw = System.getenv("OPEN_RUNTIMES_HEADERS");
    if (raw == null || raw.isEmpty()) return out;
    try {
      Object v = Json.decode(raw);
      if (v instanceof Map) {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          out.put(String.valueOf(e.getKey()).toLowerCase(), String.valueOf(e.getValue()));
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println("fnflow runtime: ignoring OPEN_RUNTIMES_HEADERS, not JSON: " + e.getMessage());
    }
    return out;
  }

  static final class LoadFailure extends Exception {
    LoadFailure(String message) { super(message); }
  }

  static final class Failure {
    final int status;
    final String message;
    Failure(int status, String message) { this.status = status; this.message = message; }
  }

  static synchronized Method load() throws LoadFailure {
    if (mainMethod != null) return mainMethod;
    String entrypoint = System.getenv("OPEN_RUNTIMES_ENTRYPOINT");
    if (entrypoint == null || entrypoint.isEmpty()) {
      throw new LoadFailure("Failed to load entrypoint, OPEN_RUNTIMES_ENTRYPOINT is not set.");
    }
    Path file = Paths.get(FUNCTION_DIR, entrypoint);
    if (!Files.isRegularFile(file)) {
      throw new LoadFailure("Failed to load entrypoint, file " + entrypoint + " does not exist.");
    }
    String name = file.getFileName().toString().replaceFirst("\\.java$", "");
    try {
      Matcher m = PACKAGE.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      if (m.find()) name = m.group(1) + "." + name;
      Class<?> cls = Class.forName(name);
      Method method = cls.getMethod("main", RuntimeContext.class);
      instance = cls.getDeclaredConstructor().newInstance();
      mainMethod = method;
      return method;
    } catch (NoSuchMethodException e) {
      throw new LoadFailure("Failed to load entrypoint " + entrypoint + ": class " + name
          + " has no public RuntimeOutput main(RuntimeContext context).");
    } catch (ClassNotFoundException e) {
      throw new LoadFailure("Failed to load entrypoint " + entrypoint + ": class " + name + " was not compiled.");
    } catch (Exception | LinkageError e) {
      throw new LoadFailure("Failed to load module: " + stack(e));
    }
  }

  static String stack(Throwable e) {
    if (e instanceof InvocationTargetException && e.getCause() != null) e = e.getCause();
    StringWriter w = new StringWriter();
    e.printStackTrace(new PrintWriter(w));
    return w.toString().trim();
  }

  static byte[] readBody(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    int n;
    while ((n = in.read(buf)) > 0) {
      out.write(buf, 0, n);
      if (out.size() > MAX_BODY) return null;
    }
    return out.toByteArray();
  }

  static void plain(HttpExchange ex, int status, String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("content-type", "text/plain; charset=utf-8");
    ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(b);
    }
  }

  static String logId(String header) {
    if (header != null && SAFE_ID.matcher(header).matches()) return header;
    if ("development".equals(System.getenv("OPEN_RUNTIMES_ENV"))) return "dev";
    byte[] b = new byte[4];
    RANDOM.nextBytes(b);
    StringBuilder s = new StringBuilder(Long.toHexString(System.currentTimeMillis()));
    for (byte x : b) s.append(String.format("%02x", x));
    return s.toString();
  }

  static Map<String, String> parseQuery(String qs) {
    Map<String, String> q = new HashMap<>();
    if (qs == null) return q;
    for (String pair : qs.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        k = URLDecoder.decode(k, "UTF-8");
        v = URLDecoder.decode(v, "UTF-8");
      } catch (Exception ignored) {
        // keep the raw text
      }
      if (!k.isEmpty()) q.put(k, v);
    }
    return q;
  }

  static void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    if ("/__opr/health".equals(path)) {
      plain(ex, 200, "OK");
      return;
    }
    Map<String, String> raw = new HashMap<>();
    for (Map.Entry<String, List<String>> e : ex.getRequestHeaders().entrySet()) {
      raw.put(e.getKey().toLowerCase(), String.join(", ", e.getValue()));
    }
    String secret = System.getenv("OPEN_RUNTIMES_SECRET");
    if (secret != null && !secret.isEmpty() && !MessageDigest.isEqual(
        secret.getBytes(StandardCharsets.UTF_8), raw.getOrDefault("x-open-runtimes-secret", "").getBytes(StandardCharsets.UTF_8))) {
      plain(ex, 500, MSG_UNAUTHORIZED);
      return;
    }
    if ("/__opr/timings".equals(path)) {
      plain(ex, 200, String.format("uptime_seconds=%.3f%n", (System.currentTimeMillis() - STARTED) / 1000.0));
      return;
    }
    int timeout = 0;
    String rawTimeout = raw.getOrDefault("x-open-runtimes-timeout", "");
    if (!rawTimeout.isEmpty()) {
      if (!rawTimeout.matches("\\d+") || Long.parseLong(rawTimeout) < 1) {
        plain(ex, 500, MSG_BAD_TIMEOUT);
        return;
      }
      timeout = (int) Math.min(Long.parseLong(rawTimeout), Integer.MAX_VALUE);
    }
    byte[] body = readBody(ex.getRequestBody());
    if (body == null) {
      plain(ex, 413, "Request body too large.");
      return;
    }
    String logging = raw.getOrDefault("x-open-runtimes-logging", "");
    RuntimeLogger logger = new RuntimeLogger(!"disabled".equalsIgnoreCase(logging), logId(raw.get("x-open-runtimes-log-id")));
    Map<String, String> headers = new HashMap<>();
    for (Map.Entry<String, String> e : raw.entrySet()) {
      if (!e.getKey().startsWith("x-open-runtimes-")) headers.put(e.getKey(), e.getValue());
    }
    headers.putAll(ENFORCED);
    String scheme = headers.getOrDefault("x-forwarded-proto", "http").split(",")[0].trim();
    if (scheme.isEmpty()) scheme = "http";
    int defaultPort = "https".equals(scheme) ? 443 : 80;
    String hostHeader = headers.getOrDefault("host", "");
    String host = hostHeader;
    int port = defaultPort;
    Matcher hm = Pattern.compile("^(\\[[^\\]]*\\]|[^:]*)(?::(\\d+))?$").matcher(hostHeader);
    if (hm.matches()) {
      host = hm.group(1);
      if (hm.group(2) != null) port = Integer.parseInt(hm.group(2));
    }
    String qs = ex.getRequestURI().getRawQuery();
    String queryString = qs == null ? "" : qs;
    String url = scheme + "://" + host + (port == defaultPort ? "" : ":" + port) + path
        + (queryString.isEmpty() ? "" : "?" + queryString);
    RuntimeRequest req = new RuntimeRequest(ex.getRequestMethod(), scheme, host, port, path,
        parseQuery(queryString), queryString, headers, body, url);
    RuntimeContext ctx = new RuntimeContext(req, new RuntimeResponse(), logger);

    Object result;
    try {
      Method main = load();
      Future<Object> call = CALLS.submit(() -> {
        try {
          Object out = main.invoke(instance, ctx);
          return out == null ? new Failure(500, MSG_NO_RETURN) : out;
        } catch (InvocationTargetException e) {
          return new Failure(500, stack(e));
        }
      });
      try {
        result = timeout > 0 ? call.get(timeout, TimeUnit.SECONDS) : call.get();
      } catch (TimeoutException e) {
        call.cancel(true);
        result = new Failure(500, "Execution timed out.");
      } catch (Exception e) {
        result = new Failure(500, stack(e));
      }
    } catch (LoadFailure e) {
      result = new Failure(503, e.getMessage());
    }
    RuntimeOutput out;
    if (result instanceof Failure) {
      logger.write(RuntimeLogger.ERROR, ((Failure) result).message);
      out = new RuntimeOutput(new byte[0], ((Failure) result).status, new HashMap<>());
    } else if (result instanceof RuntimeOutput) {
      out = (RuntimeOutput) result;
    } else {
      logger.write(RuntimeLogger.ERROR, "Invalid response: return context.getRes().text(...) or another method of context.getRes().");
      out = new RuntimeOutput(new byte[0], 500, new HashMap<>());
    }
    String contentType = "text/plain";
    for (Map.Entry<String, String> e : out.getHeaders().entrySet()) {
      String k = e.getKey().toLowerCase();
      if (k.startsWith("x-open-runtimes-") || k.equals("content-length") || k.equals("transfer-encoding")) continue;
      if (k.equals("content-type")) {
        contentType = String.valueOf(e.getValue()).toLowerCase();
        continue;
      }
      ex.getResponseHeaders().set(k, String.valueOf(e.getValue()).replace('\r', ' ').replace('\n', ' '));
    }
    if (!contentType.startsWith("multipart/") && !contentType.contains("charset=")) contentType += "; charset=utf-8";
    ex.getResponseHeaders().set("content-type", contentType);
    if (logger.end(LOGS_DIR)) {
      ex.getResponseHeaders().set("x-open-runtimes-log-id", URLEncoder.encode(logger.getId(), "UTF-8"));
    }
    int status = out.getStatusCode();
    if (status < 100 || status > 999) status = 500;
    byte[] b = out.getBody();
    boolean noBody = status == 204 || status == 304 || status < 200 || "HEAD".equals(ex.getRequestMethod());
    ex.sendResponseHeaders(status, noBody || b.length == 0 ? -1 : b.length);
    try (OutputStream o = ex.getResponseBody()) {
      if (!noBody) o.write(b);
    }
  }

  public static void main(String[] args) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", 3000), 128);
    server.createContext("/", ex -> {
      try {
        handle(ex);
      } catch (Throwable e) {
        System.err.println("fnflow runtime: " + stack(e));
        try {
          plain(ex, 500, "");
        } catch (IOException ignored) {
          // the connection is gone
        }
      } finally {
        ex.close();
      }
    });
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
    System.out.println("HTTP server successfully started!");
  }
}
