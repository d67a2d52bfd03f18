package io.openruntimes.java;

import java.util.HashMap;
import java.util.Map;

/** What a function returns: body, status code and headers. */
public class RuntimeOutput {
  private final byte[] body;
  private final int statusCode;
  private final Map<String, String> headers;

  public RuntimeOutput(byte[] body, int statusCode, Map<String, String> headers) {
    this.body = body == null ? new byte[0] : body;
    this.statusCode = statusCode;
    this.headers = headers == null ? new HashMap<>() : headers;
  }

  public byte[] getBody() {
    return body;
  }

  public int getStatusCode() {
    return statusCode;
  }

  public Map<String, String> getHeaders() {
    return headers;
  }
}
