'use strict';
// The objects handed to user code: the Open Runtimes v5 `context`
// ({req, res, log, error}) and the legacy v2 `(req, res)` pair.

// parseQuery splits the raw query string as Open Runtimes' node server does:
// no percent or '+' decoding (req.query holds what the client sent), a pair
// without '=' gets '', and the last value of a repeated key wins.
function parseQuery(queryString) {
  const query = {};
  for (const pair of queryString.split('&')) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (key) query[key] = eq < 0 ? '' : pair.slice(eq + 1);
  }
  return query;
}

function splitHost(hostHeader, defaultPort) {
  const host = hostHeader || '';
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(host);
  if (!match) return { host, port: defaultPort };
  return { host: match[1], port: match[2] ? Number(match[2]) : defaultPort };
}

// buildRequest turns the raw HTTP request into context.req.
function buildRequest(method, rawUrl, headers, bodyBinary) {
  const q = rawUrl.indexOf('?');
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const queryString = q < 0 ? '' : rawUrl.slice(q + 1);
  const scheme = (headers['x-forwarded-proto'] || 'http').split(',')[0].trim();
  const defaultPort = scheme === 'https' ? 443 : 80;
  const { host, port } = splitHost(headers.host, defaultPort);
  const url =
    `${scheme}://${host}${port === defaultPort ? '' : `:${port}`}${path}` +
    (queryString ? `?${queryString}` : '');
  const contentType = (headers['content-type'] || 'text/plain').toLowerCase();

  return {
    get bodyBinary() {
      return bodyBinary;
    },
    get bodyText() {
      return bodyBinary.toString('utf8');
    },
    get bodyRaw() {
      return this.bodyText;
    },
    get bodyJson() {
      return JSON.parse(this.bodyText);
    },
    get body() {
      if (contentType.startsWith('application/json')) {
        return bodyBinary.length > 0 ? this.bodyJson : {};
      }
      return this.bodyText;
    },
    headers,
    method,
    host,
    scheme,
    port,
    path,
    queryString,
    query: parseQuery(queryString),
    url,
  };
}

function withoutContentType(headers) {
  const out = {};
  for (const [k, v] of Object.entries(headers || {})) {
    if (k.toLowerCase() !== 'content-type') out[k] = v;
  }
  return out;
}

// createResponse returns context.res. onResult (optional) sees every response
// built, which is how legacy code that calls res.json() without returning it
// still answers.
function createResponse(onResult) {
  const res = {
    binary(bytes, statusCode = 200, headers = {}) {
      const out = { body: bytes, statusCode, headers: { ...(headers || {}) } };
      if (onResult) onResult(out);
      return out;
    },
    text(body, statusCode = 200, headers = {}) {
      return res.binary(Buffer.from(String(body ?? ''), 'utf8'), statusCode, headers);
    },
    // send passes its body on as it is, as Open Runtimes does: bytes and
    // strings as they are, anything else (an object, a number) is written
    // as JSON with the response's content-type (text/plain by default).
    send(body, statusCode = 200, headers = {}) {
      if (Buffer.isBuffer(body) || body instanceof Uint8Array) {
        return res.binary(body, statusCode, headers);
      }
      if (typeof body === 'string') return res.text(body, statusCode, headers);
      const out = { body, statusCode, headers: { ...(headers || {}) } };
      if (onResult) onResult(out);
      return out;
    },
    // json always answers application/json, as Open Runtimes does.
    json(obj, statusCode = 200, headers = {}) {
      const h = withoutContentType(headers);
      h['content-type'] = 'application/json';
      return res.text(JSON.stringify(obj), statusCode, h);
    },
    empty() {
      return res.text('', 204, {});
    },
    redirect(url, statusCode = 301, headers = {}) {
      return res.text('', statusCode, { ...(headers || {}), location: url });
    },
  };
  return res;
}

function createContext(req, logger) {
  return {
    req,
    res: createResponse(null),
    log: (...args) => logger.log(...args),
    error: (...args) => logger.error(...args),
  };
}

// legacyVariables is req.variables of the v2 signature: the environment
// (without OPEN_RUNTIMES_*) plus the per-execution values Appwrite used to
// pass as variables, taken from the x-appwrite-* request headers.
function legacyVariables(headers, bodyText) {
  const vars = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('OPEN_RUNTIMES_')) vars[key] = value;
  }
  const fromHeader = (name, header) => {
    if (headers[header] !== undefined) vars[name] = headers[header];
    else if (vars[name] === undefined) vars[name] = '';
  };
  fromHeader('APPWRITE_FUNCTION_TRIGGER', 'x-appwrite-trigger');
  fromHeader('APPWRITE_FUNCTION_EVENT', 'x-appwrite-event');
  fromHeader('APPWRITE_FUNCTION_USER_ID', 'x-appwrite-user-id');
  fromHeader('APPWRITE_FUNCTION_JWT', 'x-appwrite-user-jwt');
  vars.APPWRITE_FUNCTION_DATA = bodyText;
  vars.APPWRITE_FUNCTION_EVENT_DATA = vars.APPWRITE_FUNCTION_TRIGGER === 'event' ? bodyText : '';
  return vars;
}

// createLegacy returns {req, res, sent}: sent resolves with the first
// response the code produced through res.
function createLegacy(req) {
  let resolveSent;
  const sent = new Promise((resolve) => {
    resolveSent = resolve;
  });
  let result = null;
  const res = createResponse((out) => {
    if (result === null) {
      result = out;
      resolveSent(out);
    }
  });
  const legacyReq = Object.create(req);
  legacyReq.payload = req.bodyText;
  legacyReq.variables = legacyVariables(req.headers, req.bodyText);
  return { req: legacyReq, res, sent, result: () => result };
}

module.exports = { buildRequest, createContext, createLegacy, createResponse };
