'use strict';
// fnflow node runtime server: the Open Runtimes v5 container contract with
// the standard library only. See runtimes/doc.go for the contract.

const crypto = require('crypto');
const http = require('http');
const { Logger, storage, captureNativeOutput } = require('./logger');
const { buildRequest, createContext, createLegacy } = require('./context');
const { load, LoadError } = require('./loader');

const PORT = 3000;
const MAX_BODY_BYTES = 20 * 1024 * 1024;
const LEGACY_WAIT_MS = 15000; // legacy code that never calls res.* without a timeout header
const TIMED_OUT = Symbol('timed out');
const MSG_UNAUTHORIZED = 'Unauthorized. Provide correct "x-open-runtimes-secret" header.';
const MSG_BAD_TIMEOUT = 'Header "x-open-runtimes-timeout" must be an integer greater than 0.';
const MSG_TIMEOUT = 'Execution timed out.';
const MSG_NO_RETURN =
  'Return statement missing. return context.res.empty() if no response is expected.';
const MSG_BAD_RESPONSE = 'Invalid response: return context.res.text(...) or another context.res method.';
const MSG_NO_LEGACY_RESPONSE =
  'No response sent. Call res.send() or res.json() (or return context.res.empty() in the context style).';

const startedAt = Date.now();
const stats = { requests: 0, failures: 0 };

function rawStderr(text) {
  // Outside any request context: goes to the container's stderr.
  storage.exit(() => process.stderr.write(text));
}

function enforcedHeaders() {
  const raw = process.env.OPEN_RUNTIMES_HEADERS;
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch (e) {
    rawStderr(`fnflow runtime: ignoring OPEN_RUNTIMES_HEADERS, not JSON: ${e.message}\n`);
    return {};
  }
}
let ENFORCED_HEADERS = enforcedHeaders();

// A spare (FNFLOW_SPARE=1) starts without code or function environment and
// runs nothing until POST /__opr/specialize (secret-guarded, accepted once)
// hands it the function's environment; the entrypoint is loaded only after.
const SPARE = process.env.FNFLOW_SPARE === '1';
let specialized = !SPARE;
const MAX_SPECIALIZE_BYTES = 4 * 1024 * 1024;
const MSG_NOT_SPECIALIZED = 'Runtime not specialized yet.';
const MSG_SPECIALIZED = 'Runtime already specialized.';

// parseEnv checks the body of /__opr/specialize: {"env": {"KEY": "value"}}.
function parseEnv(body) {
  let parsed;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (_) {
    return null;
  }
  const env = parsed && parsed.env;
  if (!env || typeof env !== 'object' || Array.isArray(env)) return null;
  for (const [key, value] of Object.entries(env)) {
    if (!key || key.includes('=') || key.includes('\0') || typeof value !== 'string' || value.includes('\0')) {
      return null;
    }
  }
  return env;
}

async function specialize(req, res) {
  if (req.method !== 'POST') return plain(res, 405, 'Method not allowed.');
  if (specialized || !process.env.OPEN_RUNTIMES_SECRET) return plain(res, 409, MSG_SPECIALIZED);
  let body;
  try {
    body = await readBody(req, MAX_SPECIALIZE_BYTES);
  } catch (e) {
    return plain(res, e.status || 400, e.message);
  }
  if (specialized) return plain(res, 409, MSG_SPECIALIZED); // a concurrent call won
  const env = parseEnv(body);
  if (!env) return plain(res, 400, 'Body must be {"env": {"KEY": "value", ...}}.');
  specialized = true;
  for (const [key, value] of Object.entries(env)) {
    if (key !== 'OPEN_RUNTIMES_SECRET' && key !== 'FNFLOW_SPARE') process.env[key] = value;
  }
  ENFORCED_HEADERS = enforcedHeaders();
  return plain(res, 200, 'OK');
}

function sameSecret(given, secret) {
  const a = Buffer.from(String(given || ''), 'utf8');
  const b = Buffer.from(secret, 'utf8');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function plain(res, status, text) {
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length });
  res.end(body);
}

