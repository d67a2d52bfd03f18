<?php
// Objects handed to user code by the fnflow php runtime server: the Open
// Runtimes v5 $context (req, res, log, error), the legacy v2 ($req, $res)
// pair, and the per-request logger.

declare(strict_types=1);

const FNFLOW_MAX_CALL_CHARS = 8000; // each log call is cut here
const FNFLOW_MAX_TOTAL = 5 * 1024 * 1024; // the executor reads at most 5 MiB per file
const FNFLOW_NATIVE_HINT = 'Native logs detected. Use context.log() or context.error() for better experience.';

final class FnflowLogger
{
    public string $id = '';
    private bool $enabled;
    private bool $closed = false;
    private bool $nativeSeen = false;
    private array $parts = ['log' => '', 'error' => ''];
    private array $full = ['log' => false, 'error' => false];

    public function __construct(string $logging, string $id)
    {
        $this->enabled = strtolower($logging === '' ? 'enabled' : $logging) !== 'disabled';
        if (!$this->enabled) {
            return;
        }
        if (preg_match('/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/', $id) === 1) {
            $this->id = $id;
        } elseif (getenv('OPEN_RUNTIMES_ENV') === 'development') {
            $this->id = 'dev';
        } else {
            $this->id = uniqid() . substr(bin2hex(random_bytes(4)), 0, 7);
        }
    }

    private static function cut(string $text): string
    {
        if (strlen($text) <= FNFLOW_MAX_CALL_CHARS) {
            return $text;
        }
        // Characters when the text is UTF-8, bytes otherwise.
        if (preg_match('/^.{' . FNFLOW_MAX_CALL_CHARS . '}/su', $text, $m) === 1) {
            if (strlen($m[0]) === strlen($text) || (strlen($text) === strlen($m[0]) + 1 && str_ends_with($text, "\n"))) {
                return $text;
            }
            $head = $m[0];
        } elseif (preg_match('//u', $text) === 1) {
            return $text; // valid UTF-8 with at most 8000 characters
        } else {
            $head = substr($text, 0, FNFLOW_MAX_CALL_CHARS);
        }
        $nl = str_ends_with($text, "\n") ? "\n" : '';
        return $head . '... Log truncated due to size limit (' . FNFLOW_MAX_CALL_CHARS . ' characters)' . $nl;
    }

    public static function format(array $messages): string
    {
        $parts = [];
        foreach ($messages as $m) {
            if ($m instanceof Throwable) {
                $parts[] = get_class($m) . ': ' . $m->getMessage() . "\n" . $m->getTraceAsString();
            } elseif (is_array($m) || is_object($m)) {
                $json = json_encode($m, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PARTIAL_OUTPUT_ON_ERROR);
                $parts[] = $json === false ? print_r($m, true) : $json;
            } elseif (is_bool($m)) {
                $parts[] = $m ? 'true' : 'false';
            } elseif ($m === null) {
                $parts[] = 'null';
            } else {
                $parts[] = (string)$m;
            }
        }
        return implode(' ', $parts);
    }

    private function push(string $kind, string $text): void
    {
        if (!$this->enabled || $this->closed) {
            return;
        }
        if ($this->full[$kind]) {
            return;
        }
        if (strlen($this->parts[$kind]) + strlen($text) > FNFLOW_MAX_TOTAL) {
            $this->parts[$kind] .= "[fnflow] Log output truncated.\n";
            $this->full[$kind] = true;
            return;
        }
        $this->parts[$kind] .= $text;
    }

    public function log(mixed ...$messages): void
    {
        $this->push('log', self::cut(self::format($messages)) . "\n");
    }

    public function error(mixed ...$messages): void
    {
        $this->push('error', self::cut(self::format($messages)) . "\n");
    }

    /** Output the function wrote itself (echo, print, warnings). */
    public function native(string $kind, string $text): void
    {
        if (!$this->nativeSeen) {
            $this->nativeSeen = true;
            $this->push('log', FNFLOW_NATIVE_HINT . "\n");
        }
        $this->push($kind, self::cut($text));
    }

    /** Writes both files; false when logging is off or they cannot be written. */
    public function end(): bool
    {
        if (!$this->enabled || $this->closed) {
            return false;
        }
        $this->closed = true;
        $dir = getenv('FNFLOW_LOGS_DIR') ?: '/mnt/logs';
        $ok = @file_put_contents($dir . '/' . $this->id . '_logs.log', $this->parts['log']) !== false;
        $ok = $ok && @file_put_contents($dir . '/' . $this->id . '_errors.log', $this->parts['error']) !== false;
        if (!$ok) {
            fwrite(STDERR, "fnflow runtime: cannot write logs to $dir\n");
        }
        return $ok;
    }
}

/** $context->res: every method returns ['body', 'statusCode', 'headers']. */
class FnflowResponse
{
    public function binary(string $bytes, int $statusCode = 200, array $headers = []): array
    {
        return ['body' => $bytes, 'statusCode' => $statusCode, 'headers' => $headers];
    }

    public function text(string $body, int $statusCode = 200, array $headers = []): array
    {
        return $this->binary($body, $statusCode, $headers);
    }

    public function send(mixed $body, int $statusCode = 200, array $headers = []): array
    {
        return $this->text(is_array($body) || is_object($body) ? (string)json_encode($body) : (string)$body, $statusCode, $headers);
    }

    public function json(mixed $obj, int $statusCode = 200, array $headers = []): array
    {
        $has = false;
        foreach ($headers as $k => $_) {
            $has = $has || strtolower((string)$k) === 'content-type';
        }
        if (!$has) {
            $headers['content-type'] = 'application/json';
        }
        // Empty arrays become {} as with Open Runtimes' JSON_FORCE_OBJECT;
        // lists stay lists.
        $json = json_encode(fnflow_empty_as_object($obj));
        return $this->text($json === false ? 'null' : $json, $statusCode, $headers);
    }

