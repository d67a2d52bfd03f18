"""A function's whole life cycle against a running fnflow, through the official
Appwrite Python SDK (vendored unchanged under vendor/, see README.md).

Run by server/sdk_python_test.go; by hand:

    FNFLOW_ENDPOINT=http://127.0.0.1:8080/v1 FNFLOW_PROJECT=default FNFLOW_KEY=... \
        python3 tests/sdk/python/lifecycle.py

Every step checks what a user of the SDK would see: typed models, raised
AppwriteException with code and type, deletes that return normally. The first
failed check ends the run with exit status 1 and a traceback.
"""

import datetime
import gzip
import io
import json
import os
import sys
import tarfile
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))

try:
    import pydantic
    import requests  # noqa: F401  (the SDK's HTTP client)
except ImportError as e:
    sys.exit(f"the Appwrite Python SDK needs `requests` and `pydantic` 2: {e} (install them: pip install requests 'pydantic>=2')")
if not pydantic.VERSION.startswith("2."):
    sys.exit(f"the Appwrite Python SDK needs pydantic 2, this python has {pydantic.VERSION}")

sys.path.insert(0, os.path.join(HERE, "vendor"))

from appwrite.client import Client  # noqa: E402
from appwrite.enums.deployment_download_type import DeploymentDownloadType  # noqa: E402
from appwrite.enums.deployment_status import DeploymentStatus  # noqa: E402
from appwrite.enums.execution_status import ExecutionStatus  # noqa: E402
from appwrite.enums.execution_trigger import ExecutionTrigger  # noqa: E402
from appwrite.enums.project_key_scopes import ProjectKeyScopes  # noqa: E402
from appwrite.enums.execution_method import ExecutionMethod  # noqa: E402
from appwrite.enums.runtime import Runtime  # noqa: E402
from appwrite.exception import AppwriteException  # noqa: E402
from appwrite.id import ID  # noqa: E402
from appwrite.input_file import InputFile  # noqa: E402
from appwrite.models import Deployment, Execution, Function, Variable  # noqa: E402
from appwrite.query import Query  # noqa: E402
from appwrite.services.functions import Functions  # noqa: E402
from appwrite.services.project import Project  # noqa: E402

ENDPOINT = os.environ["FNFLOW_ENDPOINT"]
PROJECT = os.environ["FNFLOW_PROJECT"]
KEY = os.environ["FNFLOW_KEY"]
RUNTIME = os.environ.get("FNFLOW_RUNTIME", "python-3.11")
SCHEDULE_LEAD = float(os.environ.get("FNFLOW_SCHEDULE_LEAD_SECONDS", "65"))
BUILD_TIMEOUT = 240

checks = 0


def check(cond, what):
    global checks
    if not cond:
        raise AssertionError(what)
    checks += 1


def expect_error(fn, code, typ):
    """fn must raise AppwriteException with this HTTP code and error type."""
    global checks
    try:
        got = fn()
    except AppwriteException as e:
        if e.code != code or e.type != typ:
            raise AssertionError(f"want AppwriteException {code} {typ}, got {e.code} {e.type}: {e.message}")
        if not e.message or not isinstance(e.message, str):
            raise AssertionError(f"AppwriteException without a message: {e!r}")
        checks += 1
        return e
    raise AssertionError(f"want AppwriteException {code} {typ}, the call returned {got!r}")


def step(name):
    print(f"--- {name}", flush=True)


def targz(files):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, data in files.items():
            if isinstance(data, str):
                data = data.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def untar(data):
    out = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for m in tar.getmembers():
            if m.isfile():
                out[m.name.lstrip("./")] = tar.extractfile(m).read()
    return out


def code(version):
    return f'''import os


def main(context):
    req = context.req
    if req.path == "/fail":
        raise RuntimeError("failing on purpose")
    context.log("running {version}")
    return context.res.json({{
        "version": "{version}",
        "method": req.method,
        "path": req.path,
        "body": req.body_text,
        "header": req.headers.get("x-test", ""),
        "trigger": req.headers.get("x-appwrite-trigger", ""),
        "plain": os.environ.get("PLAIN", ""),
        "secret": os.environ.get("SECRET", ""),
        "project": os.environ.get("PROJECT_WIDE", ""),
    }}, 200, {{"x-version": "{version}"}})
'''


