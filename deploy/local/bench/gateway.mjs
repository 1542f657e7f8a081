#!/usr/bin/env node
// Benchmark (not a test) of the gateway's cost per request, issue 16 rows "GET added p50 at 1 client (gateway vs
// bare proxy)", "throughput at 16 clients (gateway ÷ bare proxy)" and "CPU per proxied GET", on the running local
// stack (deploy/local/cchc up).
//
// It starts the bare proxy deploy/local/bench/bare-proxy.mjs (node:http + keep-alive Agent, the comparator) on
// --proxy-port, then for five signed-in GETs (the demo officer's token; procedures list, one procedure, units, the
// dossiers worklist, par-index criteria sets) measures, interleaved per endpoint, direct (the service's own port) /
// gateway (:8080) / bare proxy, --repeats times (the order rotates every repeat), and takes medians:
//   - p50 at 1 client (one request after the other for --seconds); "added" = p50 through a proxy − p50 direct;
//   - throughput at --clients (16) concurrent clients for --seconds;
//   - CPU per proxied GET: utime+stime of the gateway's JVM (without its JIT compiler threads) and of the bare proxy's
//     process (/proc/<pid>/stat, /proc/<pid>/task/*/stat), delta over both phases ÷ the requests they served.
// The figures are ratios because this 2-core machine is noisy; the client runs in this process on the same cores.
//
// Rate limit: the gateway allows a signed-in user 300 requests per minute, which a benchmark spends in a second. Start
// the stack for a benchmark with a higher limit, read by the gateway as the environment override of
// cchc.gateway.rate-limit.authenticated.capacity (services/gateway/README.md, docs/performance.md):
//   CCHC_GATEWAY_RATE_LIMIT_AUTHENTICATED_CAPACITY=100000000 deploy/local/cchc up
// (a running gateway keeps its limit: `deploy/local/cchc down` first). A 429 stops the benchmark with that hint.
//
// Before measuring, the gateway is loaded until its CPU per GET stops falling (JIT), at most --warmup-max seconds.
//
// Usage: node deploy/local/bench/gateway.mjs [--json <file>] [--seconds N=4] [--repeats N=3] [--clients N=16]
//          [--gateway-pid PID] [--proxy-port 8090] [--user officer] [--warmup-max 90]
// Writes to --json { "rows": [ { measure, now, comparator, ratio, goal, met, detail } ] } and prints a table.
// Exit 0 when measured (goals met or not), 1 when the measurement itself failed (stack down, a non-200 answer).
// Environment: CCHC_GATEWAY_URL, CCHC_PROCEDURES_URL, CCHC_DOSSIERS_URL, CCHC_PAR_INDEX_URL, CCHC_KEYCLOAK_URL;
// the gateway's pid: --gateway-pid, CCHC_GATEWAY_PID, else .local/run/gateway.pid (deploy/local/cchc status).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processCpu } from '../lib/bench.mjs';
import { userToken } from '../lib/tokens.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../../..');

function parseArgs(argv) {
  const known = ['json', 'seconds', 'repeats', 'clients', 'gateway-pid', 'proxy-port', 'user', 'warmup-max'];
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m || !known.includes(m[1])) {
      console.error(`unknown argument ${argv[i]}; known: ${known.map((k) => `--${k}`).join(' ')}`);
      process.exit(2);
    }
    out[m[1]] = m[2] ?? argv[++i];
    if (out[m[1]] === undefined) {
      console.error(`--${m[1]} needs a value`);
      process.exit(2);
    }
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
const SECONDS = Number(args.seconds ?? 4);
const REPEATS = Number(args.repeats ?? 3);
const CLIENTS = Number(args.clients ?? 16);
const PROXY_PORT = Number(args['proxy-port'] ?? 8090);
const USER = args.user ?? 'officer';
const WARMUP_MAX = Number(args['warmup-max'] ?? 90);
const GATEWAY = process.env.CCHC_GATEWAY_URL ?? 'http://127.0.0.1:8080';
const SERVICES = {
  procedures: process.env.CCHC_PROCEDURES_URL ?? 'http://127.0.0.1:8081',
  dossiers: process.env.CCHC_DOSSIERS_URL ?? 'http://127.0.0.1:8082',
  'par-index': process.env.CCHC_PAR_INDEX_URL ?? 'http://127.0.0.1:8084',
};

