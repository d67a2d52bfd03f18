package io.openruntimes.java;

/** What a function's main(RuntimeContext) receives. */
public class RuntimeContext {
  private final RuntimeRequest req;
  private final RuntimeResponse res;
  private final RuntimeLogger logger;

  public RuntimeContext(RuntimeRequest req, RuntimeResponse res, RuntimeLogger logger) {
    this.req = req;
    this.res = res;
    this.logger = logger;
  }

  public RuntimeRequest getReq() { return req; }
  public RuntimeResponse getRes() { return res; }

  public void log(Object... messages) { logger.write(RuntimeLogger.LOG, messages); }
  public void error(Object... messages) { logger.write(RuntimeLogger.ERROR, messages); }
}
