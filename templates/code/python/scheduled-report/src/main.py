# Scheduled report: the function's schedule runs it (trigger "schedule");
# it logs a short report and answers it as JSON.
import datetime
import json
import os


def main(context):
    report = {
        "at": datetime.datetime.now(datetime.timezone.utc).isoformat(),
        "trigger": context.req.headers.get("x-appwrite-trigger", "unknown"),
        "functionId": os.environ.get("APPWRITE_FUNCTION_ID", ""),
    }
    context.log("report: %s" % json.dumps(report))
    return context.res.json(report)
