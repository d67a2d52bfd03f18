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

// format turns the arguments of one log call into a line: strings as they are,
// errors as their stack, everything else JSON-encoded (inspect as a fallback).
function format(args) {
  return args
    .map((arg) => {
      if (typeof arg === 'string') return arg;
      if (arg instanceof Error) return arg.stack || String(arg);
      if (arg !== null && typeof arg === 'object') {
        try {
          return JSON.stringify(arg);
        } catch (_) {
          return util.inspect(arg);
        }
      }
      return String(arg);
    })
    .join(' ');
}

class Logger {
  constructor(loggingHeader, idHeader) {
    this.enabled = (loggingHeader || 'enabled').toLowerCase() !== 'disabled';
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

  native(kind, chunk) {
    if (!this.nativeSeen) {
      this.nativeSeen = true;
      this.push('log', NATIVE_HINT + '\n');
    }
    this.push(kind, cut(chunk));
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

// captureNativeOutput patches process.stdout/stderr once: writes made while a
// request with logging enabled is running go to its logger, the rest passes
// through to the container's stdout/stderr.
function captureNativeOutput() {
  const patch = (stream, original, kind) => {
    stream.write = function (chunk, encoding, callback) {
      const logger = storage.getStore();
      if (!logger || !logger.enabled || logger.closed) {
        return original(chunk, encoding, callback);
      }
      logger.native(kind, chunkToString(chunk, encoding));
      const cb = typeof encoding === 'function' ? encoding : callback;
      if (typeof cb === 'function') process.nextTick(cb);
      return true;
    };
  };
  patch(process.stdout, originalStdout, 'log');
  patch(process.stderr, originalStderr, 'error');
}

module.exports = { Logger, storage, captureNativeOutput, format };
