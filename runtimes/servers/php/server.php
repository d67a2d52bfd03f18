<?php
// fnflow php runtime server: the Open Runtimes v5 container contract with
// the standard library only (sockets from the core, pcntl for one process
// per connection and the timeout alarm). See runtimes/doc.go.
//
// The parent accepts connections and forks a child per connection; the
// child serves that connection's requests (keep-alive) with the user
// function loaded once, so a crash, exit() or fatal error in user code ends
// only its own connection. A timeout is a SIGALRM in the child: it answers
// 500 with an empty body, logs "Execution timed out." and exits.

declare(strict_types=1);

require_once __DIR__ . '/fnflow_context.php';

const FNFLOW_PORT = 3000;
const FNFLOW_MAX_BODY = 20 * 1024 * 1024;
const FNFLOW_MSG_UNAUTHORIZED = 'Unauthorized. Provide correct "x-open-runtimes-secret" header.';
const FNFLOW_MSG_BAD_TIMEOUT = 'Header "x-open-runtimes-timeout" must be an integer greater than 0.';
const FNFLOW_MSG_TIMEOUT = 'Execution timed out.';
const FNFLOW_MSG_NO_RETURN = 'Return statement missing. return $context->res->empty() if no response is expected.';
const FNFLOW_MSG_NO_LEGACY = 'No response sent. Call $res->send() or $res->json().';
const FNFLOW_MSG_BAD_RESPONSE = 'Invalid response: return $context->res->text(...) or another $context->res method.';

function fnflow_function_dir(): string
{
    $dir = getenv('FNFLOW_FUNCTION_DIR');
    return $dir !== false && $dir !== '' ? $dir : '/usr/local/server/src/function';
}

/** The state of the request being served (the alarm and shutdown handlers need it). */
final class FnflowCurrent
{
    public static $conn = null;
    public static ?FnflowLogger $logger = null;
    public static bool $answered = true;
    public static bool $capturing = false;
    public static $userFunction = null;
    public static ?string $loadedPath = null;
}

final class FnflowLoadError extends Exception
{
}

/** A failed run: an empty body with status, the message goes to the errors log. */
final class FnflowFailure
{
    public function __construct(public int $status, public string $message)
    {
    }
}

function fnflow_reason(int $status): string
{
    static $reasons = [
        100 => 'Continue', 200 => 'OK', 201 => 'Created', 202 => 'Accepted', 204 => 'No Content',
        301 => 'Moved Permanently', 302 => 'Found', 303 => 'See Other', 304 => 'Not Modified',
        307 => 'Temporary Redirect', 308 => 'Permanent Redirect', 400 => 'Bad Request', 401 => 'Unauthorized',
        403 => 'Forbidden', 404 => 'Not Found', 405 => 'Method Not Allowed', 409 => 'Conflict',
        413 => 'Payload Too Large', 422 => 'Unprocessable Entity', 429 => 'Too Many Requests',
        500 => 'Internal Server Error', 502 => 'Bad Gateway', 503 => 'Service Unavailable', 504 => 'Gateway Timeout',
    ];
    return $reasons[$status] ?? 'Status';
}

function fnflow_clean(string $v): string
{
    return str_replace(["\r", "\n"], ' ', $v);
}

/** Writes one HTTP/1.1 response; $headers is a list of [name, value]. */
function fnflow_write($conn, string $method, int $status, array $headers, string $body, bool $close): void
{
    $noBody = $status < 200 || $status === 204 || $status === 304;
    $out = 'HTTP/1.1 ' . $status . ' ' . fnflow_reason($status) . "\r\n";
    foreach ($headers as [$k, $v]) {
        $out .= $k . ': ' . fnflow_clean((string)$v) . "\r\n";
    }
    if (!$noBody) {
        $out .= 'content-length: ' . strlen($body) . "\r\n";
    }
    if ($close) {
        $out .= "connection: close\r\n";
    }
    $out .= "\r\n";
    if ($method !== 'HEAD' && !$noBody) {
        $out .= $body;
    }
    $len = strlen($out);
    for ($done = 0; $done < $len;) {
        $n = @fwrite($conn, $done === 0 ? $out : substr($out, $done));
        if ($n === false || $n === 0) {
            return;
        }
        $done += $n;
    }
}

