"""Objects handed to user code by the fnflow python runtime server.

The Open Runtimes v5 `context` (req, res, log, error) in snake_case, the
legacy v2 `main(req, res)` pair, and the per-request logger that also
captures print() and other writes to sys.stdout / sys.stderr.
"""

import contextvars
import json
import os
import re
import secrets
import threading
import time
import traceback

# FNFLOW_LOGS_DIR exists only to run the server outside its image.
LOGS_DIR = os.environ.get("FNFLOW_LOGS_DIR", "/mnt/logs")
MAX_CALL_CHARS = 8000  # each log call is cut here
MAX_TOTAL_CHARS = 5 * 1024 * 1024  # the executor reads at most 5 MiB per file
NATIVE_HINT = "Native logs detected. Use context.log() or context.error() for better experience."

# The logger of the execution running in the current thread (or task).
current_logger = contextvars.ContextVar("fnflow_logger", default=None)


def _cut(text):
    """One log call over MAX_CALL_CHARS is cut as Open Runtimes does."""
    if len(text) <= MAX_CALL_CHARS:
        return text
    nl = "\n" if text.endswith("\n") else ""
    return text[:MAX_CALL_CHARS] + "... Log truncated due to size limit (%d characters)" % MAX_CALL_CHARS + nl


def _generate_id():
    now = time.time()
    return "%x%05x%s" % (int(now), int(now * 1000) % 1000, secrets.token_hex(4)[:7])


def _safe_id(value):
    if value and re.fullmatch(r"[A-Za-z0-9._-]{1,128}", value) and not value.startswith("."):
        return value
    return ""


def format_message(args):
    parts = []
    for arg in args:
        if isinstance(arg, str):
            parts.append(arg)
        elif isinstance(arg, BaseException):
            parts.append("".join(traceback.format_exception(arg)).rstrip("\n"))
        elif isinstance(arg, (dict, list, tuple)):
            # As Open Runtimes: compact JSON, non-ASCII escaped.
            try:
                parts.append(json.dumps(arg, separators=(",", ":")))
            except (TypeError, ValueError):
                parts.append(repr(arg))
        else:
            parts.append(str(arg))
    return " ".join(parts)


class Logger:
    """Collects one request's logs and writes them to /mnt/logs at the end."""

    def __init__(self, logging_header, id_header):
        # As Open Runtimes: logging is on when the header is absent, empty or
        # "enabled"; any other value turns it off.
        self.enabled = (logging_header or "enabled") == "enabled"
        # Development mode logs to dev_*.log when no log id is given.
        fallback = "dev" if os.environ.get("OPEN_RUNTIMES_ENV") == "development" else None
        self.id = (_safe_id(id_header) or fallback or _generate_id()) if self.enabled else ""
        self.closed = False
        self.native_seen = False
        self._parts = {"log": [], "error": []}
        self._sizes = {"log": 0, "error": 0}
        self._lock = threading.Lock()

    def _push(self, kind, text):
        with self._lock:
            if not self.enabled or self.closed:
                return
            if self._sizes[kind] + len(text) > MAX_TOTAL_CHARS:
                if self._sizes[kind] <= MAX_TOTAL_CHARS:
                    self._parts[kind].append("[fnflow] Log output truncated.\n")
                    self._sizes[kind] = MAX_TOTAL_CHARS + 1
                return
            self._parts[kind].append(text)
            self._sizes[kind] += len(text)

    def log(self, *args):
        self._push("log", _cut(format_message(args)) + "\n")

    def error(self, *args):
        self._push("error", _cut(format_message(args)) + "\n")

    def native(self, kind, text):
        if not self.native_seen:
            self.native_seen = True
            self._push("log", NATIVE_HINT + "\n")
        self._push(kind, _cut(text))

    def end(self):
        """Writes both files; False when logging is off or the files cannot be written."""
        with self._lock:
            if not self.enabled or self.closed:
                return False
            self.closed = True
            logs, errors = "".join(self._parts["log"]), "".join(self._parts["error"])
        try:
            with open(os.path.join(LOGS_DIR, self.id + "_logs.log"), "w", encoding="utf-8") as f:
                f.write(logs)
            with open(os.path.join(LOGS_DIR, self.id + "_errors.log"), "w", encoding="utf-8") as f:
                f.write(errors)
            return True
        except OSError as e:
            os.write(2, ("fnflow runtime: cannot write logs to %s: %s\n" % (LOGS_DIR, e)).encode())
            return False


class StreamRouter:
    """Stands in for sys.stdout / sys.stderr: writes made during an execution
    with logging enabled go to its logger, everything else to the real stream."""

    def __init__(self, real, kind):
        self._real = real
        self._kind = kind

    def write(self, text):
        logger = current_logger.get()
        if logger is None or not logger.enabled or logger.closed:
            return self._real.write(text)
        if not isinstance(text, str):
            text = str(text)
        logger.native(self._kind, text)
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._real.flush()

    def __getattr__(self, name):
        return getattr(self._real, name)


