# A starter function: it answers every request (any method, any path, with or
# without a body). Deploy it with `fnflow deploy`, call it with `fnflow exec`.
import json


def main(context):
    req = context.req
    name = req.query.get("name") or "world"
    if req.body_text:
        try:
            name = json.loads(req.body_text).get("name") or name
        except (ValueError, AttributeError):
            name = req.body_text
    context.log("%s %s for %s" % (req.method, req.path, name))
    return context.res.json({"hello": name, "method": req.method, "path": req.path})