function fnflow_plain($conn, string $method, int $status, string $text, bool $close = false): void
{
    fnflow_write($conn, $method, $status, [['content-type', 'text/plain; charset=utf-8']], $text, $close);
}

/** Ends a request that failed inside the user code: empty body, the log files, the log id. */
function fnflow_fail_now(int $status, string $message): void
{
    $logger = FnflowCurrent::$logger;
    while (ob_get_level() > 0) {
        $out = ob_get_clean();
        if ($logger !== null && $out !== '' && $out !== false) {
            $logger->native('log', $out);
        }
    }
    FnflowCurrent::$capturing = false;
    $headers = [['content-type', 'text/plain; charset=utf-8']];
    if ($logger !== null) {
        fnflow_drain_error_log($logger);
        if ($message !== '') {
            $logger->error($message);
        }
        if ($logger->end()) {
            $headers[] = ['x-open-runtimes-log-id', rawurlencode($logger->id)];
        }
    }
    if (FnflowCurrent::$conn !== null && !FnflowCurrent::$answered) {
        FnflowCurrent::$answered = true;
        fnflow_write(FnflowCurrent::$conn, 'GET', $status, $headers, '', true);
    }
}

/** Reads one request from $conn; null at the end of the connection. */
function fnflow_read_request($conn): ?array
{
    $line = fgets($conn, 65536);
    while ($line === "\r\n" || $line === "\n") { // tolerated before a request line
        $line = fgets($conn, 65536);
    }
    if ($line === false || $line === '') {
        return null;
    }
    $parts = explode(' ', trim($line));
    if (count($parts) < 3) {
        return ['bad' => 400];
    }
    [$method, $target, $version] = $parts;
    $headers = [];
    $raw = [];
    $size = 0;
    while (true) {
        $h = fgets($conn, 65536);
        if ($h === false) {
            return null;
        }
        $size += strlen($h);
        if ($size > 256 * 1024) {
            return ['bad' => 431];
        }
        if ($h === "\r\n" || $h === "\n") {
            break;
        }
        $pos = strpos($h, ':');
        if ($pos === false) {
            continue;
        }
        $name = strtolower(trim(substr($h, 0, $pos)));
        $value = trim(substr($h, $pos + 1));
        $raw[] = [$name, $value];
        $headers[$name] = isset($headers[$name]) ? $headers[$name] . ', ' . $value : $value;
    }
    $close = strtolower($headers['connection'] ?? '') === 'close' || $version === 'HTTP/1.0';
    $body = '';
    if (str_contains(strtolower($headers['transfer-encoding'] ?? ''), 'chunked')) {
        while (true) {
            $sizeLine = fgets($conn, 1024);
            if ($sizeLine === false) {
                return null;
            }
            $n = hexdec(trim(explode(';', $sizeLine)[0]));
            if ($n === 0) {
                while (($t = fgets($conn, 65536)) !== false && $t !== "\r\n" && $t !== "\n") {
                }
                break;
            }
            if (strlen($body) + $n > FNFLOW_MAX_BODY) {
                return ['bad' => 413, 'method' => $method];
            }
            $body .= fnflow_read_exactly($conn, (int)$n);
            fgets($conn, 3);
        }
    } else {
        $length = (int)($headers['content-length'] ?? 0);
        if ($length > FNFLOW_MAX_BODY) {
            return ['bad' => 413, 'method' => $method];
        }
        if ($length > 0) {
            $body = fnflow_read_exactly($conn, $length);
            if (strlen($body) < $length) {
                return null;
            }
        }
    }
    return ['method' => $method, 'target' => $target, 'headers' => $headers, 'body' => $body, 'close' => $close];
}

function fnflow_read_exactly($conn, int $n): string
{
    $buf = '';
    while (strlen($buf) < $n) {
        $chunk = fread($conn, min(1 << 20, $n - strlen($buf)));
        if ($chunk === false || $chunk === '') {
            if (feof($conn)) {
                break;
            }
            continue;
        }
        $buf .= $chunk;
    }
    return $buf;
}