function readBody(req, limit = MAX_BODY_BYTES) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(Object.assign(new Error('Request body too large.'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function requestHeaders(raw) {
  const headers = {};
  for (const [key, value] of Object.entries(raw)) {
    const k = key.toLowerCase();
    if (!k.startsWith('x-open-runtimes-')) headers[k] = Array.isArray(value) ? value.join(', ') : value;
  }
  for (const [key, value] of Object.entries(ENFORCED_HEADERS)) {
    headers[key.toLowerCase()] = String(value);
  }
  return headers;
}

// failure is the answer of a failed run: an empty body, as Open Runtimes
// answers; the explanation is in the errors log only.
function failure(status) {
  return { body: Buffer.alloc(0), statusCode: status, headers: {} };
}

function isResponse(value) {
  return value !== null && typeof value === 'object' && ('body' in value || 'statusCode' in value);
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(() => resolve(null), ms).unref());
}

// invoke runs the user function in the style it declares.
async function invoke(fn, request, logger, timeoutSeconds) {
  if (fn.length !== 2) {
    return fn(createContext(request, logger));
  }
  const legacy = createLegacy(request);
  const returned = await fn(legacy.req, legacy.res);
  if (legacy.result()) return legacy.result();
  if (isResponse(returned)) return returned;
  // Old code often answers from a callback after returning.
  const waited = await Promise.race([legacy.sent, delay(timeoutSeconds ? timeoutSeconds * 1000 : LEGACY_WAIT_MS)]);
  if (waited) return waited;
  logger.error(MSG_NO_LEGACY_RESPONSE);
  return failure(500);
}

async function execute(request, logger, timeoutSeconds) {
  let fn;
  try {
    fn = await load(process.env.OPEN_RUNTIMES_ENTRYPOINT);
  } catch (e) {
    if (e instanceof LoadError) {
      logger.error(e.message);
      return failure(e.status);
    }
    logger.error(e);
    return failure(503); // the entrypoint does not load
  }

  const run = invoke(fn, request, logger, timeoutSeconds);
  run.catch(() => {}); // a late rejection after a timeout must not crash the server
  let timer = null;
  let output;
  try {
    if (timeoutSeconds) {
      const expired = new Promise((resolve) => {
        timer = setTimeout(() => resolve(TIMED_OUT), timeoutSeconds * 1000);
      });
      output = await Promise.race([run, expired]);
    } else {
      output = await run;
    }
  } catch (e) {
    logger.error(e);
    return failure(500);
  } finally {
    if (timer) clearTimeout(timer);
  }
  if (output === TIMED_OUT) {
    logger.error(MSG_TIMEOUT);
    return failure(500);
  }
  if (output === null || output === undefined) {
    logger.error(MSG_NO_RETURN);
    return failure(500);
  }
  if (typeof output !== 'object') {
    logger.error(MSG_BAD_RESPONSE);
    return failure(500);
  }
  return output;
}

function bodyBuffer(body) {
  if (body === null || body === undefined) return Buffer.alloc(0);
  if (Buffer.isBuffer(body)) return body;
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) return Buffer.from(body);
  if (typeof body === 'object') return Buffer.from(JSON.stringify(body), 'utf8');
  return Buffer.from(String(body), 'utf8');
}

function writeOutput(req, res, output, logger) {
  let status = Number(output.statusCode ?? 200);
  let body = bodyBuffer(output.body);
  if (!Number.isInteger(status) || status < 100 || status > 999) {
    logger.error(`Invalid status code: ${output.statusCode}`);
    status = 500;
    body = Buffer.alloc(0);
  }
  const headers = {};
  for (const [key, value] of Object.entries(output.headers || {})) {
    const k = key.toLowerCase();
    if (k.startsWith('x-open-runtimes-') || k === 'content-length' || k === 'transfer-encoding') continue;
    headers[k] = Array.isArray(value) ? value.map(String) : String(value);
  }
  const contentType = String(headers['content-type'] || 'text/plain').toLowerCase();
  headers['content-type'] =
    contentType.startsWith('multipart/') || contentType.includes('charset=') ? contentType : `${contentType}; charset=utf-8`;
  if (logger.end()) headers['x-open-runtimes-log-id'] = encodeURIComponent(logger.id);
  if (status >= 500) stats.failures++;
  if (status >= 200 && status !== 204 && status !== 304) headers['content-length'] = String(body.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function handle(req, res) {
  const path = req.url.split('?')[0];
  if (path === '/__opr/health') return plain(res, 200, 'OK');

  const secret = process.env.OPEN_RUNTIMES_SECRET || '';
  if (secret && !sameSecret(req.headers['x-open-runtimes-secret'], secret)) {
    return plain(res, 500, MSG_UNAUTHORIZED);
  }
  if (path === '/__opr/timings') {
    const uptime = ((Date.now() - startedAt) / 1000).toFixed(3);
    return plain(res, 200, `uptime_seconds=${uptime}\nrequests=${stats.requests}\nfailures=${stats.failures}\n`);
  }
  if (path === '/__opr/specialize') return specialize(req, res);
  if (!specialized) return plain(res, 503, MSG_NOT_SPECIALIZED);

  const rawTimeout = req.headers['x-open-runtimes-timeout'];
  let timeoutSeconds = 0;
  if (rawTimeout !== undefined && rawTimeout !== '') {
    if (!/^\d+$/.test(rawTimeout) || Number(rawTimeout) < 1) return plain(res, 500, MSG_BAD_TIMEOUT);
    timeoutSeconds = Number(rawTimeout);
  }

  let body;
  try {
    body = await readBody(req);
  } catch (e) {
    return plain(res, e.status || 400, e.message);
  }

  stats.requests++;
  const logger = new Logger(req.headers['x-open-runtimes-logging'], req.headers['x-open-runtimes-log-id']);
  const request = buildRequest(req.method, req.url, requestHeaders(req.headers), body);
  const output = await storage.run(logger, () => execute(request, logger, timeoutSeconds));
  writeOutput(req, res, output, logger);
}

process.on('uncaughtException', (err) => {
  const logger = storage.getStore();
  if (logger) logger.error(err);
  else rawStderr(`fnflow runtime: uncaught exception: ${(err && err.stack) || err}\n`);
});
process.on('unhandledRejection', (reason) => {
  const logger = storage.getStore();
  if (logger) logger.error(reason);
  else rawStderr(`fnflow runtime: unhandled rejection: ${(reason && reason.stack) || reason}\n`);
});

captureNativeOutput();

const server = http.createServer((req, res) => {
  handle(req, res).catch((e) => {
    rawStderr(`fnflow runtime: ${(e && e.stack) || e}\n`);
    if (!res.headersSent) plain(res, 500, '');
    else res.destroy();
  });
});
server.keepAliveTimeout = 65000;
server.requestTimeout = 0; // executions may run up to 900 s; the executor enforces limits
server.listen(PORT, '0.0.0.0', () => {
  storage.exit(() => process.stdout.write('HTTP server successfully started!\n'));
});

function shutdown() {
  server.close(() => process.exit(0));
  if (server.closeIdleConnections) server.closeIdleConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
