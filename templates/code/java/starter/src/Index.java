// A starter function: it answers every request (any method, any path, with or
// without a body). Deploy it with `fnflow deploy`, call it with `fnflow exec`.
package io.openruntimes.java;

import java.util.HashMap;
import java.util.Map;

public class Index {
  public RuntimeOutput main(RuntimeContext context) throws Exception {
    RuntimeRequest req = context.getReq();
    String name = req.getQuery().getOrDefault("name", "world");
    String text = req.getBodyText();
    if (!text.isEmpty()) {
      try {
        Object n = req.getBodyJson().get("name");
        if (n instanceof String) {
          name = (String) n;
        }
      } catch (RuntimeException notAnObject) {
        name = text;
      }
    }
    context.log(req.getMethod() + " " + req.getPath() + " for " + name);
    Map<String, Object> out = new HashMap<>();
    out.put("hello", name);
    out.put("method", req.getMethod());
    out.put("path", req.getPath());
    return context.getRes().json(out);
  }
}