/** Loads the entrypoint once per process: the callable it returns. */
function fnflow_load(string $entrypoint)
{
    if ($entrypoint === '') {
        throw new FnflowLoadError('Failed to load entrypoint, OPEN_RUNTIMES_ENTRYPOINT is not set.');
    }
    $path = fnflow_function_dir() . '/' . $entrypoint;
    if (FnflowCurrent::$loadedPath === $path && FnflowCurrent::$userFunction !== null) {
        return FnflowCurrent::$userFunction;
    }
    if (!is_file($path)) {
        throw new FnflowLoadError('Failed to load entrypoint, file ' . $entrypoint . ' does not exist.');
    }
    $autoload = fnflow_function_dir() . '/vendor/autoload.php';
    if (is_file($autoload)) {
        require_once $autoload;
    }
    $fn = (static function (string $__file) {
        return include $__file;
    })($path);
    if (!is_callable($fn)) {
        throw new FnflowLoadError('Failed to load entrypoint ' . $entrypoint . ": it does not return a function. " .
            'Use: return function ($context) { return $context->res->text(\'...\'); };');
    }
    FnflowCurrent::$userFunction = $fn;
    FnflowCurrent::$loadedPath = $path;
    return $fn;
}

function fnflow_is_legacy($fn): bool
{
    try {
        $r = is_array($fn) ? new ReflectionMethod($fn[0], $fn[1])
            : (is_object($fn) && !($fn instanceof Closure) ? new ReflectionMethod($fn, '__invoke') : new ReflectionFunction($fn));
        return $r->getNumberOfRequiredParameters() >= 2;
    } catch (ReflectionException $e) {
        return false;
    }
}

function fnflow_user_trace(Throwable $e): string
{
    $text = get_class($e) . ': ' . $e->getMessage() . ' in ' . $e->getFile() . ':' . $e->getLine() . "\n" . $e->getTraceAsString();
    for ($p = $e->getPrevious(); $p !== null; $p = $p->getPrevious()) {
        $text .= "\nCaused by " . get_class($p) . ': ' . $p->getMessage() . ' in ' . $p->getFile() . ':' . $p->getLine();
    }
    return $text;
}

/** Runs the user function: the response array, or a FnflowFailure. */
function fnflow_execute(FnflowRequest $request, FnflowLogger $logger)
{
    // error_log() (the usual way to write to stderr in PHP) goes to a file
    // of this process, read into the errors log afterwards.
    $errorLog = sys_get_temp_dir() . '/fnflow-error-log-' . getmypid();
    @unlink($errorLog);
    ini_set('error_log', $errorLog);
    ob_start();
    FnflowCurrent::$capturing = true;
    try {
        try {
            $fn = fnflow_load((string)getenv('OPEN_RUNTIMES_ENTRYPOINT'));
        } catch (FnflowLoadError $e) {
            return new FnflowFailure(503, $e->getMessage());
        } catch (Throwable $e) {
            return new FnflowFailure(503, 'Failed to load module: ' . fnflow_user_trace($e));
        }
        try {
            if (fnflow_is_legacy($fn)) {
                $legacy = new FnflowLegacy($request);
                $returned = $fn($legacy->req, $legacy->res);
                if ($legacy->res->result !== null) {
                    return $legacy->res->result;
                }
                if (fnflow_is_response($returned)) {
                    return $returned;
                }
                return new FnflowFailure(500, FNFLOW_MSG_NO_LEGACY);
            }
            $output = $fn(new FnflowContext($request, $logger));
        } catch (Throwable $e) {
            return new FnflowFailure(500, fnflow_user_trace($e));
        }
        if ($output === null) {
            return new FnflowFailure(500, FNFLOW_MSG_NO_RETURN);
        }
        if (!fnflow_is_response($output)) {
            return new FnflowFailure(500, FNFLOW_MSG_BAD_RESPONSE);
        }
        return $output;
    } finally {
        FnflowCurrent::$capturing = false;
        $out = ob_get_clean();
        while (ob_get_level() > 0) { // buffers user code left open
            $out = ob_get_clean() . $out;
        }
        if ($out !== '' && $out !== false) {
            $logger->native('log', $out);
        }
        fnflow_drain_error_log($logger);
    }
}

