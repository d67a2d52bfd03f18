'use strict';
// Loads the user's entrypoint once and finds the exported function.
//
// CommonJS files go through require(), so dependencies resolve from the
// function directory's node_modules as usual. `.mjs` files, and `.js` files
// that Node refuses to require (ESM packages), are loaded with import().

const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

// FNFLOW_FUNCTION_DIR exists only to run the server outside its image.
const FUNCTION_DIR = process.env.FNFLOW_FUNCTION_DIR || '/usr/local/server/src/function';

// LoadError carries the HTTP status the server answers with.
class LoadError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

let cached = null; // { file, fn }

function pickFunction(mod) {
  if (mod && typeof mod.default === 'function') return mod.default;
  if (typeof mod === 'function') return mod;
  // CommonJS loaded through import(): the namespace's default is module.exports.
  if (mod && mod.default && typeof mod.default.default === 'function') return mod.default.default;
  return null;
}

async function importFile(file) {
  return import(pathToFileURL(file).href);
}

async function load(entrypoint) {
  if (!entrypoint) {
    throw new LoadError(503, 'Failed to load entrypoint, OPEN_RUNTIMES_ENTRYPOINT is not set.');
  }
  const file = path.resolve(FUNCTION_DIR, entrypoint);
  if (cached && cached.file === file) return cached.fn;

  let stat = null;
  try {
    stat = fs.statSync(file);
  } catch (_) {
    stat = null;
  }
  if (!stat || !stat.isFile()) {
    throw new LoadError(503, `Failed to load entrypoint, file ${entrypoint} does not exist.`);
  }

  let mod;
  if (file.endsWith('.mjs')) {
    mod = await importFile(file);
  } else {
    try {
      mod = require(file);
    } catch (err) {
      if (err && (err.code === 'ERR_REQUIRE_ESM' || err.code === 'ERR_REQUIRE_ASYNC_MODULE')) {
        mod = await importFile(file);
      } else {
        throw err;
      }
    }
  }

  const fn = pickFunction(mod);
  if (!fn) {
    throw new LoadError(
      503,
      `Failed to load entrypoint ${entrypoint}: it does not export a function. ` +
        'Use module.exports = async (context) => { ... } or export default async (context) => { ... }.',
    );
  }
  cached = { file, fn };
  return fn;
}

module.exports = { load, LoadError, FUNCTION_DIR };
