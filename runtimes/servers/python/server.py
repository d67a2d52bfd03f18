"""fnflow python runtime server: the Open Runtimes v5 container contract with
the standard library only. See runtimes/doc.go for the contract.

User code: OPEN_RUNTIMES_ENTRYPOINT (relative to the function directory)
defines main(context) (sync or async) or the legacy main(req, res).
Import path: the entrypoint's directory, the function directory, its
`.packages` and `packages` subdirectories and any
`runtime-env|.venv|venv/lib/python3*/site-packages` in it, in that order,
before the standard library.
"""

import asyncio
import glob
import hmac
import importlib
import importlib.util
import inspect
import json
import os
import signal
import sys
import threading
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote

# Our own modules go last on sys.path, so user modules of the same name win.
_HERE = os.path.dirname(os.path.abspath(__file__))
if sys.path and os.path.abspath(sys.path[0] or ".") == _HERE:
    sys.path.append(sys.path.pop(0))

import fnflow_context as fc  # noqa: E402

PORT = 3000
# FNFLOW_FUNCTION_DIR exists only to run the server outside its image.
FUNCTION_DIR = os.environ.get("FNFLOW_FUNCTION_DIR", "/usr/local/server/src/function")
MAX_BODY_BYTES = 20 * 1024 * 1024
MSG_UNAUTHORIZED = 'Unauthorized. Provide correct "x-open-runtimes-secret" header.'
MSG_BAD_TIMEOUT = 'Header "x-open-runtimes-timeout" must be an integer greater than 0.'
MSG_TIMEOUT = "Execution timed out."
MSG_NO_RETURN = "Return statement missing. return context.res.empty() if no response is expected."
MSG_NO_LEGACY_RESPONSE = "No response sent. Return res.send(...) or res.json(...)."

STARTED_AT = time.time()
STATS = {"requests": 0, "failures": 0}


class LoadError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


_loaded = {}
_load_lock = threading.Lock()


def _import_paths(entry_file):
    paths = [os.path.dirname(entry_file), FUNCTION_DIR]
    for sub in (".packages", "packages"):
        paths.append(os.path.join(FUNCTION_DIR, sub))
    for venv in ("runtime-env", ".venv", "venv"):
        paths += sorted(glob.glob(os.path.join(FUNCTION_DIR, venv, "lib", "python3*", "site-packages")))
    seen, out = set(), []
    for p in paths:
        if p not in seen and os.path.isdir(p):
            seen.add(p)
            out.append(p)
    return out


def _module_name(entry_file):
    """'function.src.main' for <FUNCTION_DIR>/src/main.py, so that relative
    imports work; None when the path cannot be a dotted module name."""
    rel = os.path.relpath(entry_file, os.path.dirname(FUNCTION_DIR))
    if not rel.endswith(".py"):
        return None
    parts = rel[:-3].split(os.sep)
    if all(p.isidentifier() for p in parts):
        return ".".join(parts)
    return None


