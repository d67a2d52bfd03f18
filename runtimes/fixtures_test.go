package runtimes

import seeds "github.com/fnflow/fnflow/internal/fixtures"

// User functions run by the integration tests, per runtime key. Each
// fixture set has the same entrypoints:
//
//	context:  one context-style function answering by path
//	modern:   a second style (node: ESM .mjs default export; python: async def)
//	notfn:    an entrypoint that exports no function
//	seed:     the legacy (req, res) example of seed 001, verbatim
//	vars:     a legacy function returning the variables it gets
type fixture struct {
	files                                 map[string]string
	context, modern, notfn, seed, vars    string
	throwTrace, jsonError, versionCommand string
	modernBody                            string
	noReturn                              string // the errors log of a missing return, when not the usual one
}

var fixtures = map[string]fixture{
	"node": {
		context: "index.js", modern: "esm.mjs", notfn: "notfn.js", seed: "seed.js", vars: "vars.js",
		throwTrace: "    at ", jsonError: "SyntaxError", versionCommand: "node --version",
		modernBody: `{"esm":true,"body":"modern"}`,
		files: map[string]string{
			"index.js": `const fs = require('fs');
const leftpad = require('leftpad');
const helper = require('./lib/helper');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function tryWrite(file) {
  try {
    fs.writeFileSync(file, 'x');
    return 'ok';
  } catch (e) {
    return e.code;
  }
}

module.exports = async ({ req, res, log, error }) => {
  switch (req.path) {
    case '/text':
      return res.text('hello text');
    case '/echo':
      return res.json({
        method: req.method, path: req.path, query: req.query, queryString: req.queryString,
        headers: req.headers, bodyText: req.bodyText, bodyRaw: req.bodyRaw, body: req.body,
        host: req.host, port: req.port, scheme: req.scheme, url: req.url,
      });
    case '/binary':
      return res.binary(Buffer.from([0, 1, 2, 250, 255]), 200, { 'content-type': 'application/octet-stream' });
    case '/bodybinary':
      return res.binary(req.bodyBinary, 200, { 'content-type': 'application/octet-stream' });
    case '/status':
      return res.text('created', 201, { 'x-custom': 'yes', 'X-Mixed-Case': 'ok' });
    case '/send':
      return res.send('sent', 202);
    case '/redirect':
      return res.redirect('https://example.com/next', 302);
    case '/empty':
      return res.empty();
    case '/logs':
      log('log line', { a: 1 });
      error('error line');
      console.log('native stdout');
      console.error('native stderr');
      log('x'.repeat(9000));
      return res.text('logged');
    case '/throw':
      throw new Error('boom from user code');
    case '/sleep':
      await sleep(Number(req.query.ms));
      return res.text('slept');
    case '/noreturn':
      return;
    case '/write':
      return res.json({
        function: tryWrite('/usr/local/server/src/function/new.txt'),
        root: tryWrite('/usr/local/server/new.txt'),
        tmp: tryWrite('/tmp/new.txt'),
      });
    case '/dependency':
      return res.text(leftpad('7', 3, '0') + ' ' + helper.name);
    case '/env':
      return res.json({ custom: process.env.CUSTOM_VAR, home: process.env.HOME, uid: process.getuid() });
    case '/badjson':
      return res.json(req.bodyJson);
  }
  return res.text('not found', 404);
};
`,
			"lib/helper.js":                     "module.exports = { name: 'helper' };\n",
			"node_modules/leftpad/package.json": `{"name": "leftpad", "version": "1.0.0", "main": "index.js"}` + "\n",
			"node_modules/leftpad/index.js":     "module.exports = (s, n, c) => String(s).padStart(n, c);\n",
			"esm.mjs": `import { readFileSync } from 'node:fs';

export default async ({ req, res }) => {
  readFileSync('/etc/passwd');
  return res.json({ esm: true, body: req.bodyText });
};
`,
			"notfn.js": "module.exports = { hello: 'world' };\n",
			"seed.js":  seeds.SeedNodeLegacy,
			"vars.js": `module.exports = function (req, res) {
  const v = req.variables;
  setTimeout(() => res.json({
    trigger: v.APPWRITE_FUNCTION_TRIGGER, event: v.APPWRITE_FUNCTION_EVENT, data: v.APPWRITE_FUNCTION_DATA,
    eventData: v.APPWRITE_FUNCTION_EVENT_DATA, userId: v.APPWRITE_FUNCTION_USER_ID, jwt: v.APPWRITE_FUNCTION_JWT,
    custom: v.CUSTOM_VAR, secret: v.OPEN_RUNTIMES_SECRET === undefined ? 'hidden' : 'visible',
    headers: req.headers['x-appwrite-trigger'],
  }, 200), 10);
};
`,
		},
	},
	"python": {
		context: "main.py", modern: "async_main.py", notfn: "notfn.py", seed: "seed.py", vars: "vars.py",
		throwTrace: "Traceback (most recent call last)", jsonError: "JSONDecodeError", versionCommand: "python3 --version",
		modernBody: `{"async":true,"body":"modern"}`,
		files: map[string]string{
			"main.py": `import errno
import os
import sys
import time

import helper  # a sibling module, absolute import
from leftpad import leftpad  # from .packages
from .helper import NAME as RELATIVE_NAME  # relative import: loaded as package "function"


def try_write(path):
    try:
        with open(path, "w") as f:
            f.write("x")
        return "ok"
    except OSError as e:
        return errno.errorcode.get(e.errno, str(e.errno))


def main(context):
    req, res = context.req, context.res
    if req.path == "/text":
        return res.text("hello text")
    if req.path == "/echo":
        return res.json({
            "method": req.method, "path": req.path, "query": req.query, "queryString": req.query_string,
            "headers": req.headers, "bodyText": req.body_text, "bodyRaw": req.body_raw, "body": req.body,
            "host": req.host, "port": req.port, "scheme": req.scheme, "url": req.url,
        })
    if req.path == "/binary":
        return res.binary(bytes([0, 1, 2, 250, 255]), 200, {"content-type": "application/octet-stream"})
    if req.path == "/bodybinary":
        return res.binary(req.body_binary, 200, {"content-type": "application/octet-stream"})
    if req.path == "/status":
        return res.text("created", 201, {"x-custom": "yes", "X-Mixed-Case": "ok"})
    if req.path == "/send":
        return res.send("sent", status_code=202)
    if req.path == "/redirect":
        return res.redirect("https://example.com/next", 302)
    if req.path == "/empty":
        return res.empty()
    if req.path == "/logs":
        context.log("log line", {"a": 1})
        context.error("error line")
        print("native stdout")
        print("native stderr", file=sys.stderr)
        context.log("x" * 9000)
        return res.text("logged")
    if req.path == "/throw":
        raise RuntimeError("boom from user code")
    if req.path == "/sleep":
        time.sleep(int(req.query["ms"]) / 1000)  # blocks: the timeout must still answer
        return res.text("slept")
    if req.path == "/noreturn":
        return None
    if req.path == "/write":
        return res.json({
            "function": try_write("/usr/local/server/src/function/new.txt"),
            "root": try_write("/usr/local/server/new.txt"),
            "tmp": try_write("/tmp/new.txt"),
        })
    if req.path == "/dependency":
        return res.text(leftpad("7", 3, "0") + " " + (RELATIVE_NAME if helper.NAME == RELATIVE_NAME else "?"))
    if req.path == "/env":
        return res.json({"custom": os.environ.get("CUSTOM_VAR"), "home": os.environ.get("HOME"), "uid": os.getuid()})
    if req.path == "/badjson":
        return res.json(req.body_json)
    return res.text("not found", 404)
`,
			"helper.py":                     "NAME = 'helper'\n",
			".packages/leftpad/__init__.py": "def leftpad(s, n, c):\n    return str(s).rjust(n, c)\n",
			"async_main.py": `import asyncio


async def main(context):
    await asyncio.sleep(0.01)
    return context.res.json({"async": True, "body": context.req.body_text})
`,
			"notfn.py": "main = 42\n",
			"seed.py":  seeds.SeedPythonLegacy,
			"vars.py": `def main(req, res):
    v = req.variables
    res.json({
        "trigger": v["APPWRITE_FUNCTION_TRIGGER"], "event": v["APPWRITE_FUNCTION_EVENT"],
        "data": v["APPWRITE_FUNCTION_DATA"], "eventData": v["APPWRITE_FUNCTION_EVENT_DATA"],
        "userId": v["APPWRITE_FUNCTION_USER_ID"], "jwt": v["APPWRITE_FUNCTION_JWT"],
        "custom": v.get("CUSTOM_VAR"), "secret": "visible" if "OPEN_RUNTIMES_SECRET" in v else "hidden",
        "headers": req.headers.get("x-appwrite-trigger"),
    })
`,
		},
	},
}
