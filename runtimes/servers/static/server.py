"""fnflow static runtime server: the build output's files served as they are,
under the Open Runtimes v5 container contract (port 3000, /__opr/health, the
x-open-runtimes-secret header), with the standard library only.

As Open Runtimes' static runtime: a directory answers with its index.html;
a missing file answers 404 with the function's 404.html when it has one;
OPEN_RUNTIMES_STATIC_FALLBACK names a file served instead of 404 (single-page
applications). GET and HEAD only; no logs are written (there is no user code).
"""

import hmac
import mimetypes
import os
import signal
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

PORT = 3000
FUNCTION_DIR = os.environ.get("FNFLOW_FUNCTION_DIR", "/usr/local/server/src/function")
MSG_UNAUTHORIZED = 'Unauthorized. Provide correct "x-open-runtimes-secret" header.'
NOT_FOUND = b"<!doctype html><title>404 Not Found</title><h1>404 Not Found</h1>\n"


def resolve(url_path):
    """The file for a URL path inside FUNCTION_DIR, or None."""
    rel = os.path.normpath("/" + unquote(url_path)).lstrip("/")
    path = os.path.join(FUNCTION_DIR, rel)
    if os.path.isdir(path):
        path = os.path.join(path, "index.html")
    return path if os.path.isfile(path) else None


def content_type(path):
    ctype, encoding = mimetypes.guess_type(path)
    if ctype is None or encoding is not None:
        return "application/octet-stream"
    if ctype.startswith("text/") or ctype in ("application/javascript", "application/json", "image/svg+xml"):
        return ctype + "; charset=utf-8"
    return ctype


class Handler(BaseHTTPRequestHandler):
    # Headers and body go out in separate writes: with Nagle's algorithm the
    # body waits for the client's delayed ACK (40 ms per keep-alive request).
    disable_nagle_algorithm = True
    protocol_version = "HTTP/1.1"
    server_version = "fnflow-static"

    def log_message(self, *args):
        pass

    def __getattr__(self, name):
        if name.startswith("do_"):
            return self.handle_request
        raise AttributeError(name)

    def answer(self, status, ctype, body):
        self.send_response(status)
        self.send_header("content-type", ctype)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def handle_request(self):
        length = int(self.headers.get("content-length") or 0)
        if length > 0:  # a body is read and ignored, so the connection stays usable
            self.rfile.read(min(length, 20 * 1024 * 1024))
        path = self.path.split("?", 1)[0]
        if path == "/__opr/health":
            return self.answer(200, "text/plain; charset=utf-8", b"OK")
        secret = os.environ.get("OPEN_RUNTIMES_SECRET", "")
        given = self.headers.get("x-open-runtimes-secret", "")
        if secret and not hmac.compare_digest(given.encode(), secret.encode()):
            return self.answer(500, "text/plain; charset=utf-8", MSG_UNAUTHORIZED.encode())
        if path == "/__opr/timings":
            return self.answer(200, "text/plain; charset=utf-8", b"")
        if self.command not in ("GET", "HEAD"):
            self.send_response(405)
            self.send_header("allow", "GET, HEAD")
            self.send_header("content-length", "0")
            self.end_headers()
            return None
        status, file = 200, resolve(path)
        if file is None:
            fallback = os.environ.get("OPEN_RUNTIMES_STATIC_FALLBACK", "")
            file = resolve(fallback) if fallback else None
            if file is None:
                status, file = 404, resolve("/404.html")
        if file is None:
            return self.answer(404, "text/html; charset=utf-8", NOT_FOUND)
        try:
            with open(file, "rb") as f:
                body = f.read()
        except OSError:
            return self.answer(404, "text/html; charset=utf-8", NOT_FOUND)
        return self.answer(status, content_type(file), body)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128


def main():
    server = Server(("0.0.0.0", PORT), Handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    sys.stdout.write("HTTP server successfully started!\n")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
