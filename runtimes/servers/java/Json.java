package io.openruntimes.java;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small JSON encoder and decoder (the runtime uses the standard library only). */
public final class Json {
  private Json() {}

  public static String encode(Object v) {
    StringBuilder b = new StringBuilder();
    write(b, v);
    return b.toString();
  }

  private static void write(StringBuilder b, Object v) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof String || v instanceof Character) {
      quote(b, v.toString());
    } else if (v instanceof Boolean) {
      b.append(v.toString());
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) b.append("null");
      else if (d == Math.rint(d) && Math.abs(d) < 1e15) b.append((long) d).append(".0");
      else b.append(v.toString());
    } else if (v instanceof Number) {
      b.append(v.toString());
    } else if (v instanceof Map) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        if (!first) b.append(',');
        first = false;
        quote(b, String.valueOf(e.getKey()));
        b.append(':');
        write(b, e.getValue());
      }
      b.append('}');
    } else if (v instanceof Collection || v instanceof Object[]) {
      Collection<?> c = v instanceof Collection ? (Collection<?>) v : java.util.Arrays.asList((Object[]) v);
      b.append('[');
      boolean first = true;
      for (Object o : c) {
        if (!first) b.append(',');
        first = false;
        write(b, o);
      }
      b.append(']');
    } else {
      quote(b, v.toString());
    }
  }

  private static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        default:
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
      }
    }
    b.append('"');
  }

  /** Parses JSON text: Map (LinkedHashMap), List, String, Double/Long, Boolean or null. */
  public static Object decode(String s) {
    Parser p = new Parser(s);
    p.ws();
    Object v = p.value();
    p.ws();
    if (p.i != s.length()) throw p.error("trailing characters");
    return v;
  }

  private static final class Parser {
    final String s;
    int i;

    Parser(String s) { this.s = s; }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException("invalid JSON at offset " + i + ": " + what);
    }

    void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }

    Object value() {
      if (i >= s.length()) throw error("unexpected end");
      char c = s.charAt(i);
      if (c == '{') {
        i++;
        Map<String, Object> m = new LinkedHashMap<>();
        ws();
        if (i < s.length() && s.charAt(i) == '}') { i++; return m; }
        while (true) {
          ws();
          if (i >= s.length() || s.charAt(i) != '"') throw error("expected a key");
          String k = string();
          ws();
          if (i >= s.length() || s.charAt(i) != ':') throw error("expected ':'");
          i++;
          ws();
          m.put(k, value());
          ws();
          if (i < s.length() && s.charAt(i) == ',') { i++; continue; }
          if (i < s.length() && s.charAt(i) == '}') { i++; return m; }
          throw error("expected ',' or '}'");
        }
      }
      if (c == '[') {
        i++;
        List<Object> l = new ArrayList<>();
        ws();
        if (i < s.length() && s.charAt(i) == ']') { i++; return l; }
        while (true) {
          ws();
          l.add(value());
          ws();
          if (i < s.length() && s.charAt(i) == ',') { i++; continue; }
          if (i < s.length() && s.charAt(i) == ']') { i++; return l; }
          throw error("expected ',' or ']'");
        }
      }
      if (c == '"') return string();
      if (s.startsWith("true", i)) { i += 4; return Boolean.TRUE; }
      if (s.startsWith("false", i)) { i += 5; return Boolean.FALSE; }
      if (s.startsWith("null", i)) { i += 4; return null; }
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
      String num = s.substring(start, i);
      if (num.isEmpty()) throw error("unexpected character");
      try {
        if (num.contains(".") || num.contains("e") || num.contains("E")) return Double.parseDouble(num);
        return Long.parseLong(num);
      } catch (NumberFormatException e) {
        throw error("bad number");
      }
    }

    String string() {
      i++; // opening quote
      StringBuilder b = new StringBuilder();
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '"') return b.toString();
        if (c != '\\') { b.append(c); continue; }
        if (i >= s.length()) break;
        char e = s.charAt(i++);
        switch (e) {
          case 'n': b.append('\n'); break;
          case 't': b.append('\t'); break;
          case 'r': b.append('\r'); break;
          case 'b': b.append('\b'); break;
          case 'f': b.append('\f'); break;
          case 'u':
            if (i + 4 > s.length()) throw error("bad escape");
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
            break;
          default: b.append(e);
        }
      }
      throw error("unterminated string");
    }
  }
}
