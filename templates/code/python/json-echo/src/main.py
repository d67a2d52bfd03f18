# JSON echo: answers with what it received. A body that is not JSON is a 400.
import json
import os


def main(context):
    req = context.req
    body = None
    if req.body_text:
        try:
            body = json.loads(req.body_text)
        except ValueError as e:
            context.error("not JSON: %s" % e)
            return context.res.json({"error": "The body is not JSON."}, 400)
    context.log("echo %s %s" % (req.method, req.path))
    return context.res.json({
        "prefix": os.environ.get("ECHO_PREFIX", ""),
        "method": req.method,
        "path": req.path,
        "query": req.query,
        "headers": req.headers,
        "body": body,
    })
