// A function's whole life cycle against a running fnflow, through the official
// Appwrite Node.js SDK (node-appwrite, vendored unchanged under vendor/src and
// bundled by esbuild with the stand-ins in shims/; see tests/sdk/README.md).
//
// Run by server/sdk_node_test.go, which builds the bundle first. The first
// failed check ends the run with exit status 1 and a stack trace.

import { randomBytes } from 'node:crypto';
import { gzipSync, gunzipSync } from 'node:zlib';

import {
    AppwriteException, Client, DeploymentDownloadType, ExecutionMethod, Functions, ID, Project, ProjectKeyScopes, Query, Runtime,
} from './vendor/src/index';
import { InputFile } from './vendor/src/inputFile';

const ENDPOINT = process.env.FNFLOW_ENDPOINT;
const PROJECT = process.env.FNFLOW_PROJECT;
const KEY = process.env.FNFLOW_KEY;
const RUNTIME = process.env.FNFLOW_RUNTIME || 'node-20.0';
const SCHEDULE_LEAD = Number(process.env.FNFLOW_SCHEDULE_LEAD_SECONDS || '65');
const BUILD_TIMEOUT = 240;

let checks = 0;

function check(cond, what) {
    if (!cond) {
        throw new Error(`check failed: ${typeof what === 'function' ? what() : what}`);
    }
    checks++;
}

async function expectError(fn, code, type) {
    let got;
    try {
        got = await fn();
    } catch (e) {
        if (!(e instanceof AppwriteException)) {
            throw new Error(`want AppwriteException ${code} ${type}, got ${e && e.stack}`);
        }
        if (e.code !== code || e.type !== type || !e.message) {
            throw new Error(`want AppwriteException ${code} ${type}, got ${e.code} ${e.type}: ${e.message}`);
        }
        checks++;
        return e;
    }
    throw new Error(`want AppwriteException ${code} ${type}, the call returned ${JSON.stringify(got)}`);
}

