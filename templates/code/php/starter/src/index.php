<?php
// A starter function: it answers every request (any method, any path, with or
// without a body). Deploy it with `fnflow deploy`, call it with `fnflow exec`.
return function ($context) {
    $req = $context->req;
    $name = $req->query['name'] ?? 'world';
    if ($req->bodyText !== '') {
        $data = json_decode($req->bodyText, true);
        if (is_array($data)) {
            $name = $data['name'] ?? $name;
        } else {
            $name = $req->bodyText;
        }
    }
    $context->log("{$req->method} {$req->path} for {$name}");
    return $context->res->json(['hello' => $name, 'method' => $req->method, 'path' => $req->path]);
};