function fnflow_drain_error_log(FnflowLogger $logger): void
{
    $file = (string)ini_get('error_log');
    if ($file === '' || !is_file($file)) {
        return;
    }
    $text = (string)@file_get_contents($file, false, null, 0, FNFLOW_MAX_TOTAL);
    @unlink($file);
    if ($text !== '') {
        $logger->native('error', $text);
    }
}

function fnflow_enforced_headers(): array
{
    $raw = getenv('OPEN_RUNTIMES_HEADERS');
    if ($raw === false || $raw === '') {
        return [];
    }
    $parsed = json_decode($raw, true);
    if (!is_array($parsed)) {
        fwrite(STDERR, "fnflow runtime: ignoring OPEN_RUNTIMES_HEADERS, not a JSON object\n");
        return [];
    }
    return $parsed;
}

function fnflow_handle($conn, array $req): bool
{
    $method = $req['method'];
    [$path] = explode('?', $req['target'], 2);
    if ($path === '/__opr/health') {
        fnflow_plain($conn, $method, 200, 'OK');
        return true;
    }
    $secret = (string)getenv('OPEN_RUNTIMES_SECRET');
    if ($secret !== '' && !hash_equals($secret, (string)($req['headers']['x-open-runtimes-secret'] ?? ''))) {
        fnflow_plain($conn, $method, 500, FNFLOW_MSG_UNAUTHORIZED);
        return true;
    }
    if ($path === '/__opr/timings') {
        fnflow_plain($conn, $method, 200, sprintf("uptime_seconds=%.3f\n", microtime(true) - FNFLOW_STARTED));
        return true;
    }
    $rawTimeout = (string)($req['headers']['x-open-runtimes-timeout'] ?? '');
    $timeout = 0;
    if ($rawTimeout !== '') {
        if (!ctype_digit($rawTimeout) || (int)$rawTimeout < 1) {
            fnflow_plain($conn, $method, 500, FNFLOW_MSG_BAD_TIMEOUT);
            return true;
        }
        $timeout = (int)$rawTimeout;
    }
    $headers = [];
    foreach ($req['headers'] as $k => $v) {
        if (!str_starts_with($k, 'x-open-runtimes-')) {
            $headers[$k] = $v;
        }
    }
    foreach (FNFLOW_ENFORCED as $k => $v) {
        $headers[strtolower((string)$k)] = is_scalar($v) ? (string)$v : json_encode($v);
    }
    $logger = new FnflowLogger(
        (string)($req['headers']['x-open-runtimes-logging'] ?? ''),
        (string)($req['headers']['x-open-runtimes-log-id'] ?? '')
    );
    FnflowCurrent::$conn = $conn;
    FnflowCurrent::$logger = $logger;
    FnflowCurrent::$answered = false;
    $request = new FnflowRequest($method, $req['target'], $headers, $req['body']);

    if ($timeout > 0) {
        pcntl_alarm($timeout);
    }
    $output = fnflow_execute($request, $logger);
    pcntl_alarm(0);

    if ($output instanceof FnflowFailure) {
        $logger->error($output->message);
        $output = ['body' => '', 'statusCode' => $output->status, 'headers' => []];
    }
    fnflow_respond($conn, $method, $output, $logger, $req['close']);
    FnflowCurrent::$answered = true;
    FnflowCurrent::$logger = null;
    return !$req['close'];
}