def wait_deployment(fns, fid, did):
    deadline = time.time() + BUILD_TIMEOUT
    while True:
        d = fns.get_deployment(fid, did)
        if not isinstance(d, Deployment):
            raise AssertionError(f"get_deployment returned {d!r}")
        if d.status in (DeploymentStatus.READY, DeploymentStatus.FAILED, DeploymentStatus.CANCELED):
            return d
        if time.time() > deadline:
            raise AssertionError(f"deployment {did} still {d.status} after {BUILD_TIMEOUT}s")
        time.sleep(0.5)


def wait_execution(fns, fid, eid, within):
    deadline = time.time() + within
    while True:
        e = fns.get_execution(fid, eid)
        if not isinstance(e, Execution):
            raise AssertionError(f"get_execution returned {e!r}")
        if e.status in (ExecutionStatus.COMPLETED, ExecutionStatus.FAILED):
            return e
        if time.time() > deadline:
            raise AssertionError(f"execution {eid} still {e.status} after {within}s")
        time.sleep(0.3)


def function_ids(fns):
    return [f.id for f in fns.list(queries=[Query.limit(100)]).functions]


def run(client, fns, project, created):
    step("runtimes")
    runtimes = fns.list_runtimes()
    check(RUNTIME in [r.id for r in runtimes.runtimes], f"{RUNTIME} offered: {[r.id for r in runtimes.runtimes]}")
    specs = fns.list_specifications()
    check(specs.total >= 1 and all(x.slug and x.memory > 0 and x.cpus > 0 for x in specs.specifications), f"{specs}")

    step("function create, get, update, list with queries")
    fid = "sdk-py-" + ID.unique()[-8:]
    f = fns.create(fid, "Python SDK life cycle", Runtime(RUNTIME), execute=["any"], entrypoint="main.py",
                   timeout=30, logging=True)
    created.append(fid)
    check(isinstance(f, Function), "create returns a Function")
    check(f.id == fid and f.name == "Python SDK life cycle" and f.runtime == RUNTIME, f"created {f}")
    check(f.execute == ["any"] and f.timeout == 30 and f.enabled and f.deploymentid == "", f"created {f}")
    expect_error(lambda: fns.create(fid, "again", Runtime(RUNTIME)), 409, "function_already_exists")
    other = fns.create(ID.unique(), "Other function", Runtime(RUNTIME), entrypoint="main.py",
                       events=["users.*.create"], schedule="0 0 1 1 *",
                       scopes=[ProjectKeyScopes.FUNCTIONS_READ, ProjectKeyScopes.EXECUTIONS_WRITE])
    created.append(other.id)
    check(len(other.id) == 20, f"ID.unique() resolved to a 20-character ID: {other.id}")
    check(other.events == ["users.*.create"] and other.schedule == "0 0 1 1 *" and
          sorted(other.scopes) == ["executions.write", "functions.read"] and other.execute == [], f"{other}")

    got = fns.get(fid)
    check(got.id == fid and got.createdat == f.createdat, "get returns the same function")
    upd = fns.update(fid, "Python SDK life cycle (renamed)", runtime=Runtime(RUNTIME), execute=["any"],
                     entrypoint="main.py", timeout=45, logging=True)
    check(upd.name.endswith("(renamed)") and upd.timeout == 45, f"updated {upd}")

    listed = fns.list(queries=[Query.equal("name", ["Python SDK life cycle (renamed)"])])
    check(listed.total == 1 and [x.id for x in listed.functions] == [fid], f"equal(name): {listed}")
    listed = fns.list(queries=[Query.order_asc("$createdAt"), Query.limit(1)])
    check(listed.total >= 2 and len(listed.functions) == 1, f"limit(1): total {listed.total}, {len(listed.functions)} listed")
    first = listed.functions[0].id
    after = fns.list(queries=[Query.order_asc("$createdAt"), Query.cursor_after(first), Query.limit(100)])
    check(first not in [x.id for x in after.functions] and len(after.functions) == listed.total - 1,
          f"cursor_after({first}): {[x.id for x in after.functions]}")
    found = fns.list(search="renamed")
    check(fid in [x.id for x in found.functions] and other.id not in [x.id for x in found.functions], "search")
    no_total = fns.list(queries=[Query.limit(1)], total=False)
    check(no_total.total == 0 and len(no_total.functions) == 1, f"total=false: {no_total.total}")
    expect_error(lambda: fns.list(queries=["not a query"]), 400, "general_argument_invalid")
    expect_error(lambda: fns.list(queries=[Query.equal("nosuchattribute", ["x"])]), 400, "general_argument_invalid")
    expect_error(lambda: fns.get("missing-function"), 404, "function_not_found")

    step("variables (function and project; secret values never readable)")
    # Appwrite 1.9 makes a variable secret unless told otherwise.
    plain = fns.create_variable(fid, ID.unique(), "PLAIN", "plain value", secret=False)
    check(isinstance(plain, Variable) and plain.key == "PLAIN" and plain.value == "plain value" and not plain.secret, f"{plain}")
    check(plain.resourcetype == "function" and plain.resourceid == fid, f"variable resource {plain.resourcetype}/{plain.resourceid}")
    secret = fns.create_variable(fid, "secretvar", "SECRET", "s3cr3t value")
    check(secret.id == "secretvar" and secret.secret and secret.value == "", f"secret variable shows its value: {secret}")
    check(fns.get_variable(fid, "secretvar").value == "", "get_variable shows a secret value")
    listed_vars = fns.list_variables(fid)
    check(listed_vars.total == 2, f"{listed_vars.total} variables")
    for v in listed_vars.variables:
        check(v.value == ("" if v.secret else "plain value"), f"listed variable {v.key}: {v.value!r}")
    for v in fns.get(fid).vars:
        check(v.value == ("" if v.secret else "plain value"), f"function.vars {v.key}: {v.value!r}")
    upd_secret = fns.update_variable(fid, "secretvar", "SECRET", value="s3cr3t value", secret=True)
    check(upd_secret.value == "" and upd_secret.secret, "update_variable shows a secret value")
    expect_error(lambda: fns.update_variable(fid, "secretvar", "SECRET", secret=False), 400, "variable_cannot_unset_secret")
    expect_error(lambda: fns.create_variable(fid, ID.unique(), "PLAIN", "dup", secret=False), 409, "variable_already_exists")
    expect_error(lambda: fns.get_variable(fid, "missing"), 404, "variable_not_found")
    temp = fns.create_variable(fid, ID.unique(), "TEMP", "gone soon", secret=False)
    check(fns.delete_variable(fid, temp.id) in (b"", "", None, {}), "delete_variable returns normally")
    expect_error(lambda: fns.get_variable(fid, temp.id), 404, "variable_not_found")
    pv = project.create_variable(ID.unique(), "PROJECT_WIDE", "project value", secret=True)
    check(pv.secret and pv.value == "" and pv.resourcetype == "project", f"project variable {pv}")
    check(all(v.value == "" for v in project.list_variables().variables if v.secret), "project secret listed")

    step("small deployment")
    small = targz({"main.py": code("small")})
    d1 = fns.create_deployment(fid, InputFile.from_bytes(small, "code.tar.gz"), activate=True,
                               commands="echo building from the python sdk")
    check(isinstance(d1, Deployment) and d1.type == "manual" and d1.sourcesize == len(small), f"small deployment {d1}")
    check(d1.resourceid == fid and d1.resourcetype == "functions", f"deployment resource {d1.resourceid}/{d1.resourcetype}")
    d1 = wait_deployment(fns, fid, d1.id)
    check(d1.status == DeploymentStatus.READY, f"small build {d1.status}: {d1.buildlogs}")
    check("building from the python sdk" in d1.buildlogs and d1.buildsize > 0, f"build logs {d1.buildlogs!r}")
    live = fns.get(fid)
    check(live.deploymentid == d1.id and live.latestdeploymentid == d1.id and live.latestdeploymentstatus == "ready" and live.live,
          f"activated on build: {live}")

    step("chunked deployment with progress")
    big = targz({"main.py": code("chunked"), "blob.bin": os.urandom(11 << 20)})
    check(len(big) > 2 * (5 << 20), f"archive {len(big)} bytes spans three chunks")
    progress = []
    d2 = fns.create_deployment(fid, InputFile.from_bytes(big, "big.tar.gz"), activate=False,
                               on_progress=lambda p: progress.append(p))
    check(isinstance(d2, Deployment) and d2.sourcesize == len(big), f"chunked deployment {d2}")
    check(len(progress) == 3, f"{len(progress)} progress callbacks: {progress}")
    check(all(p["$id"] == d2.id for p in progress), f"progress names the deployment: {progress}")
    check(max(p["progress"] for p in progress) == 100 and max(p["chunksUploaded"] for p in progress) == 3,
          f"progress ends at 100%: {progress}")
    check(all(p["chunksTotal"] == 3 for p in progress), f"chunksTotal: {progress}")
    d2 = wait_deployment(fns, fid, d2.id)
    check(d2.status == DeploymentStatus.READY, f"chunked build {d2.status}: {d2.buildlogs}")
    check(fns.get(fid).deploymentid == d1.id, "activate=false leaves the active deployment alone")
    deps = fns.list_deployments(fid, queries=[Query.equal("status", [DeploymentStatus.READY.value]), Query.order_desc("$createdAt")])
    check([x.id for x in deps.deployments] == [d2.id, d1.id], f"list_deployments: {[x.id for x in deps.deployments]}")
    expect_error(lambda: fns.update_deployment_status(fid, d2.id), 400, "build_already_completed")
    expect_error(lambda: fns.get_deployment(fid, "missing"), 404, "deployment_not_found")

    step("download")
    src = fns.get_deployment_download(fid, d1.id)
    check(isinstance(src, bytes) and src == small, f"source download: {len(src)} bytes, want {len(small)}")
    out = fns.get_deployment_download(fid, d1.id, type=DeploymentDownloadType.OUTPUT)
    check(b"small" in untar(out)["main.py"], "output download holds main.py")
    big_src = fns.get_deployment_download(fid, d2.id, type=DeploymentDownloadType.SOURCE)
    check(big_src == big, "chunked source downloads as uploaded")

    step("activation")
    f = fns.update_function_deployment(fid, d2.id)
    check(isinstance(f, Function) and f.deploymentid == d2.id, f"activated {f.deploymentid}")

    step("sync execution")
    e = fns.create_execution(fid, body="hello", path="/echo?x=1", method=ExecutionMethod.POST,
                             headers={"x-test": "yes", "content-type": "text/plain"})
    check(isinstance(e, Execution) and e.status == ExecutionStatus.COMPLETED and e.trigger == ExecutionTrigger.HTTP, f"sync execution {e.status}: {e.errors}")
    check(e.responsestatuscode == 200 and e.requestmethod == "POST" and e.requestpath == "/echo?x=1", f"{e}")
    out = json.loads(e.responsebody)
    check(out["version"] == "chunked" and out["body"] == "hello" and out["header"] == "yes" and out["trigger"] == "http", f"{out}")
    check(out["plain"] == "plain value" and out["secret"] == "s3cr3t value" and out["project"] == "project value",
          f"the function reads its variables, secret ones included: {out}")
    check(any(h.name == "x-version" and h.value == "chunked" for h in e.responseheaders), f"response headers {e.responseheaders}")
    check("running chunked" in e.logs and e.duration > 0, f"logs {e.logs!r}")
    failed = fns.create_execution(fid, path="/fail")
    check(failed.status == ExecutionStatus.FAILED and failed.responsestatuscode == 500 and "failing on purpose" in failed.errors,
          f"failing execution: {failed.status} {failed.responsestatuscode} {failed.errors!r}")

    step("async execution")
    a = fns.create_execution(fid, body="later", xasync=True, method=ExecutionMethod.PUT)
    check(a.status in (ExecutionStatus.WAITING, ExecutionStatus.PROCESSING, ExecutionStatus.COMPLETED) and a.responsebody == "", f"async {a.status}")
    a = wait_execution(fns, fid, a.id, 120)
    check(a.status == ExecutionStatus.COMPLETED and a.responsestatuscode == 200 and a.requestmethod == "PUT", f"async done {a}")

    step("scheduled execution")
    at = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=SCHEDULE_LEAD)
    at_s = at.isoformat(timespec="milliseconds")
    s1 = fns.create_execution(fid, body="scheduled", xasync=True, scheduled_at=at_s)
    s2 = fns.create_execution(fid, xasync=True, scheduled_at=at_s)
    check(s1.status == ExecutionStatus.SCHEDULED and s1.scheduledat is not None, f"scheduled {s1.status} {s1.scheduledat}")
    check(fns.delete_execution(fid, s2.id) in (b"", "", None, {}), "delete_execution (scheduled) returns normally")
    expect_error(lambda: fns.get_execution(fid, s2.id), 404, "execution_not_found")
    s1 = wait_execution(fns, fid, s1.id, SCHEDULE_LEAD + 120)
    check(s1.status == ExecutionStatus.COMPLETED, f"scheduled execution {s1.status}: {s1.errors}")
    expect_error(lambda: fns.create_execution(fid, xasync=True, scheduled_at="not a date"), 400, "general_bad_request")  # Appwrite 1.9.6: the handler's DatetimeValidator

    step("list executions with queries")
    execs = fns.list_executions(fid, queries=[Query.equal("status", ["completed"]), Query.order_desc("$createdAt")])
    check(execs.total == 3 and all(x.status == ExecutionStatus.COMPLETED for x in execs.executions), f"completed executions: {execs.total}")
    check(all(x.responsebody == "" for x in execs.executions), "listed executions carry no response body")
    execs = fns.list_executions(fid, queries=[Query.equal("requestMethod", ["PUT"])])
    check([x.id for x in execs.executions] == [a.id], f"PUT executions: {[x.id for x in execs.executions]}")
    check(fns.list_executions(fid, queries=[Query.limit(1)], total=False).total == 0, "total=false")

    step("duplicate")
    dup = fns.create_duplicate_deployment(fid, d1.id)
    check(isinstance(dup, Deployment) and dup.id not in (d1.id, d2.id), f"duplicate {dup}")
    dup = wait_deployment(fns, fid, dup.id)
    check(dup.status == DeploymentStatus.READY, f"duplicate build {dup.status}: {dup.buildlogs}")
    check(fns.get_deployment_download(fid, dup.id) == small, "the duplicate has the same source")
    fns.update_function_deployment(fid, dup.id)
    again = fns.create_execution(fid)
    check(json.loads(again.responsebody)["version"] == "small", f"the duplicate runs: {again.responsebody}")

    step("deletes")
    check(fns.delete_execution(fid, a.id) in (b"", "", None, {}), "delete_execution returns normally")
    expect_error(lambda: fns.get_execution(fid, a.id), 404, "execution_not_found")
    check(fns.delete_deployment(fid, d2.id) in (b"", "", None, {}), "delete_deployment returns normally")
    expect_error(lambda: fns.get_deployment(fid, d2.id), 404, "deployment_not_found")
    check(fns.delete_variable(fid, plain.id) in (b"", "", None, {}), "delete_variable returns normally")
    check(project.delete_variable(pv.id) in (b"", "", None, {}), "project delete_variable returns normally")
    for gone in (fid, other.id):
        check(fns.delete(gone) in (b"", "", None, {}), f"delete {gone} returns normally")
        created.remove(gone)
        expect_error(lambda: fns.get(gone), 404, "function_not_found")
    check(fid not in function_ids(fns), "deleted function is not listed")

    step("authentication errors")
    bad = Client().set_endpoint(ENDPOINT).set_project(PROJECT).set_key("standard_wrong")
    expect_error(lambda: Functions(bad).list(), 401, "user_unauthorized")
    nop = Client().set_endpoint(ENDPOINT).set_project("no-such-project").set_key(KEY)
    expect_error(lambda: Functions(nop).list(), 404, "project_not_found")


def main():
    client = Client().set_endpoint(ENDPOINT).set_project(PROJECT).set_key(KEY)
    fns, project = Functions(client), Project(client)
    created = []
    try:
        run(client, fns, project, created)
    except Exception:
        traceback.print_exc()
        print(f"FAILED after {checks} checks", flush=True)
        return 1
    finally:
        for fid in created:
            try:
                fns.delete(fid)
            except Exception as e:  # the failure above is what matters
                print(f"cleanup: delete {fid}: {e}", file=sys.stderr)
    print(f"python sdk life cycle: all {checks} checks passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