// Five signed-in GETs the SPA makes all the time, on three services; the first path of each that answers 200 directly.
const ENDPOINTS = [
  { name: 'procedures list', service: 'procedures', paths: ['/api/v1/procedures?page=0', '/api/v1/procedures'] },
  { name: 'one procedure', service: 'procedures', paths: ['/api/v1/procedures/1.001193.000.00.00.H99'] },
  { name: 'units', service: 'procedures', paths: ['/api/v1/procedures/units?size=20', '/api/v1/procedures/units/levels'] },
  { name: 'dossiers worklist', service: 'dossiers', paths: ['/api/v1/dossiers?size=20', '/api/v1/dossiers'] },
  { name: 'par-index criteria sets', service: 'par-index',
    paths: ['/api/v1/par-index/criteria-sets', '/api/v1/par-index/rankings', '/api/v1/par-index/assessments'] },
];

class MeasurementError extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// Processes and their CPU time
/**
 * utime + stime of a process, in seconds: all its threads except the JVM's JIT compiler threads (C1/C2), whose work
 * is the warm-up's, not the requests' (a fresh gateway spends as much CPU compiling as serving; idle once warm).
 */
function cpuSeconds(pid) {
  const { all, jit } = processCpu(pid);
  return (all - jit) / 1000;
}

function gatewayPid() {
  let pid = args['gateway-pid'] ?? process.env.CCHC_GATEWAY_PID;
  const file = path.join(REPO, '.local/run/gateway.pid');
  if (!pid && fs.existsSync(file)) pid = fs.readFileSync(file, 'utf8').trim().split('\n')[0];
  if (!pid || !fs.existsSync(`/proc/${pid}/stat`)) {
    throw new MeasurementError(`no running gateway process (pid ${pid ?? 'unknown'}): pass --gateway-pid or start `
      + 'the stack (deploy/local/cchc up)');
  }
  const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  if (!cmdline.includes('gateway')) throw new MeasurementError(`pid ${pid} is not the gateway: ${cmdline}`);
  return Number(pid);
}

async function startBareProxy() {
  const child = spawn(process.execPath, [path.join(HERE, 'bare-proxy.mjs'), String(PROXY_PORT)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, CCHC_PROCEDURES_URL: SERVICES.procedures, CCHC_DOSSIERS_URL: SERVICES.dossiers,
      CCHC_PAR_INDEX_URL: SERVICES['par-index'] },
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new MeasurementError('the bare proxy did not start in 10 s')), 10_000);
    child.stdout.once('data', () => { clearTimeout(timer); resolve(); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new MeasurementError(`the bare proxy exited (${code}): port ${PROXY_PORT} in use?`)); });
  });
  return child;
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP client: node:http with a keep-alive agent per target, the cheapest client Node has.
function get(agent, url, token) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const req = http.request(url, { agent, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
        res.on('error', reject);
      });
    req.on('error', reject);
    req.end();
  });
}

function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

const median = (values) => percentile(values, 50);

/** `clients` loops of GETs for `seconds`; p50, requests/s and the CPU the target's process spent. */
async function phase(target, endpoint, clients, seconds) {
  const url = new URL(endpoint.path, target.base(endpoint));
  const token = await userToken(USER);
  const latencies = [];
  const cpu0 = target.pid ? cpuSeconds(target.pid) : 0;
  const t0 = performance.now();
  const until = t0 + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < until) {
      const r = await get(target.agent, url, token);
      if (r.status !== 200) {
        const hint = r.status === 429 ? ' (rate limited: start the stack with '
          + 'CCHC_GATEWAY_RATE_LIMIT_AUTHENTICATED_CAPACITY=100000000, see this file\'s header)' : '';
        throw new MeasurementError(`${target.name} ${endpoint.path}: HTTP ${r.status}${hint}`);
      }
      latencies.push(r.ms);
    }
  }));
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = target.pid ? cpuSeconds(target.pid) - cpu0 : 0;
  return { n: latencies.length, p50: percentile(latencies, 50), rps: latencies.length / elapsed, cpu };
}

// ---------------------------------------------------------------------------------------------------------------
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const range = (values, d = 2, unit = '') => {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo.toFixed(d) === hi.toFixed(d) ? `${lo.toFixed(d)}${unit}` : `${lo.toFixed(d)}–${hi.toFixed(d)}${unit}`;
};

/**
 * Every endpoint on every target for 1 s (also checks that each answers 200), then the gateway in 3 s windows over
 * all endpoints until its CPU per request stops falling (a fresh JVM spends most of its CPU compiling: 5–10× the
 * steady figure), at most --warmup-max seconds.
 */
