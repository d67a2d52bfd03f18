package runtimes

import seeds "github.com/fnflow/fnflow/internal/fixtures"

// The php and ruby fixtures: the same entrypoints and answers as the node
// and python ones (see fixtures).
func init() {
	fixtures["python-ml"] = fixtures["python"] // the python server, more packages
	fixtures["php"] = fixture{
		context: "index.php", modern: "modern.php", notfn: "notfn.php", seed: "seed.php", vars: "vars.php",
		throwTrace: "#0 ", jsonError: "JsonException", versionCommand: "php --version",
		noReturn:   "Return statement missing. return $context->res->empty() if no response is expected.",
		modernBody: `{"modern":true,"body":"modern"}`,
		files: map[string]string{
			"index.php": `<?php
require_once __DIR__ . '/lib/helper.php';

use Fnflow\Leftpad; // from vendor/autoload.php, loaded by the server

function try_write(string $file): string
{
    if (@file_put_contents($file, 'x') !== false) {
        return 'ok';
    }
    return str_contains(error_get_last()['message'] ?? '', 'Read-only file system') ? 'EROFS' : 'failed';
}

return function ($context) {
    $req = $context->req;
    $res = $context->res;
    switch ($req->path) {
        case '/text':
            return $res->text('hello text');
        case '/echo':
            return $res->json([
                'method' => $req->method, 'path' => $req->path, 'query' => $req->query, 'queryString' => $req->queryString,
                'headers' => $req->headers, 'bodyText' => $req->bodyText, 'bodyRaw' => $req->bodyRaw, 'body' => $req->body,
                'host' => $req->host, 'port' => $req->port, 'scheme' => $req->scheme, 'url' => $req->url,
            ]);
        case '/binary':
            return $res->binary("\x00\x01\x02\xfa\xff", 200, ['content-type' => 'application/octet-stream']);
        case '/bodybinary':
            return $res->binary($req->bodyBinary, 200, ['content-type' => 'application/octet-stream']);
        case '/status':
            return $res->text('created', 201, ['x-custom' => 'yes', 'X-Mixed-Case' => 'ok']);
        case '/send':
            return $res->send('sent', 202);
        case '/redirect':
            return $res->redirect('https://example.com/next', 302);
        case '/empty':
            return $res->empty();
        case '/logs':
            $context->log('log line', ['a' => 1]);
            $context->error('error line');
            echo "native stdout\n";
            error_log('native stderr');
            $context->log(str_repeat('x', 9000));
            return $res->text('logged');
        case '/throw':
            throw new RuntimeException('boom from user code');
        case '/sleep':
            usleep((int)$req->query['ms'] * 1000);
            return $res->text('slept');
        case '/noreturn':
            return null;
        case '/write':
            return $res->json([
                'function' => try_write('/usr/local/server/src/function/new.txt'),
                'root' => try_write('/usr/local/server/new.txt'),
                'tmp' => try_write('/tmp/new.txt'),
            ]);
        case '/dependency':
            return $res->text(Leftpad::pad('7', 3, '0') . ' ' . HELPER_NAME);
        case '/env':
            return $res->send(json_encode(['custom' => getenv('CUSTOM_VAR'), 'home' => getenv('HOME'), 'uid' => posix_getuid()],
                JSON_UNESCAPED_SLASHES), 200, ['content-type' => 'application/json']);
        case '/badjson':
            return $res->json($req->bodyJson);
    }
    return $res->text('not found', 404);
};
`,
			"lib/helper.php":            "<?php\nconst HELPER_NAME = 'helper';\n",
			"vendor/autoload.php":       "<?php\nspl_autoload_register(function ($c) {\n    if ($c === 'Fnflow\\\\Leftpad') {\n        require __DIR__ . '/fnflow/leftpad.php';\n    }\n});\n",
			"vendor/fnflow/leftpad.php": "<?php\nnamespace Fnflow;\n\nclass Leftpad\n{\n    public static function pad(string $s, int $n, string $c): string\n    {\n        return str_pad($s, $n, $c, STR_PAD_LEFT);\n    }\n}\n",
			"modern.php": `<?php
return static fn ($context) => $context->res->json(['modern' => true, 'body' => $context->req->bodyText]);
`,
			"notfn.php": "<?php\nreturn 42;\n",
			"seed.php":  seeds.SeedPHPLegacy,
			"vars.php": `<?php
return function ($req, $res) {
    $v = $req['variables'];
    $res->json([
        'trigger' => $v['APPWRITE_FUNCTION_TRIGGER'], 'event' => $v['APPWRITE_FUNCTION_EVENT'],
        'data' => $v['APPWRITE_FUNCTION_DATA'], 'eventData' => $v['APPWRITE_FUNCTION_EVENT_DATA'],
        'userId' => $v['APPWRITE_FUNCTION_USER_ID'], 'jwt' => $v['APPWRITE_FUNCTION_JWT'],
        'custom' => $v['CUSTOM_VAR'] ?? null, 'secret' => isset($v['OPEN_RUNTIMES_SECRET']) ? 'visible' : 'hidden',
        'headers' => $req['headers']['x-appwrite-trigger'] ?? null,
    ]);
};
`,
		},
	}
	fixtures["ruby"] = fixture{
		context: "main.rb", modern: "modern.rb", notfn: "notfn.rb", seed: "seed.rb", vars: "vars.rb",
		throwTrace: "main.rb:", jsonError: "JSON::ParserError", versionCommand: "ruby --version",
		modernBody: `{"modern":true,"body":"modern"}`,
		files: map[string]string{
			"main.rb": `require 'helper' # the function directory is on the load path
require_relative 'lib/leftpad'

def try_write(path)
  File.write(path, 'x')
  'ok'
rescue Errno::EROFS
  'EROFS'
rescue SystemCallError => e
  e.class.name
end

def main(context)
  req = context.req
  res = context.res
  case req.path
  when '/text'
    return res.text('hello text')
  when '/echo'
    return res.json({
      method: req.method, path: req.path, query: req.query, queryString: req.query_string,
      headers: req.headers, bodyText: req.body_text, bodyRaw: req.body_raw, body: req.body,
      host: req.host, port: req.port, scheme: req.scheme, url: req.url
    })
  when '/binary'
    return res.binary([0, 1, 2, 250, 255].pack('C*'), 200, { 'content-type' => 'application/octet-stream' })
  when '/bodybinary'
    return res.binary(req.body_binary, 200, { 'content-type' => 'application/octet-stream' })
  when '/status'
    return res.text('created', 201, { 'x-custom' => 'yes', 'X-Mixed-Case' => 'ok' })
  when '/send'
    return res.send('sent', 202)
  when '/redirect'
    return res.redirect('https://example.com/next', 302)
  when '/empty'
    return res.empty
  when '/logs'
    context.log('log line', { a: 1 })
    context.error('error line')
    puts 'native stdout'
    $stderr.puts 'native stderr'
    context.log('x' * 9000)
    return res.text('logged')
  when '/throw'
    raise 'boom from user code'
  when '/sleep'
    sleep(req.query['ms'].to_i / 1000.0)
    return res.text('slept')
  when '/noreturn'
    return nil
  when '/write'
    return res.json({
      function: try_write('/usr/local/server/src/function/new.txt'),
      root: try_write('/usr/local/server/new.txt'),
      tmp: try_write('/tmp/new.txt')
    })
  when '/dependency'
    return res.text("#{Leftpad.pad('7', 3, '0')} #{Helper::NAME}")
  when '/env'
    return res.json({ custom: ENV['CUSTOM_VAR'], home: ENV['HOME'], uid: Process.uid })
  when '/badjson'
    return res.json(req.body_json)
  end
  res.text('not found', 404)
end
`,
			"helper.rb":      "module Helper\n  NAME = 'helper'\nend\n",
			"lib/leftpad.rb": "module Leftpad\n  def self.pad(s, n, c)\n    s.to_s.rjust(n, c)\n  end\nend\n",
			"modern.rb": `def main(context)
  context.res.json({ modern: true, body: context.req.body_text })
end
`,
			"notfn.rb": "MAIN = 42\n",
			"seed.rb":  seeds.SeedRubyLegacy,
			"vars.rb": `def main(req, res)
  v = req.variables
  res.json({
    trigger: v['APPWRITE_FUNCTION_TRIGGER'], event: v['APPWRITE_FUNCTION_EVENT'],
    data: v['APPWRITE_FUNCTION_DATA'], eventData: v['APPWRITE_FUNCTION_EVENT_DATA'],
    userId: v['APPWRITE_FUNCTION_USER_ID'], jwt: v['APPWRITE_FUNCTION_JWT'],
    custom: v['CUSTOM_VAR'], secret: v.key?('OPEN_RUNTIMES_SECRET') ? 'visible' : 'hidden',
    headers: req.headers['x-appwrite-trigger']
  })
end
`,
		},
	}
}