class Response:
    """context.res: every method returns {"body", "statusCode", "headers"}."""

    def __init__(self, on_result=None):
        self._on_result = on_result

    def binary(self, data, status_code=200, headers=None, **kwargs):
        status_code = kwargs.get("statusCode", status_code)
        out = {"body": bytes(data), "statusCode": status_code, "headers": dict(headers or {})}
        if self._on_result is not None:
            self._on_result(out)
        return out

    def text(self, body, status_code=200, headers=None, **kwargs):
        body = "" if body is None else str(body)
        return self.binary(body.encode("utf-8"), status_code, headers, **kwargs)

    def send(self, body, status_code=200, headers=None, **kwargs):
        """The body as it is, as Open Runtimes does: bytes or a string; the
        server refuses anything else (a dict, a number) with a 500."""
        if isinstance(body, (bytes, bytearray, memoryview)):
            return self.binary(body, status_code, headers, **kwargs)
        status_code = kwargs.get("statusCode", status_code)
        out = {"body": body, "statusCode": status_code, "headers": dict(headers or {})}
        if self._on_result is not None:
            self._on_result(out)
        return out

    def json(self, obj, status_code=200, headers=None, **kwargs):
        # As Open Runtimes: always application/json; compact, non-ASCII escaped.
        headers = {k: v for k, v in (headers or {}).items() if str(k).lower() != "content-type"}
        headers["content-type"] = "application/json"
        return self.text(json.dumps(obj, separators=(",", ":")), status_code, headers, **kwargs)

    def empty(self):
        return self.text("", 204, {})

    def redirect(self, url, status_code=301, headers=None, **kwargs):
        headers = dict(headers or {})
        headers["location"] = url
        return self.text("", status_code, headers, **kwargs)


_HEX = "0123456789abcdefABCDEF"


def decode_query_string(raw):
    """The query string as Open Runtimes' python server shows it (aiohttp's
    request.url.query_string): percent escapes decoded as UTF-8 and '+' as a
    space, except the escapes of '+', '=', '&' and ';', which stay encoded
    (upper-case) so that the pairs still split; invalid UTF-8 and malformed
    escapes stay as they were."""
    out = []
    pending = bytearray()  # decoded bytes of consecutive non-ASCII escapes

    def flush():
        if pending:
            text = pending.decode("utf-8", errors="surrogateescape")
            out.append("".join("%%%02X" % (ord(c) - 0xDC00) if 0xDC80 <= ord(c) <= 0xDCFF else c for c in text))
            pending.clear()

    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == "%" and i + 2 < len(raw) and raw[i + 1] in _HEX and raw[i + 2] in _HEX:
            byte = int(raw[i + 1 : i + 3], 16)
            if byte < 0x80:
                flush()
                c = chr(byte)
                out.append("%%%02X" % byte if c in "+=&;" else c)
            else:
                pending.append(byte)
            i += 3
            continue
        flush()
        out.append(" " if ch == "+" else ch)
        i += 1
    flush()
    return "".join(out)


def parse_query(query_string):
    """req.query as Open Runtimes' python server builds it from the decoded
    query string: split at '&' and the first '=', nothing decoded further;
    a pair without '=' gets '', the last value of a repeated key wins."""
    query = {}
    for pair in query_string.split("&"):
        key, sep, value = pair.partition("=")
        if key:
            query[key] = value if sep else ""
    return query


class Request:
    """context.req."""

    def __init__(self, method, raw_path, headers, body):
        path, _, query_string = raw_path.partition("?")
        scheme = headers.get("x-forwarded-proto", "http").split(",")[0].strip() or "http"
        default_port = 443 if scheme == "https" else 80
        match = re.fullmatch(r"(\[[^\]]*\]|[^:]*)(?::(\d+))?", headers.get("host", ""))
        host = match.group(1) if match else headers.get("host", "")
        port = int(match.group(2)) if match and match.group(2) else default_port

        self.method = method
        self.headers = headers
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
        self.query_string = decode_query_string(query_string)
        self.query = parse_query(self.query_string)
        self.url = "%s://%s%s%s%s" % (
            scheme,
            host,
            "" if port == default_port else ":%d" % port,
            path,
            "?" + self.query_string if self.query_string else "",
        )
        self._body = body

    @property
    def body_binary(self):
        return self._body

    @property
    def body_text(self):
        return self._body.decode("utf-8", errors="replace")

    @property
    def body_raw(self):
        return self.body_text

    @property
    def body_json(self):
        return json.loads(self.body_text)

    @property
    def body(self):
        content_type = self.headers.get("content-type", "text/plain").lower()
        if content_type.startswith("application/json"):
            return self.body_json if self._body else {}
        return self.body_text


class Context:
    def __init__(self, req, logger):
        self.req = req
        self.res = Response()
        self._logger = logger

    def log(self, *messages):
        self._logger.log(*messages)

    def error(self, *messages):
        self._logger.error(*messages)


def legacy_variables(headers, body_text):
    """req.variables of the v2 signature: the environment (without
    OPEN_RUNTIMES_*) plus the per-execution values Appwrite used to pass as
    variables, taken from the x-appwrite-* request headers."""
    variables = {k: v for k, v in os.environ.items() if not k.startswith("OPEN_RUNTIMES_")}
    for name, header in (
        ("APPWRITE_FUNCTION_TRIGGER", "x-appwrite-trigger"),
        ("APPWRITE_FUNCTION_EVENT", "x-appwrite-event"),
        ("APPWRITE_FUNCTION_USER_ID", "x-appwrite-user-id"),
        ("APPWRITE_FUNCTION_JWT", "x-appwrite-user-jwt"),
    ):
        if header in headers:
            variables[name] = headers[header]
        else:
            variables.setdefault(name, "")
    variables["APPWRITE_FUNCTION_DATA"] = body_text
    is_event = variables["APPWRITE_FUNCTION_TRIGGER"] == "event"
    variables["APPWRITE_FUNCTION_EVENT_DATA"] = body_text if is_event else ""
    return variables


class Legacy:
    """The (req, res) pair; `result` is the first response made through res,
    so code that calls res.json() without returning it still answers."""

    def __init__(self, request):
        self.result = None
        self.req = request
        request.payload = request.body_text
        request.variables = legacy_variables(request.headers, request.payload)
        self.res = Response(self._record)

    def _record(self, out):
        if self.result is None:
            self.result = out


def is_response(value):
    return isinstance(value, dict) and ("body" in value or "statusCode" in value)