function fnflow_respond($conn, string $method, array $output, FnflowLogger $logger, bool $close): void
{
    $body = $output['body'] ?? '';
    if (is_array($body) || is_object($body)) {
        $body = json_encode($body);
    }
    $body = (string)$body;
    $status = $output['statusCode'] ?? 200;
    if (!is_int($status) || $status < 100 || $status > 999) {
        $logger->error('Invalid status code: ' . var_export($status, true));
        [$status, $body] = [500, ''];
    }
    $contentType = 'text/plain';
    $list = [];
    foreach (($output['headers'] ?? []) as $k => $v) {
        $k = strtolower((string)$k);
        if (str_starts_with($k, 'x-open-runtimes-') || $k === 'content-length' || $k === 'transfer-encoding' || $k === 'connection') {
            continue;
        }
        if ($k === 'content-type') {
            $contentType = strtolower(is_array($v) ? (string)reset($v) : (string)$v);
            continue;
        }
        foreach (is_array($v) ? $v : [$v] as $one) {
            $list[] = [$k, (string)$one];
        }
    }
    if (!str_starts_with($contentType, 'multipart/') && !str_contains($contentType, 'charset=')) {
        $contentType .= '; charset=utf-8';
    }
    $list[] = ['content-type', $contentType];
    if ($logger->end()) {
        $list[] = ['x-open-runtimes-log-id', rawurlencode($logger->id)];
    }
    fnflow_write($conn, $method, $status, $list, $body, $close);
}

function fnflow_serve_connection($conn): void
{
    pcntl_async_signals(true);
    pcntl_signal(SIGALRM, static function () {
        fnflow_fail_now(500, FNFLOW_MSG_TIMEOUT);
        exit(0);
    });
    register_shutdown_function(static function () {
        // A fatal error (or exit()) in user code ends the process: answer anyway.
        if (!FnflowCurrent::$answered) {
            $err = error_get_last();
            $msg = $err !== null && in_array($err['type'], [E_ERROR, E_PARSE, E_CORE_ERROR, E_COMPILE_ERROR], true)
                ? 'PHP Fatal error: ' . $err['message'] . ' in ' . $err['file'] . ':' . $err['line']
                : 'The function ended the process (exit) before returning a response.';
            fnflow_fail_now(500, $msg);
        }
    });
    set_error_handler(static function (int $no, string $str, string $file, int $line): bool {
        if (!(error_reporting() & $no)) {
            return false;
        }
        $logger = FnflowCurrent::$logger;
        if ($logger === null) {
            return false;
        }
        $kind = match ($no) {
            E_WARNING, E_USER_WARNING => 'Warning',
            E_NOTICE, E_USER_NOTICE => 'Notice',
            E_DEPRECATED, E_USER_DEPRECATED => 'Deprecated',
            default => 'Error',
        };
        $logger->native('error', "PHP $kind:  $str in $file on line $line\n");
        return true;
    });
    stream_set_timeout($conn, 300);
    while (true) {
        $req = fnflow_read_request($conn);
        if ($req === null) {
            break;
        }
        if (isset($req['bad'])) {
            $text = $req['bad'] === 413 ? 'Request body too large.' : 'Bad request.';
            fnflow_plain($conn, $req['method'] ?? 'GET', $req['bad'], $text, true);
            break;
        }
        if (!fnflow_handle($conn, $req)) {
            break;
        }
    }
    @fclose($conn);
}

function fnflow_main(): void
{
    ini_set('display_errors', 'stderr');
    $ctx = stream_context_create(['socket' => ['backlog' => 128, 'so_reuseport' => false]]);
    $server = @stream_socket_server('tcp://0.0.0.0:' . FNFLOW_PORT, $errno, $errstr,
        STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
    if ($server === false) {
        fwrite(STDERR, "fnflow runtime: cannot listen on port " . FNFLOW_PORT . ": $errstr\n");
        exit(1);
    }
    pcntl_signal(SIGCHLD, SIG_IGN); // children are reaped by the kernel
    pcntl_async_signals(true);
    pcntl_signal(SIGTERM, static function () {
        exit(0);
    });
    fwrite(STDOUT, "HTTP server successfully started!\n");
    while (true) {
        $conn = @stream_socket_accept($server, 3600);
        if ($conn === false) {
            continue;
        }
        $pid = pcntl_fork();
        if ($pid === 0) {
            fclose($server);
            pcntl_signal(SIGTERM, SIG_DFL);
            pcntl_signal(SIGCHLD, SIG_DFL);
            fnflow_serve_connection($conn);
            exit(0);
        }
        if ($pid < 0) {
            fnflow_plain($conn, 'GET', 503, 'Cannot start a worker process.', true);
        }
        fclose($conn);
    }
}

define('FNFLOW_STARTED', microtime(true));
define('FNFLOW_ENFORCED', fnflow_enforced_headers());
fnflow_main();
