// Package runtimes owns fnflow's function runtimes: the catalog of runtime
// definitions (Catalog, Lookup, ApplyOverrides), the runtime servers that
// run user code inside the containers (servers/node, servers/python,
// servers/php, servers/ruby, servers/static, embedded), and the Builder that makes the images locally from Debian
// packages without any registry.
//
// # Images
//
// An image is two layers. The base is a root filesystem made from the
// dependency closure of the runtime's Debian packages (resolved with a
// private apt configuration against an empty dpkg status, downloaded from
// the Debian mirror, extracted with dpkg-deb -x: see rootfs.go for what is
// fixed up by hand) and loaded with docker import; it is tagged
// fnflow/runtime-base:<suite>-<hash> and reused while BaseHash is unchanged.
// The second layer adds the runtime server under /usr/local/server/src, the
// environment (PATH, HOME=/tmp, LANG=C.UTF-8), WORKDIR /usr/local/server,
// USER 65534:65534 and the CMD starting the server; python images also get
// their standard library compiled, since the root filesystem is read-only
// at run time. The result is fnflow/runtime:<id>, labelled with ImageHash:
// Builder.Build skips images whose label matches. Images contain busybox
// (sh and the usual tools), /etc/passwd with nobody (65534), the Mozilla CA
// bundle, and the directories of the contract below.
//
// Why a dpkg -x closure rather than mmdebstrap or debootstrap: it needs only
// apt-get and dpkg-deb (on every Debian host, nothing to install), takes
// 5-10 s per base here against 30-60 s for mmdebstrap --variant=minbase on
// the same machine, and gives smaller images (node 110 MiB against 167 MiB,
// python 49 MiB against 115 MiB: no perl, apt, dpkg database or locales).
// Nothing runs maintainer scripts, which is why rootfs.go does by hand the
// few things they would have done. Why a commit rather than a Dockerfile
// build for the second layer: see layer.go.
//
// A runtime may instead be pointed at an upstream image (for example
// openruntimes/node:v5-18.0) by configuration, through ApplyOverrides; the
// builder then leaves it alone. Both kinds follow the same contract; start
// containers with Definition.Command (node/python3 and the server for ours,
// "sh helpers/server.sh" for Open Runtimes images).
//
// # Container contract (what the docker layer relies on)
//
// Execution containers: the server listens on 0.0.0.0:3000 (ServerPort),
// working directory /usr/local/server. The build output is mounted
// read-only at /usr/local/server/src/function (FunctionDir); the root
// filesystem is read-only; /tmp is a writable tmpfs and HOME=/tmp; the
// process runs as 65534:65534 with all capabilities dropped; /mnt/logs
// (LogsDir) is writable (under fnflow, a size-capped tmpfs volume).
//
// Environment: OPEN_RUNTIMES_SECRET (when not empty, every request except
// the health check must carry x-open-runtimes-secret with that value, or
// gets 500 `Unauthorized. Provide correct "x-open-runtimes-secret"
// header.`), OPEN_RUNTIMES_ENTRYPOINT (file relative to FunctionDir),
// optional OPEN_RUNTIMES_HEADERS (JSON object merged into request
// headers), and any user variables.
//
// Requests: GET /__opr/health answers 200 "OK" once the server is up;
// /__opr/timings answers 200 with plain-text counters. Any other request
// goes to the user function with its method, path, query, lower-cased
// headers (x-open-runtimes-* removed) and raw body (at most 20 MB). Request
// headers x-open-runtimes-timeout (integer seconds >= 1; a bad value gives
// 500) and x-open-runtimes-logging (absent, empty or "enabled" logs; any
// other value turns logging off, as Open Runtimes).
// x-open-runtimes-log-id gives the log id to use (fnflow always sends one
// with logging enabled, and reads only the files of that id).
//
// Responses: the function's status, headers and body; content-type
// defaults to text/plain and gets "; charset=utf-8" unless it is multipart
// or has a charset. With logging enabled the server writes
// /mnt/logs/<id>_logs.log and <id>_errors.log (both, possibly empty) before
// answering and sends x-open-runtimes-log-id: <id> (URL-encoded;
// LogFileNames decodes it). context.log/context.error go to those files
// (objects as compact JSON, each call cut at 8000 characters), so does
// native output during the execution, stdout and stderr alike (console.*,
// print, print(file=sys.stderr)), to the logs after a one-time hint, as
// Open Runtimes. With logging disabled, native output goes to the
// container's own stdout/stderr.
//
// Failures: entrypoint file missing → 503 "Failed to load entrypoint, file
// X does not exist."; entrypoint exports no function → 503 with an
// explanation; the function throws (or its module fails to load) → 500
// with an empty body and the stack in the errors log; timeout → 500
// "Execution timed out."; no return value → 500 "Return statement missing.
// return context.res.empty() if no response is expected.". The short
// messages are both the response body and a line of the errors log.
//
// Spares (node and python servers, images labelled LabelSpecialize=1):
// started with FNFLOW_SPARE=1, an OPEN_RUNTIMES_SECRET and no code or
// function environment, the server answers health as usual and 503
// "Runtime not specialized yet." to any execution until
// POST /__opr/specialize (secret required; body {"env": {"KEY": "value"}},
// at most 4 MiB, string values without NUL) sets those variables in its
// process environment (OPEN_RUNTIMES_SECRET and FNFLOW_SPARE excepted,
// OPEN_RUNTIMES_HEADERS re-read) and answers 200 "OK"; the entrypoint is
// loaded at the first execution after, as usual. A second call, or one
// without a secret set, answers 409 "Runtime already specialized."; a bad
// body 400. The code arrives in FunctionDir before the call (see
// docker/spare.go).
//
// Build containers: the same image, the source mounted read-write at
// /usr/local/build (BuildDir), working directory there, command
// sh -c '<build commands>' (BuildCommand), uid 65534; the directory's
// content afterwards is the build output. There is no npm or pip (no
// registry is reachable); dependencies are whatever the source brings.
//
// # User code
//
// Node: module.exports = async (context) => ..., module.exports.default,
// or an ES module default export (.mjs, or .js that require() refuses);
// require() resolves from the function's own node_modules. Python: def
// main(context) or async def main(context) in the entrypoint file, imported
// as a module of the package "function" (so relative imports work); the
// import path gets the entrypoint's directory, the function directory, its
// .packages and packages subdirectories and any
// runtime-env|.venv|venv/lib/python3*/site-packages, ahead of the standard
// library. The module is loaded once, at the first request.
//
// PHP: the entrypoint returns a callable, function ($context) or the legacy
// function ($req, $res) with $req an array (payload, variables, headers);
// vendor/autoload.php is required first when present. Ruby: the entrypoint
// defines def main(context) or the legacy def main(req, res); a Gemfile's
// bundle (vendor/bundle) is set up before it loads. python-ml runs the
// python server; static-1 serves the files (no user code).
//
// The context API follows Open Runtimes v5: context.req (bodyText/bodyRaw,
// bodyJson, bodyBinary, body, headers, method, host, scheme, port, path,
// queryString, query, url; snake_case in python), context.res (text, json,
// binary, send, empty, redirect, each returning {body, statusCode,
// headers}), context.log, context.error. As upstream: node's query and
// queryString are as sent, python's as aiohttp decodes them; node's
// res.send writes a non-string body as JSON, python's refuses it (500);
// res.json always answers application/json. A function declaring two
// parameters is the legacy (req, res) style: req.payload (the body),
// req.variables (the environment without OPEN_RUNTIMES_*, plus
// APPWRITE_FUNCTION_TRIGGER, _EVENT, _USER_ID and _JWT from the
// x-appwrite-trigger, -event, -user-id and -user-jwt headers,
// APPWRITE_FUNCTION_DATA = the body and APPWRITE_FUNCTION_EVENT_DATA = the
// body for event triggers), req.headers, and res.json(obj, status) /
// res.send(text, status): the first response made through res is the
// answer, returned or not (node also waits for one sent from a callback).
//
// Timeouts: node races the call against a timer; python runs each call in
// a worker thread and stops waiting at the deadline, so the answer is on
// time even when user code blocks (the thread itself cannot be killed: the
// executor kills wedged containers from outside).
//
// The variables FNFLOW_FUNCTION_DIR and FNFLOW_LOGS_DIR exist only to run a
// server outside its image during development.
package runtimes
