package io.openruntimes.java;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** context.getRes(): each method returns the RuntimeOutput to return. */
public class RuntimeResponse {
  public RuntimeOutput binary(byte[] bytes, int statusCode, Map<String, String> headers) {
    return new RuntimeOutput(bytes, statusCode, headers == null ? new HashMap<>() : new HashMap<>(headers));
  }

  public RuntimeOutput binary(byte[] body, int statusCode) {
    return binary(body, statusCode, null);
  }

  public RuntimeOutput binary(byte[] body) {
    return binary(body, 200, null);
  }

  public RuntimeOutput send(String body, int statusCode, Map<String, String> headers) {
    return text(body, statusCode, headers);
  }

  public RuntimeOutput send(String body, int statusCode) {
    return text(body, statusCode, null);
  }

  public RuntimeOutput send(String body) {
    return text(body, 200, null);
  }

  public RuntimeOutput text(String body, int statusCode, Map<String, String> headers) {
    return binary((body == null ? "" : body).getBytes(StandardCharsets.UTF_8), statusCode, headers);
  }

  public RuntimeOutput text(String body, int statusCode) {
    return text(body, statusCode, null);
  }

  public RuntimeOutput text(String body) {
    return text(body, 200, null);
  }

  public RuntimeOutput json(Map<String, Object> json, int statusCode, Map<String, String> headers) {
    Map<String, String> h = headers == null ? new HashMap<>() : new HashMap<>(headers);
    boolean has = false;
    for (String k : h.keySet()) {
      has = has || k.equalsIgnoreCase("content-type");
    }
    if (!has) {
      h.put("content-type", "application/json");
    }
    return text(Json.encode(json), statusCode, h);
  }

  public RuntimeOutput json(Map<String, Object> json, int statusCode) {
    return json(json, statusCode, null);
  }

  public RuntimeOutput json(Map<String, Object> json) {
    return json(json, 200, null);
  }

  public RuntimeOutput empty() {
    return text("", 204, null);
  }

  public RuntimeOutput redirect(String url, int statusCode, Map<String, String> headers) {
    Map<String, String> h = headers == null ? new HashMap<>() : new HashMap<>(headers);
    h.put("location", url);
    return text("", statusCode, h);
  }

  public RuntimeOutput redirect(String url, int statusCode) {
    return redirect(url, statusCode, null);
  }

  public RuntimeOutput redirect(String url) {
    return redirect(url, 301, null);
  }
}