async function warmUp(targets) {
  for (const e of ENDPOINTS) for (const t of targets) await phase(t, e, CLIENTS, 1);
  const gateway = targets[1];
  const started = performance.now();
  let best = Infinity;
  for (let w = 1; performance.now() - started < WARMUP_MAX * 1000; w++) {
    let cpu = 0;
    let n = 0;
    for (const e of ENDPOINTS) {
      const r = await phase(gateway, e, CLIENTS, 3 / ENDPOINTS.length);
      cpu += r.cpu;
      n += r.n;
    }
    const micros = (cpu * 1e6) / n;
    console.log(`  warm-up ${w}: gateway ${fmt(micros, 0)} µs CPU per GET`);
    if (w >= 3 && micros > 0.9 * best) return;
    best = Math.min(best, micros);
  }
  console.log(`  warm-up: the gateway's CPU per GET still falls after ${WARMUP_MAX} s (figures may be high)`);
}

/** Picks each endpoint's path: the first of its candidates that the service answers with 200. */
async function choosePaths(agent) {
  const token = await userToken(USER);
  for (const e of ENDPOINTS) {
    const tried = [];
    for (const p of e.paths) {
      let r;
      try {
        r = await get(agent, new URL(p, SERVICES[e.service]), token);
      } catch (err) {
        throw new MeasurementError(`${e.service} at ${SERVICES[e.service]} does not answer (${err.message}): is the stack up?`);
      }
      tried.push(`${p} → ${r.status}`);
      if (r.status === 200) {
        e.path = p;
        break;
      }
    }
    if (!e.path) throw new MeasurementError(`${e.name}: no candidate answers 200 (${tried.join(', ')})`);
  }
}

async function main() {
  const gwPid = gatewayPid();
  const proxy = await startBareProxy();
  const agent = () => new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const targets = [
    { name: 'direct', base: (e) => SERVICES[e.service], agent: agent(), pid: null },
    { name: 'gateway', base: () => GATEWAY, agent: agent(), pid: gwPid },
    { name: 'bare proxy', base: () => `http://127.0.0.1:${PROXY_PORT}`, agent: agent(), pid: proxy.pid },
  ];
  try {
    await choosePaths(targets[0].agent);
    console.log(`endpoints: ${ENDPOINTS.map((e) => e.path).join(', ')}`);
    console.log(`gateway bench: ${ENDPOINTS.length} GETs as ${USER}, direct / gateway (pid ${gwPid}) / bare proxy `
      + `(pid ${proxy.pid}, :${PROXY_PORT}); ${REPEATS} repeats of ${SECONDS} s at 1 and at ${CLIENTS} clients`);
    await warmUp(targets);
    const runs = ENDPOINTS.map(() => targets.map(() => []));
    for (let r = 0; r < REPEATS; r++) {
      for (const [ei, e] of ENDPOINTS.entries()) {
        const order = targets.map((_, i) => (i + r) % targets.length);
        const one = {};
        const many = {};
        for (const ti of order) one[ti] = await phase(targets[ti], e, 1, SECONDS);
        for (const ti of order) many[ti] = await phase(targets[ti], e, CLIENTS, SECONDS);
        for (const ti of order) {
          const served = one[ti].n + many[ti].n;
          runs[ei][ti].push({ p50: one[ti].p50, rps: many[ti].rps, cpuMicros: ((one[ti].cpu + many[ti].cpu) * 1e6) / served });
        }
        process.stdout.write(`  repeat ${r + 1}/${REPEATS} ${e.name}: p50 ${order.map((ti) => `${targets[ti].name} ${fmt(one[ti].p50)}`).join(', ')} ms\n`);
      }
    }
    return summarise(runs);
  } finally {
    proxy.kill();
    targets.forEach((t) => t.agent.destroy());
  }
}

