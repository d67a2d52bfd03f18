'use strict';
// Per-request log capture for the fnflow node runtime server.
//
// context.log()/context.error() and the native output of user code
// (console.*, process.stdout/stderr.write) are collected per request and
// written to /mnt/logs/<id>_logs.log and <id>_errors.log when the request
// ends. Native output is routed to the right request with AsyncLocalStorage,
// so concurrent requests do not mix their logs.

const fs = require('fs');
const util = require('util');
const { AsyncLocalStorage } = require('async_hooks');

// FNFLOW_LOGS_DIR exists only to run the server outside its image.
const LOGS_DIR = process.env.FNFLOW_LOGS_DIR || '/mnt/logs';
const MAX_CALL_CHARS = 8000; // each log call is cut here
const MAX_TOTAL_CHARS = 5 * 1024 * 1024; // the executor reads at most 5 MiB per file
const NATIVE_HINT =
  'Native logs detected. Use context.log() or context.error() for better experience.';

const storage = new AsyncLocalStorage();

function generateId() {
  const now = Date.now();
  const random = Math.floor(Math.random() * 0xfffffff).toString(16).padStart(7, '0');
  return Math.floor(now / 1000).toString(16) + (now % 1000).toString(16).padStart(5, '0') + random;
}

// safeId keeps a caller-provided log id only if it is a plain file name part.
function safeId(id) {
  return typeof id === 'string' && /^[A-Za-z0-9._-]{1,128}$/.test(id) && !id.startsWith('.') ? id : '';
}

// cut shortens one log call as Open Runtimes does.
function cut(text) {
  if (text.length <= MAX_CALL_CHARS) return text;
  const nl = text.endsWith('\n') ? '\n' : '';
  return `${text.slice(0, MAX_CALL_CHARS)}... Log truncated due to size limit (${MAX_CALL_CHARS} characters)${nl}`;
}

// jsonValue is the replacer of log arguments: what superjson (which Open
// Runtimes' node logger uses) turns into JSON for types JSON.stringify
// cannot write: a Map as its entries, a Set as its values, a BigInt as its
// digits.
function jsonValue(_key, value) {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Map) return [...value.entries()];
  if (value instanceof Set) return [...value.values()];
  return value;
}

// format turns the arguments of one log call into a line, as Open Runtimes
// does: strings as they are, errors as their stack, everything else as JSON
// (undefined as nothing; inspect when JSON fails, e.g. for a cycle).
function format(args) {
  return args
    .map((arg) => {
      if (typeof arg === 'string') return arg;
      if (arg instanceof Error) return arg.stack || String(arg);
      try {
        const json = JSON.stringify(arg, jsonValue);
        return json === undefined ? '' : json;
      } catch (_) {
        return util.inspect(arg);
      }
    })
    .join(' ');
}

class Logger {
  constructor(loggingHeader, idHeader) {
    // As Open Runtimes: logging is on when the header is absent, empty or
    // "enabled"; any other value turns it off.
    this.enabled = (loggingHeader || 'enabled') === 'enabled';
    // Development mode (OPEN_RUNTIMES_ENV=development) logs to dev_*.log
    // when the caller names no log id, as Open Runtimes does.
    const fallback = process.env.OPEN_RUNTIMES_ENV === 'development' ? 'dev' : generateId();
    this.id = this.enabled ? safeId(idHeader) || fallback : '';
    this.closed = false;
    this.nativeSeen = false;
    this.parts = { log: [], error: [] };
    this.sizes = { log: 0, error: 0 };
  }

  push(kind, text) {
    if (!this.enabled || this.closed) return;
    if (this.sizes[kind] + text.length > MAX_TOTAL_CHARS) {
      if (this.sizes[kind] <= MAX_TOTAL_CHARS) {
        this.parts[kind].push('[fnflow] Log output truncated.\n');
        this.sizes[kind] = MAX_TOTAL_CHARS + 1;
      }
      return;
    }
    this.parts[kind].push(text);
    this.sizes[kind] += text.length;
  }

  log(...args) {
    this.push('log', cut(format(args)) + '\n');
  }

  error(...args) {
    this.push('error', cut(format(args)) + '\n');
  }

  native(kind, text) {
    if (!this.nativeSeen) {
      this.nativeSeen = true;
      this.push('log', NATIVE_HINT + '\n');
    }
    this.push(kind, text);
  }

  // end writes both files; it returns false when they could not be written
  // (for example when /mnt/logs is not mounted).
  end() {
    if (!this.enabled || this.closed) return false;
    this.closed = true;
    try {
      fs.writeFileSync(`${LOGS_DIR}/${this.id}_logs.log`, this.parts.log.join(''));
      fs.writeFileSync(`${LOGS_DIR}/${this.id}_errors.log`, this.parts.error.join(''));
      return true;
    } catch (e) {
      realStderr(`fnflow runtime: cannot write logs to ${LOGS_DIR}: ${e.message}\n`);
      return false;
    }
  }
}

const originalStdout = process.stdout.write.bind(process.stdout);
const originalStderr = process.stderr.write.bind(process.stderr);

function realStderr(text) {
  originalStderr(text);
}

function chunkToString(chunk, encoding) {
  if (typeof chunk === 'string') return chunk;
  if (Buffer.isBuffer(chunk) || chunk instanceof Uint8Array) {
    return Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8');
  }
  return String(chunk);
}

// captureNativeOutput routes the native output of user code made while a
// request with logging enabled is running to that request's log file, as
// Open Runtimes does: console.log/info/debug/warn/error are formatted like
// context.log (objects as JSON) and go to the logs, not the errors, and so
// does anything written straight to process.stdout or process.stderr. The
// rest (outside a request) passes through to the container's stdout/stderr.
function captureNativeOutput() {
  const current = () => {
    const logger = storage.getStore();
    return logger && logger.enabled && !logger.closed ? logger : null;
  };
  for (const name of ['log', 'info', 'debug', 'warn', 'error']) {
    const original = console[name].bind(console);
    console[name] = (...args) => {
      const logger = current();
      if (!logger) return original(...args);
      logger.native('log', cut(format(args)) + '\n');
    };
  }
  const patch = (stream, original) => {
    stream.write = function (chunk, encoding, callback) {
      const logger = current();
      if (!logger) return original(chunk, encoding, callback);
      logger.native('log', cut(chunkToString(chunk, encoding)));
      const cb = typeof encoding === 'function' ? encoding : callback;
      if (typeof cb === 'function') process.nextTick(cb);
      return true;
    };
  };
  patch(process.stdout, originalStdout);
  patch(process.stderr, originalStderr);
}

module.exports = { Logger, storage, captureNativeOutput, format };