function step(name) {
    console.log(`--- ${name}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// A minimal ustar writer and reader (regular files only).
function targz(files) {
    const blocks = [];
    for (const [name, content] of Object.entries(files)) {
        const data = typeof content === 'string' ? Buffer.from(content) : content;
        const h = Buffer.alloc(512);
        h.write(name, 0, 100);
        h.write('0000644\0', 100);
        h.write('0000000\0', 108);
        h.write('0000000\0', 116);
        h.write(data.length.toString(8).padStart(11, '0') + '\0', 124);
        h.write(Math.floor(Date.now() / 1000).toString(8).padStart(11, '0') + '\0', 136);
        h.write('        ', 148);
        h.write('0', 156);
        h.write('ustar\0' + '00', 257);
        let sum = 0;
        for (const b of h) sum += b;
        h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
        blocks.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
    }
    blocks.push(Buffer.alloc(1024));
    return gzipSync(Buffer.concat(blocks));
}

function untar(gz) {
    const tar = gunzipSync(gz);
    const out = {};
    for (let off = 0; off + 512 <= tar.length;) {
        const h = tar.subarray(off, off + 512);
        if (h.every((b) => b === 0)) break;
        const field = (s, n) => h.subarray(s, s + n).toString().replace(/\0.*$/s, '');
        const name = (field(345, 155) ? field(345, 155) + '/' : '') + field(0, 100);
        const size = parseInt(field(124, 12).trim() || '0', 8);
        const type = field(156, 1);
        if (type === '0' || type === '') out[name.replace(/^\.\//, '')] = tar.subarray(off + 512, off + 512 + size);
        off += 512 + Math.ceil(size / 512) * 512;
    }
    return out;
}

function code(version) {
    return `module.exports = async (context) => {
  const req = context.req;
  if (req.path === '/fail') throw new Error('failing on purpose');
  context.log('running ${version}');
  return context.res.json({
    version: '${version}', method: req.method, path: req.path, body: req.bodyText,
    header: req.headers['x-test'] || '', trigger: req.headers['x-appwrite-trigger'] || '',
    plain: process.env.PLAIN || '', secret: process.env.SECRET || '', project: process.env.PROJECT_WIDE || '',
  }, 200, { 'x-version': '${version}' });
};
`;
}

async function waitDeployment(fns, functionId, deploymentId) {
    const deadline = Date.now() + BUILD_TIMEOUT * 1000;
    for (;;) {
        const d = await fns.getDeployment({ functionId, deploymentId });
        if (['ready', 'failed', 'canceled'].includes(d.status)) return d;
        if (Date.now() > deadline) throw new Error(`deployment ${deploymentId} still ${d.status} after ${BUILD_TIMEOUT}s`);
        await sleep(500);
    }
}

async function waitExecution(fns, functionId, executionId, withinSeconds) {
    const deadline = Date.now() + withinSeconds * 1000;
    for (;;) {
        const e = await fns.getExecution({ functionId, executionId });
        if (['completed', 'failed'].includes(e.status)) return e;
        if (Date.now() > deadline) throw new Error(`execution ${executionId} still ${e.status} after ${withinSeconds}s`);
        await sleep(300);
    }
}

const deleted = (r) => r !== null && typeof r === 'object' && !Array.isArray(r) && (r.message === undefined || r.message === '');
const ids = (list) => list.map((x) => x.$id);

async function run(fns, project, created) {
    step('runtimes');
    const runtimes = await fns.listRuntimes();
    check(ids(runtimes.runtimes).includes(RUNTIME), () => `${RUNTIME} offered: ${ids(runtimes.runtimes)}`);
    const specs = await fns.listSpecifications();
    check(specs.total >= 1 && specs.specifications.every((x) => x.slug && x.memory > 0 && x.cpus > 0), () => JSON.stringify(specs));

    step('function create, get, update, list with queries');
    const functionId = 'sdk-node-' + ID.unique().slice(-8);
    let f = await fns.create({
        functionId, name: 'Node SDK life cycle', runtime: RUNTIME, execute: ['any'], entrypoint: 'index.js',
        timeout: 30, logging: true,
    });
    created.push(functionId);
    check(f.$id === functionId && f.name === 'Node SDK life cycle' && f.runtime === RUNTIME, () => JSON.stringify(f));
    check(f.timeout === 30 && f.enabled === true && f.deploymentId === '' && f.execute.join() === 'any', () => JSON.stringify(f));
    await expectError(() => fns.create({ functionId, name: 'again', runtime: Runtime.Node200 }), 409, 'function_already_exists');
    const other = await fns.create({
        functionId: ID.unique(), name: 'Other function', runtime: RUNTIME, entrypoint: 'index.js', events: ['users.*.create'],
        schedule: '0 0 1 1 *', scopes: [ProjectKeyScopes.FunctionsRead, ProjectKeyScopes.ExecutionsWrite],
    });
    created.push(other.$id);
    check(other.$id.length === 20, `ID.unique() resolved to a 20-character ID: ${other.$id}`);
    check(other.events.join() === 'users.*.create' && other.schedule === '0 0 1 1 *' && other.execute.length === 0 &&
        [...other.scopes].sort().join() === 'executions.write,functions.read', () => JSON.stringify(other));

    const got = await fns.get({ functionId });
    check(got.$id === functionId && got.$createdAt === f.$createdAt, 'get returns the same function');
    const upd = await fns.update({
        functionId, name: 'Node SDK life cycle (renamed)', runtime: RUNTIME, execute: ['any'], entrypoint: 'index.js',
        timeout: 45, logging: true,
    });
    check(upd.name.endsWith('(renamed)') && upd.timeout === 45, () => JSON.stringify(upd));

    let listed = await fns.list({ queries: [Query.equal('name', ['Node SDK life cycle (renamed)'])] });
    check(listed.total === 1 && ids(listed.functions).join() === functionId, () => `equal(name): ${JSON.stringify(listed)}`);
    listed = await fns.list({ queries: [Query.orderAsc('$createdAt'), Query.limit(1)] });
    check(listed.total >= 2 && listed.functions.length === 1, `limit(1): total ${listed.total}`);
    const first = listed.functions[0].$id;
    const after = await fns.list({ queries: [Query.orderAsc('$createdAt'), Query.cursorAfter(first), Query.limit(100)] });
    check(!ids(after.functions).includes(first) && after.functions.length === listed.total - 1, `cursorAfter(${first})`);
    const found = await fns.list({ search: 'renamed' });
    check(ids(found.functions).includes(functionId) && !ids(found.functions).includes(other.$id), 'search');
    const noTotal = await fns.list({ queries: [Query.limit(1)], total: false });
    check(noTotal.total === 0 && noTotal.functions.length === 1, `total=false: ${noTotal.total}`);
    await expectError(() => fns.list({ queries: ['not a query'] }), 400, 'general_argument_invalid');
    await expectError(() => fns.list({ queries: [Query.equal('nosuchattribute', ['x'])] }), 400, 'general_argument_invalid');
    await expectError(() => fns.get({ functionId: 'missing-function' }), 404, 'function_not_found');

    step('variables (function and project; secret values never readable)');
    // Appwrite 1.9 makes a variable secret unless told otherwise.
    const plain = await fns.createVariable({ functionId, variableId: ID.unique(), key: 'PLAIN', value: 'plain value', secret: false });
    check(plain.key === 'PLAIN' && plain.value === 'plain value' && plain.secret === false, () => JSON.stringify(plain));
    check(plain.resourceType === 'function' && plain.resourceId === functionId, () => JSON.stringify(plain));
    const secret = await fns.createVariable({ functionId, variableId: 'secretvar', key: 'SECRET', value: 's3cr3t value' });
    check(secret.$id === 'secretvar' && secret.secret === true && secret.value === '', () => `secret shown: ${JSON.stringify(secret)}`);
    check((await fns.getVariable({ functionId, variableId: 'secretvar' })).value === '', 'getVariable shows a secret value');
    const vars = await fns.listVariables({ functionId });
    check(vars.total === 2, `${vars.total} variables`);
    for (const v of vars.variables) check(v.value === (v.secret ? '' : 'plain value'), `listed ${v.key}: ${v.value}`);
    for (const v of (await fns.get({ functionId })).vars) check(v.value === (v.secret ? '' : 'plain value'), `function.vars ${v.key}`);
    const updSecret = await fns.updateVariable({ functionId, variableId: 'secretvar', key: 'SECRET', value: 's3cr3t value', secret: true });
    check(updSecret.value === '' && updSecret.secret === true, 'updateVariable shows a secret value');
    await expectError(() => fns.updateVariable({ functionId, variableId: 'secretvar', key: 'SECRET', secret: false }), 400, 'variable_cannot_unset_secret');
    await expectError(() => fns.createVariable({ functionId, variableId: ID.unique(), key: 'PLAIN', value: 'dup', secret: false }), 409, 'variable_already_exists');
    await expectError(() => fns.getVariable({ functionId, variableId: 'missing' }), 404, 'variable_not_found');
    const temp = await fns.createVariable({ functionId, variableId: ID.unique(), key: 'TEMP', value: 'gone soon', secret: false });
    check(deleted(await fns.deleteVariable({ functionId, variableId: temp.$id })), 'deleteVariable returns normally');
    await expectError(() => fns.getVariable({ functionId, variableId: temp.$id }), 404, 'variable_not_found');
    const pv = await project.createVariable({ variableId: ID.unique(), key: 'PROJECT_WIDE', value: 'project value' });
    check(pv.secret === true && pv.value === '' && pv.resourceType === 'project', () => `project variable ${JSON.stringify(pv)}`);
    check((await project.listVariables()).variables.every((v) => !v.secret || v.value === ''), 'project secret listed');

    step('small deployment');
    const small = targz({ 'index.js': code('small') });
    let d1 = await fns.createDeployment({
        functionId, code: InputFile.fromBuffer(small, 'code.tar.gz'), activate: true, commands: 'echo building from the node sdk',
    });
    check(d1.type === 'manual' && d1.sourceSize === small.length && d1.resourceId === functionId && d1.resourceType === 'functions',
        () => `small deployment ${JSON.stringify(d1)}`);
    d1 = await waitDeployment(fns, functionId, d1.$id);
    check(d1.status === 'ready', () => `small build ${d1.status}: ${d1.buildLogs}`);
    check(d1.buildLogs.includes('building from the node sdk') && d1.buildSize > 0, () => `build logs ${d1.buildLogs}`);
    const live = await fns.get({ functionId });
    check(live.deploymentId === d1.$id && live.latestDeploymentId === d1.$id && live.latestDeploymentStatus === 'ready' && live.live === true,
        () => `activated on build: ${JSON.stringify(live)}`);

    step('chunked deployment with progress');
    const big = targz({ 'index.js': code('chunked'), 'blob.bin': randomBytes(11 << 20) });
    check(big.length > 2 * (5 << 20), `archive ${big.length} bytes spans three chunks`);
    const progress = [];
    let d2 = await fns.createDeployment({
        functionId, code: InputFile.fromBuffer(big, 'big.tar.gz'), activate: false, onProgress: (p) => progress.push(p),
    });
    check(d2.sourceSize === big.length, () => `chunked deployment ${JSON.stringify(d2)}`);
    check(progress.length === 3, () => `${progress.length} progress callbacks: ${JSON.stringify(progress)}`);
    check(progress.every((p) => p.$id === d2.$id && p.chunksTotal === 3), () => `progress: ${JSON.stringify(progress)}`);
    check(Math.max(...progress.map((p) => p.progress)) === 100 && Math.max(...progress.map((p) => p.chunksUploaded)) === 3,
        () => `progress ends at 100%: ${JSON.stringify(progress)}`);
    d2 = await waitDeployment(fns, functionId, d2.$id);
    check(d2.status === 'ready', () => `chunked build ${d2.status}: ${d2.buildLogs}`);
    check((await fns.get({ functionId })).deploymentId === d1.$id, 'activate=false leaves the active deployment alone');
    const deps = await fns.listDeployments({ functionId, queries: [Query.equal('status', ['ready']), Query.orderDesc('$createdAt')] });
    check(ids(deps.deployments).join() === [d2.$id, d1.$id].join(), `listDeployments: ${ids(deps.deployments)}`);
    await expectError(() => fns.updateDeploymentStatus({ functionId, deploymentId: d2.$id }), 400, 'build_already_completed');
    await expectError(() => fns.getDeployment({ functionId, deploymentId: 'missing' }), 404, 'deployment_not_found');

    step('download');
    const src = Buffer.from(await fns.getDeploymentDownload({ functionId, deploymentId: d1.$id }));
    check(src.equals(small), `source download: ${src.length} bytes, want ${small.length}`);
    const out = Buffer.from(await fns.getDeploymentDownload({ functionId, deploymentId: d1.$id, type: DeploymentDownloadType.Output }));
    check(String(untar(out)['index.js']).includes("'small'"), 'output download holds index.js');
    const bigSrc = Buffer.from(await fns.getDeploymentDownload({ functionId, deploymentId: d2.$id, type: DeploymentDownloadType.Source }));
    check(bigSrc.equals(big), 'chunked source downloads as uploaded');

    step('activation');
    f = await fns.updateFunctionDeployment({ functionId, deploymentId: d2.$id });
    check(f.deploymentId === d2.$id, `activated ${f.deploymentId}`);

    step('sync execution');
    const e = await fns.createExecution({
        functionId, body: 'hello', xpath: '/echo?x=1', method: ExecutionMethod.POST, headers: { 'x-test': 'yes', 'content-type': 'text/plain' },
    });
    check(e.status === 'completed' && e.trigger === 'http' && e.responseStatusCode === 200, () => `sync execution ${e.status}: ${e.errors}`);
    check(e.requestMethod === 'POST' && e.requestPath === '/echo?x=1', () => JSON.stringify(e));
    const body = JSON.parse(e.responseBody);
    check(body.version === 'chunked' && body.body === 'hello' && body.header === 'yes' && body.trigger === 'http', () => e.responseBody);
    check(body.plain === 'plain value' && body.secret === 's3cr3t value' && body.project === 'project value',
        () => `the function reads its variables, secret ones included: ${e.responseBody}`);
    check(e.responseHeaders.some((h) => h.name === 'x-version' && h.value === 'chunked'), () => JSON.stringify(e.responseHeaders));
    check(e.logs.includes('running chunked') && e.duration > 0, () => `logs ${e.logs}`);
    const failed = await fns.createExecution({ functionId, xpath: '/fail' });
    check(failed.status === 'failed' && failed.responseStatusCode === 500 && failed.errors.includes('failing on purpose'),
        () => `failing execution: ${failed.status} ${failed.responseStatusCode} ${failed.errors}`);

    step('async execution');
    let a = await fns.createExecution({ functionId, body: 'later', async: true, method: ExecutionMethod.PUT });
    check(['waiting', 'processing', 'completed'].includes(a.status) && a.responseBody === '', `async ${a.status}`);
    a = await waitExecution(fns, functionId, a.$id, 120);
    check(a.status === 'completed' && a.responseStatusCode === 200 && a.requestMethod === 'PUT', () => JSON.stringify(a));

    step('scheduled execution');
    const at = new Date(Date.now() + SCHEDULE_LEAD * 1000).toISOString();
    let s1 = await fns.createExecution({ functionId, body: 'scheduled', async: true, scheduledAt: at });
    const s2 = await fns.createExecution({ functionId, async: true, scheduledAt: at });
    check(s1.status === 'scheduled' && s1.scheduledAt, () => `scheduled ${s1.status} ${s1.scheduledAt}`);
    check(deleted(await fns.deleteExecution({ functionId, executionId: s2.$id })), 'deleteExecution (scheduled) returns normally');
    await expectError(() => fns.getExecution({ functionId, executionId: s2.$id }), 404, 'execution_not_found');
    s1 = await waitExecution(fns, functionId, s1.$id, SCHEDULE_LEAD + 120);
    check(s1.status === 'completed', () => `scheduled execution ${s1.status}: ${s1.errors}`);
    await expectError(() => fns.createExecution({ functionId, async: true, scheduledAt: 'not a date' }), 400, 'general_bad_request'); // Appwrite 1.9.6: the handler's DatetimeValidator

    step('list executions with queries');
    let execs = await fns.listExecutions({ functionId, queries: [Query.equal('status', ['completed']), Query.orderDesc('$createdAt')] });
    check(execs.total === 3 && execs.executions.every((x) => x.status === 'completed'), `completed executions: ${execs.total}`);
    check(execs.executions.every((x) => x.responseBody === ''), 'listed executions carry no response body');
    execs = await fns.listExecutions({ functionId, queries: [Query.equal('requestMethod', ['PUT'])] });
    check(ids(execs.executions).join() === a.$id, `PUT executions: ${ids(execs.executions)}`);
    check((await fns.listExecutions({ functionId, queries: [Query.limit(1)], total: false })).total === 0, 'total=false');

    step('duplicate');
    let dup = await fns.createDuplicateDeployment({ functionId, deploymentId: d1.$id });
    check(![d1.$id, d2.$id].includes(dup.$id), () => `duplicate ${JSON.stringify(dup)}`);
    dup = await waitDeployment(fns, functionId, dup.$id);
    check(dup.status === 'ready', () => `duplicate build ${dup.status}: ${dup.buildLogs}`);
    check(Buffer.from(await fns.getDeploymentDownload({ functionId, deploymentId: dup.$id })).equals(small), 'the duplicate has the same source');
    await fns.updateFunctionDeployment({ functionId, deploymentId: dup.$id });
    const again = await fns.createExecution({ functionId });
    check(JSON.parse(again.responseBody).version === 'small', `the duplicate runs: ${again.responseBody}`);

    step('deletes');
    check(deleted(await fns.deleteExecution({ functionId, executionId: a.$id })), 'deleteExecution returns normally');
    await expectError(() => fns.getExecution({ functionId, executionId: a.$id }), 404, 'execution_not_found');
    check(deleted(await fns.deleteDeployment({ functionId, deploymentId: d2.$id })), 'deleteDeployment returns normally');
    await expectError(() => fns.getDeployment({ functionId, deploymentId: d2.$id }), 404, 'deployment_not_found');
    check(deleted(await fns.deleteVariable({ functionId, variableId: plain.$id })), 'deleteVariable returns normally');
    check(deleted(await project.deleteVariable({ variableId: pv.$id })), 'project deleteVariable returns normally');
    for (const gone of [functionId, other.$id]) {
        check(deleted(await fns.delete({ functionId: gone })), `delete ${gone} returns normally`);
        created.splice(created.indexOf(gone), 1);
        await expectError(() => fns.get({ functionId: gone }), 404, 'function_not_found');
    }
    check(!ids((await fns.list({ queries: [Query.limit(100)] })).functions).includes(functionId), 'deleted function is not listed');

    step('authentication errors');
    const bad = new Client().setEndpoint(ENDPOINT).setProject(PROJECT).setKey('standard_wrong');
    await expectError(() => new Functions(bad).list(), 401, 'user_unauthorized');
    const nop = new Client().setEndpoint(ENDPOINT).setProject('no-such-project').setKey(KEY);
    await expectError(() => new Functions(nop).list(), 404, 'project_not_found');
}

const client = new Client().setEndpoint(ENDPOINT).setProject(PROJECT).setKey(KEY);
const fns = new Functions(client);
const project = new Project(client);
const created = [];
let code_ = 0;
try {
    await run(fns, project, created);
    console.log(`node sdk life cycle: all ${checks} checks passed`);
} catch (e) {
    console.log(e && e.stack ? e.stack : String(e));
    console.log(`FAILED after ${checks} checks`);
    code_ = 1;
} finally {
    for (const functionId of created) {
        try {
            await fns.delete({ functionId });
        } catch (e) {
            console.error(`cleanup: delete ${functionId}: ${e.message}`);
        }
    }
}
process.exit(code_);