function summarise(runs) {
  const [D, G, B] = [0, 1, 2];
  const per = ENDPOINTS.map((e, ei) => {
    const rr = runs[ei];
    const pairs = (f) => rr[D].map((_, r) => f(r));
    return {
      name: e.name,
      p50: rr.map((t) => median(t.map((x) => x.p50))),
      rps: rr.map((t) => median(t.map((x) => x.rps))),
      addedGw: median(pairs((r) => rr[G][r].p50 - rr[D][r].p50)),
      addedBare: median(pairs((r) => rr[B][r].p50 - rr[D][r].p50)),
      thrGwVsBare: median(pairs((r) => rr[G][r].rps / rr[B][r].rps)),
      thrGwVsDirect: median(pairs((r) => rr[G][r].rps / rr[D][r].rps)),
      thrBareVsDirect: median(pairs((r) => rr[B][r].rps / rr[D][r].rps)),
      p50GwVsDirect: median(pairs((r) => rr[G][r].p50 / rr[D][r].p50)),
      p50BareVsDirect: median(pairs((r) => rr[B][r].p50 / rr[D][r].p50)),
      cpuGw: median(rr[G].map((x) => x.cpuMicros)),
      cpuBare: median(rr[B].map((x) => x.cpuMicros)),
    };
  });
  console.log('');
  console.log(`${'endpoint'.padEnd(24)} ${'p50 ms direct/gw/bare'.padEnd(22)} ${'added ms gw/bare'.padEnd(17)} `
    + `${`req/s at ${CLIENTS} direct/gw/bare`.padEnd(28)} ${'gw÷bare'.padEnd(8)} CPU µs/GET gw/bare`);
  for (const p of per) {
    console.log(`${p.name.padEnd(24)} ${p.p50.map((x) => fmt(x)).join(' / ').padEnd(22)} `
      + `${`${fmt(p.addedGw)} / ${fmt(p.addedBare)}`.padEnd(17)} ${p.rps.map((x) => fmt(x, 0)).join(' / ').padEnd(28)} `
      + `${fmt(p.thrGwVsBare).padEnd(8)} ${fmt(p.cpuGw, 0)} / ${fmt(p.cpuBare, 0)}`);
  }
  const addedRatios = per.map((p) => p.addedGw / Math.max(p.addedBare, 1e-3));
  const addedRatio = median(addedRatios);
  const thrRatio = median(per.map((p) => p.thrGwVsBare));
  const cpuRatio = median(per.map((p) => p.cpuGw / p.cpuBare));
  const list = (f) => per.map((p) => `${p.name} ${f(p)}`).join('; ');
  const rows = [
    {
      measure: 'GET added p50 at 1 client (gateway vs bare proxy)',
      now: `${range(per.map((p) => p.addedGw), 2, ' ms')} (${range(per.map((p) => p.p50GwVsDirect), 2, '×')} of direct)`,
      comparator: `bare proxy ${range(per.map((p) => p.addedBare), 2, ' ms')} (${range(per.map((p) => p.p50BareVsDirect), 2, '×')} of direct)`,
      ratio: Number(addedRatio.toFixed(2)),
      goal: 'added time ≤ the bare proxy\'s (ratio ≤ 1, median of 5 endpoints)',
      met: addedRatio <= 1,
      detail: `added ms gateway/bare: ${list((p) => `${fmt(p.addedGw)}/${fmt(p.addedBare)}`)}; `
        + `${addedRatios.filter((x) => x <= 1).length} of ${per.length} endpoints at or under; `
        + `${REPEATS} interleaved repeats × ${SECONDS} s, medians`,
    },
    {
      measure: `throughput at ${CLIENTS} clients (gateway ÷ bare proxy)`,
      now: `gateway ${range(per.map((p) => p.thrGwVsDirect))}× of direct`,
      comparator: `bare proxy ${range(per.map((p) => p.thrBareVsDirect))}× of direct`,
      ratio: Number(thrRatio.toFixed(2)),
      goal: '≥ 0.9 (median of 5 endpoints)',
      met: thrRatio >= 0.9,
      detail: `gateway ÷ bare: ${list((p) => fmt(p.thrGwVsBare))}; req/s direct/gateway/bare: `
        + `${list((p) => p.rps.map((x) => fmt(x, 0)).join('/'))}`,
    },
    {
      measure: 'CPU per proxied GET',
      now: `gateway ${range(per.map((p) => p.cpuGw), 0, ' µs')}`,
      comparator: `bare proxy ${range(per.map((p) => p.cpuBare), 0, ' µs')}`,
      ratio: Number(cpuRatio.toFixed(2)),
      goal: '≤ the bare proxy (ratio ≤ 1, median of 5 endpoints)',
      met: cpuRatio <= 1,
      detail: `µs gateway/bare: ${list((p) => `${fmt(p.cpuGw, 0)}/${fmt(p.cpuBare, 0)}`)}; utime+stime of each `
        + 'process (the JVM without its JIT compiler threads) over the 1- and 16-client phases ÷ their requests',
    },
  ];
  console.log('');
  for (const row of rows) {
    console.log(`${row.measure}: ${row.now} | ${row.comparator} | ratio ${row.ratio} | goal ${row.goal}: `
      + `${row.met ? 'met' : 'NOT met'}`);
  }
  return rows;
}

try {
  const rows = await main();
  if (args.json) fs.writeFileSync(args.json, `${JSON.stringify({ rows }, null, 2)}\n`);
} catch (e) {
  console.error(`gateway bench failed: ${e instanceof MeasurementError ? e.message : e.stack}`);
  process.exit(1);
}