    public function empty(): array
    {
        return $this->text('', 204, []);
    }

    public function redirect(string $url, int $statusCode = 301, array $headers = []): array
    {
        $headers['location'] = $url;
        return $this->text('', $statusCode, $headers);
    }
}

/** $context->req. */
final class FnflowRequest
{
    public string $bodyBinary;
    public array $headers;
    public string $method;
    public string $url;
    public string $path;
    public int $port;
    public string $host;
    public string $scheme;
    public string $queryString;
    public array $query = [];

    public function __construct(string $method, string $target, array $headers, string $body)
    {
        [$path, $qs] = array_pad(explode('?', $target, 2), 2, '');
        $scheme = trim(explode(',', $headers['x-forwarded-proto'] ?? 'http')[0]) ?: 'http';
        $defaultPort = $scheme === 'https' ? 443 : 80;
        $hostHeader = $headers['host'] ?? '';
        if (preg_match('/^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/', $hostHeader, $m) === 1) {
            $host = $m[1];
            $port = isset($m[2]) && $m[2] !== '' ? (int)$m[2] : $defaultPort;
        } else {
            [$host, $port] = [$hostHeader, $defaultPort];
        }
        foreach (explode('&', $qs) as $pair) {
            if ($pair === '') {
                continue;
            }
            $kv = explode('=', $pair, 2);
            $key = urldecode($kv[0]);
            if ($key !== '') {
                $this->query[$key] = isset($kv[1]) ? urldecode($kv[1]) : '';
            }
        }
        $this->method = $method;
        $this->headers = $headers;
        $this->scheme = $scheme;
        $this->host = $host;
        $this->port = $port;
        $this->path = $path;
        $this->queryString = $qs;
        $this->url = $scheme . '://' . $host . ($port === $defaultPort ? '' : ':' . $port) . $path . ($qs !== '' ? '?' . $qs : '');
        $this->bodyBinary = $body;
    }

    public function __get(string $name): mixed
    {
        return match ($name) {
            'bodyText', 'bodyRaw' => $this->bodyBinary,
            'bodyJson' => $this->bodyJson(),
            'body' => $this->body(),
            default => null,
        };
    }

    private function bodyJson(): mixed
    {
        return json_decode($this->bodyBinary, true, 512, JSON_THROW_ON_ERROR);
    }

    private function body(): mixed
    {
        $type = strtolower($this->headers['content-type'] ?? 'text/plain');
        if (str_starts_with($type, 'application/json')) {
            return $this->bodyBinary === '' ? [] : $this->bodyJson();
        }
        return $this->bodyBinary;
    }
}

final class FnflowContext
{
    public FnflowRequest $req;
    public FnflowResponse $res;
    private FnflowLogger $logger;

    public function __construct(FnflowRequest $req, FnflowLogger $logger)
    {
        $this->req = $req;
        $this->res = new FnflowResponse();
        $this->logger = $logger;
    }

    public function log(mixed ...$messages): void
    {
        $this->logger->log(...$messages);
    }

    public function error(mixed ...$messages): void
    {
        $this->logger->error(...$messages);
    }
}

/** The legacy $res: send/json record the first response made. */
final class FnflowLegacyResponse
{
    public ?array $result = null;

    public function send(mixed $text, int $status = 200, array $headers = []): array
    {
        $out = (new FnflowResponse())->send($text, $status, $headers);
        $this->result ??= $out;
        return $out;
    }

    public function json(mixed $data, int $status = 200, array $headers = []): array
    {
        $out = (new FnflowResponse())->json($data, $status, $headers);
        $this->result ??= $out;
        return $out;
    }
}

/**
 * The v2 ($req, $res) pair: $req is an array with 'headers', 'payload' and
 * 'variables' (the environment without OPEN_RUNTIMES_*, plus the values
 * Appwrite passed per execution, from the x-appwrite-* headers).
 */
final class FnflowLegacy
{
    public array $req;
    public FnflowLegacyResponse $res;

    public function __construct(FnflowRequest $request)
    {
        $variables = [];
        foreach (getenv() as $k => $v) {
            if (!str_starts_with($k, 'OPEN_RUNTIMES_')) {
                $variables[$k] = $v;
            }
        }
        foreach ([
            'APPWRITE_FUNCTION_TRIGGER' => 'x-appwrite-trigger', 'APPWRITE_FUNCTION_EVENT' => 'x-appwrite-event',
            'APPWRITE_FUNCTION_USER_ID' => 'x-appwrite-user-id', 'APPWRITE_FUNCTION_JWT' => 'x-appwrite-user-jwt',
        ] as $name => $header) {
            if (isset($request->headers[$header])) {
                $variables[$name] = $request->headers[$header];
            } else {
                $variables[$name] ??= '';
            }
        }
        $variables['APPWRITE_FUNCTION_DATA'] = $request->bodyBinary;
        $variables['APPWRITE_FUNCTION_EVENT_DATA'] = $variables['APPWRITE_FUNCTION_TRIGGER'] === 'event' ? $request->bodyBinary : '';
        $this->req = ['headers' => $request->headers, 'payload' => $request->bodyBinary, 'variables' => $variables];
        $this->res = new FnflowLegacyResponse();
    }
}

function fnflow_empty_as_object(mixed $value): mixed
{
    if ($value === []) {
        return new stdClass();
    }
    if (is_array($value)) {
        foreach ($value as $k => $v) {
            $value[$k] = fnflow_empty_as_object($v);
        }
    }
    return $value;
}

function fnflow_is_response(mixed $value): bool
{
    return is_array($value) && (array_key_exists('body', $value) || array_key_exists('statusCode', $value));
}
