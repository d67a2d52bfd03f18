package io.openruntimes.java;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** context.getReq(). */
public class RuntimeRequest {
  private final String method, scheme, host, path, queryString, url;
  private final int port;
  private final Map<String, String> query, headers;
  private final byte[] body;

  public RuntimeRequest(String method, String scheme, String host, int port, String path,
      Map<String, String> query, String queryString, Map<String, String> headers, byte[] body, String url) {
    this.method = method;
    this.scheme = scheme;
    this.host = host;
    this.port = port;
    this.path = path;
    this.query = query;
    this.queryString = queryString;
    this.headers = headers;
    this.body = body;
    this.url = url;
  }

  public String getMethod() { return method; }
  public String getScheme() { return scheme; }
  public String getHost() { return host; }
  public int getPort() { return port; }
  public String getPath() { return path; }
  public Map<String, String> getQuery() { return query; }
  public String getQueryString() { return queryString; }
  public Map<String, String> getHeaders() { return headers; }
  public byte[] getBodyBinary() { return body; }
  public String getBodyText() { return new String(body, StandardCharsets.UTF_8); }
  public String getBodyRaw() { return getBodyText(); }
  public String getUrl() { return url; }

  /** The body parsed as a JSON object (IllegalArgumentException when it is not one). */
  @SuppressWarnings("unchecked")
  public Map<String, Object> getBodyJson() {
    Object v = Json.decode(getBodyText());
    if (!(v instanceof Map)) {
      throw new IllegalArgumentException("request body is not a JSON object");
    }
    return (Map<String, Object>) v;
  }

  /** The JSON object for application/json, else the text. */
  public Object getBody() {
    String type = headers.getOrDefault("content-type", "text/plain").toLowerCase();
    if (type.startsWith("application/json")) {
      return body.length == 0 ? new HashMap<String, Object>() : getBodyJson();
    }
    return getBodyText();
  }
}