def load(entrypoint):
    if not entrypoint:
        raise LoadError(503, "Failed to load entrypoint, OPEN_RUNTIMES_ENTRYPOINT is not set.")
    path = os.path.normpath(os.path.join(FUNCTION_DIR, entrypoint))
    with _load_lock:
        if path in _loaded:
            return _loaded[path]
        if not os.path.isfile(path):
            raise LoadError(503, "Failed to load entrypoint, file %s does not exist." % entrypoint)
        for p in reversed(_import_paths(path)):
            if p not in sys.path:
                sys.path.insert(0, p)
        name = _module_name(path)
        if name is not None:
            parent = os.path.dirname(FUNCTION_DIR)
            if parent not in sys.path:
                sys.path.append(parent)
            module = importlib.import_module(name)
        else:
            spec = importlib.util.spec_from_file_location("fnflow_entrypoint", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
        main = getattr(module, "main", None)
        if not callable(main):
            raise LoadError(
                503,
                "Failed to load entrypoint %s: it does not define a function main(context). "
                "Use: def main(context): return context.res.text('...')" % entrypoint,
            )
        _loaded[path] = main
        return main


def _is_legacy(fn):
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return False
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    required = [p for p in params if p.kind in positional and p.default is inspect.Parameter.empty]
    return len(required) >= 2


def _resolve(value):
    if inspect.isawaitable(value):

        async def wait():
            return await value

        return asyncio.run(wait())
    return value


def _user_traceback(exc):
    """The traceback of exc without the server's own frames on top."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(exc), exc, tb)).rstrip("\n")


def _failure(status, message=""):
    """A failed run answers with an empty body, as Open Runtimes does; the
    explanation (message) is in the errors log only."""
    return {"body": b"", "statusCode": status, "headers": {}}


def _invoke(main, request, logger):
    if _is_legacy(main):
        legacy = fc.Legacy(request)
        returned = _resolve(main(legacy.req, legacy.res))
        if legacy.result is not None:
            return legacy.result
        if fc.is_response(returned):
            return returned
        logger.error(MSG_NO_LEGACY_RESPONSE)
        return _failure(500, MSG_NO_LEGACY_RESPONSE)
    return _resolve(main(fc.Context(request, logger)))


def execute(request, logger, timeout):
    """Runs the user function in a worker thread, so that a timeout answers
    on time even when the user code blocks."""
    token = fc.current_logger.set(logger)  # output of module-level code is this request's
    try:
        main = load(os.environ.get("OPEN_RUNTIMES_ENTRYPOINT", ""))
    except LoadError as e:
        logger.error(e.message)
        return _failure(e.status, e.message)
    except BaseException as e:  # noqa: B036 - user module code failed while loading
        logger.error(_user_traceback(e))
        return _failure(503)
    finally:
        fc.current_logger.reset(token)

    box = {}

    def target():
        fc.current_logger.set(logger)
        try:
            box["output"] = _invoke(main, request, logger)
        except BaseException as e:  # noqa: B036 - includes SystemExit from user code
            box["error"] = e

    worker = threading.Thread(target=target, name="fnflow-execution", daemon=True)
    worker.start()
    worker.join(timeout if timeout else None)
    if worker.is_alive():
        logger.error(MSG_TIMEOUT)
        return _failure(500, MSG_TIMEOUT)
    if "error" in box:
        logger.error(_user_traceback(box["error"]))
        return _failure(500, "")
    output = box.get("output")
    if output is None:
        logger.error(MSG_NO_RETURN)
        return _failure(500, MSG_NO_RETURN)
    return output


def _body_bytes(body):
    """The response body as Open Runtimes' python server takes it: bytes or a
    string (None is empty); anything else raises TypeError, a failed run."""
    if body is None:
        return b""
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    if isinstance(body, str):
        return body.encode("utf-8")
    raise TypeError("Unsupported body type %r: return bytes or a string (context.res.json for objects)" % type(body))


def _clean(value):
    return str(value).replace("\r", " ").replace("\n", " ")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: with Nagle's algorithm the body
    # waits for the client's delayed ACK of the headers (40 ms on Linux) on
    # every keep-alive request after the first.
    disable_nagle_algorithm = True
    server_version = "fnflow-python"

    def log_message(self, *args):
        pass

    def __getattr__(self, name):
        # Every HTTP method (do_GET, do_POST, ...) goes to one handler.
        if name.startswith("do_"):
            return self.handle_request
        raise AttributeError(name)

    def plain(self, status, text):
        body = text.encode("utf-8")
        self.send_response(status)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def reject(self, status, text):
        """Answers before the request body is read: the connection is closed,
        or the unread body would be parsed as the next request."""
        self.close_connection = True
        return self.plain(status, text)

    def read_body(self):
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            chunks, size = [], 0
            while True:
                line = self.rfile.readline(65537)
                length = int(line.split(b";")[0].strip() or b"0", 16)
                if length == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                size += length
                if size > MAX_BODY_BYTES:
                    raise ValueError("Request body too large.")
                chunks.append(self.rfile.read(length))
                self.rfile.readline(3)
        length = int(self.headers.get("content-length") or 0)
        if length > MAX_BODY_BYTES:
            raise ValueError("Request body too large.")
        return self.rfile.read(length) if length > 0 else b""

    def handle_request(self):
        path = self.path.split("?", 1)[0]
        if path == "/__opr/health":
            return self.plain(200, "OK")
        secret = os.environ.get("OPEN_RUNTIMES_SECRET", "")
        given = self.headers.get("x-open-runtimes-secret", "")
        if secret and not hmac.compare_digest(given.encode(), secret.encode()):
            return self.reject(500, MSG_UNAUTHORIZED)
        if path == "/__opr/timings":
            return self.plain(
                200,
                "uptime_seconds=%.3f\nrequests=%d\nfailures=%d\n"
                % (time.time() - STARTED_AT, STATS["requests"], STATS["failures"]),
            )
        if path == "/__opr/specialize":
            return self.specialize(secret)
        if not _SPARE["specialized"]:
            return self.reject(503, MSG_NOT_SPECIALIZED)

        raw_timeout = self.headers.get("x-open-runtimes-timeout", "")
        timeout = 0
        if raw_timeout:
            if not raw_timeout.isdigit() or int(raw_timeout) < 1:
                return self.reject(500, MSG_BAD_TIMEOUT)
            timeout = int(raw_timeout)

        try:
            body = self.read_body()
        except ValueError as e:
            self.close_connection = True
            return self.plain(413, str(e))

        STATS["requests"] += 1
        headers = {}
        for key, value in self.headers.items():
            key = key.lower()
            if not key.startswith("x-open-runtimes-"):
                headers[key] = headers[key] + ", " + value if key in headers else value
        for key, value in ENFORCED_HEADERS.items():
            headers[key.lower()] = str(value)

        logger = fc.Logger(
            self.headers.get("x-open-runtimes-logging", ""),
            self.headers.get("x-open-runtimes-log-id", ""),
        )
        request = fc.Request(self.command, self.path, headers, body)
        output = execute(request, logger, timeout)
        self.write_output(output, logger)

    def specialize(self, secret):
        """POST /__opr/specialize {"env": {...}}: a spare's one-time
        specialization (see _SPARE)."""
        if self.command != "POST":
            return self.reject(405, "Method not allowed.")
        if _SPARE["specialized"] or not secret:
            return self.reject(409, MSG_SPECIALIZED)
        try:
            length = int(self.headers.get("content-length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_SPECIALIZE_BYTES:
            self.close_connection = True
            return self.plain(413, "Request body too large.")
        env = _parse_env(self.rfile.read(length) if length else b"")
        if env is None:
            return self.plain(400, 'Body must be {"env": {"KEY": "value", ...}}.')
        global ENFORCED_HEADERS
        with _SPARE_LOCK:
            if _SPARE["specialized"]:
                return self.plain(409, MSG_SPECIALIZED)
            for key, value in env.items():
                if key not in ("OPEN_RUNTIMES_SECRET", "FNFLOW_SPARE"):
                    os.environ[key] = value
            ENFORCED_HEADERS = _enforced_headers()
            if hasattr(time, "tzset"):
                time.tzset()  # TZ, as a fresh process would read it
            _SPARE["specialized"] = True
        return self.plain(200, "OK")

    def write_output(self, output, logger):
        if not isinstance(output, dict):
            logger.error("Invalid response: return context.res.text(...) or another context.res method.")
            output = _failure(500, "")
        try:
            body = _body_bytes(output.get("body"))
        except TypeError as e:
            logger.error(str(e))
            output, body = _failure(500, ""), b""
        status = output.get("statusCode", output.get("status_code", 200))
        if not isinstance(status, int) or isinstance(status, bool) or not 100 <= status <= 999:
            logger.error("Invalid status code: %r" % (status,))
            status, body = 500, b""
        headers = []
        content_type = "text/plain"
        for key, value in (output.get("headers") or {}).items():
            key = str(key).lower()
            if key.startswith("x-open-runtimes-") or key in ("content-length", "transfer-encoding"):
                continue
            if key == "content-type":
                content_type = _clean(value).lower()
                continue
            values = value if isinstance(value, (list, tuple)) else [value]
            headers += [(key, _clean(v)) for v in values]
        lower = content_type.lower()
        if not lower.startswith("multipart/") and "charset=" not in lower:
            content_type += "; charset=utf-8"
        headers.append(("content-type", content_type))
        if logger.end():
            headers.append(("x-open-runtimes-log-id", quote(logger.id, safe="")))
        if status >= 500:
            STATS["failures"] += 1

        self.send_response(status)
        for key, value in headers:
            self.send_header(key, value)
        no_body = status in (204, 304) or status < 200
        if not no_body:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and not no_body:
            self.wfile.write(body)


def _enforced_headers():
    raw = os.environ.get("OPEN_RUNTIMES_HEADERS", "")
    if not raw:
        return {}
    try:
        parsed = json.loads(raw)
        return parsed if isinstance(parsed, dict) else {}
    except ValueError as e:
        sys.stderr.write("fnflow runtime: ignoring OPEN_RUNTIMES_HEADERS, not JSON: %s\n" % e)
        return {}


ENFORCED_HEADERS = _enforced_headers()

# A spare (FNFLOW_SPARE=1) starts without code or function environment and
# runs nothing until POST /__opr/specialize (secret-guarded, accepted once)
# hands it the function's environment; the entrypoint is loaded only after.
_SPARE = {"specialized": os.environ.get("FNFLOW_SPARE") != "1"}
_SPARE_LOCK = threading.Lock()
MAX_SPECIALIZE_BYTES = 4 * 1024 * 1024
MSG_NOT_SPECIALIZED = "Runtime not specialized yet."
MSG_SPECIALIZED = "Runtime already specialized."


def _parse_env(body):
    """The env of a /__opr/specialize body {"env": {"KEY": "value"}}, or None."""
    try:
        parsed = json.loads(body.decode("utf-8"))
    except ValueError:
        return None
    env = parsed.get("env") if isinstance(parsed, dict) else None
    if not isinstance(env, dict):
        return None
    for key, value in env.items():
        if not key or "=" in key or "\0" in key or not isinstance(value, str) or "\0" in value:
            return None
    return env


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128


def main():
    sys.stdout = fc.StreamRouter(sys.stdout, "log")
    sys.stderr = fc.StreamRouter(sys.stderr, "log")  # as Open Runtimes: print(file=sys.stderr) is a log
    server = Server(("0.0.0.0", PORT), Handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    sys.__stdout__.write("HTTP server successfully started!\n")
    sys.__stdout__.flush()
    try:
        server.serve_forever()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
