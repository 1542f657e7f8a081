// Helpers shared by the benchmark scripts of deploy/local/bench (issue 16): command-line flags, the PostgreSQL client
// tools of the local stack, psql as a function, percentiles. Not a test library: the benchmarks print figures.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';

/**
 * Flags of the form --name=value or --name (true); --json also takes its value as the next argument. Anything
 * else, or a name not in `known`, prints `usage` and exits 2.
 */
export function parseFlags(known, usage) {
  const args = process.argv.slice(2);
  const flags = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) {
      console.error(`unexpected argument ${a}\n${usage}`);
      process.exit(2);
    }
    const [k, ...v] = a.slice(2).split('=');
    if (k === 'json' && !v.length) flags.json = args[++i];
    else flags[k] = v.length ? v.join('=') : true;
  }
  for (const k of Object.keys(flags)) {
    if (!known.includes(k)) {
      console.error(`unknown option --${k}; known: ${known.map((o) => `--${o}`).join(' ')}\n${usage}`);
      process.exit(2);
    }
  }
  if (flags.json === true || flags.json === undefined) delete flags.json;
  return flags;
}

/** A PostgreSQL client tool: $ENV, else on the PATH, else the newest /usr/lib/postgresql/<v>/bin/<name>. */
export function pgTool(name, env) {
  if (process.env[env]) return process.env[env];
  const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => fs.existsSync(`${base}/${v}/bin/${name}`)) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length) return `${base}/${versions[0]}/bin/${name}`;
  throw new Error(`${name} not found: install the PostgreSQL client or set ${env}=/path/to/${name}`);
}

/** Connection arguments of the local stack's PostgreSQL (CCHC_PG_HOST, CCHC_PG_PORT, CCHC_PG_USER). */
export function pgConn(database) {
  return ['-h', process.env.CCHC_PG_HOST ?? '127.0.0.1', '-p', process.env.CCHC_PG_PORT ?? '55432',
    '-U', process.env.CCHC_PG_USER ?? 'postgres', '-d', database];
}

let psqlPath;
/** Runs SQL (on stdin, several statements allowed) in `database`; returns the rows as arrays of strings. */
export function psql(database, sql, { maxBuffer = 512 * 1024 * 1024 } = {}) {
  psqlPath ??= pgTool('psql', 'PSQL');
  const r = spawnSync(psqlPath, [...pgConn(database), '-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1'],
    { input: sql, encoding: 'utf8', maxBuffer });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`psql (${database}) exited with ${r.status}: ${r.stderr.trim().slice(0, 1500)}`);
  return r.stdout.split('\n').filter((l) => l.length).map((l) => l.split('\t'));
}

/** The p-th percentile (nearest rank) of numbers, sorted or not; NaN when there are none. */
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

// ------------------------------------------------------------------------------------------- the stack's processes

const REPO = new URL('../../..', import.meta.url).pathname;

/** Process id → its children's ids, from /proc. */
function childrenOf() {
  const map = new Map();
  for (const p of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!map.has(ppid)) map.set(ppid, []);
      map.get(ppid).push(Number(p));
    } catch {
      // the process ended
    }
  }
  return map;
}

/**
 * The components of the running local stack (deploy/local/cchc up), each with its process tree: one per pid file of
 * .local/run (services, their replicas, gateway, Kafka, Keycloak, mail) and PostgreSQL (the postmaster with its
 * backends). A component started through a launcher (keycloak) or named twice is counted once.
 */
export function stackComponents() {
  const run = `${REPO}.local/run`;
  const found = [];
  for (const f of fs.existsSync(run) ? fs.readdirSync(run).filter((x) => x.endsWith('.pid')) : []) {
    const pid = Number(fs.readFileSync(`${run}/${f}`, 'utf8').trim());
    if (pid && fs.existsSync(`/proc/${pid}`)) found.push({ name: f.slice(0, -4), pid });
  }
  const pgFile = `${REPO}.local/postgres/data/postmaster.pid`;
  if (fs.existsSync(pgFile)) {
    const pid = Number(fs.readFileSync(pgFile, 'utf8').split('\n')[0]);
    if (pid && fs.existsSync(`/proc/${pid}`)) found.push({ name: 'postgres', pid });
  }
  const kids = childrenOf();
  const trees = found.map((c) => {
    const pids = [c.pid];
    for (let i = 0; i < pids.length; i++) pids.push(...(kids.get(pids[i]) ?? []));
    return { ...c, pids };
  });
  return trees.filter((c, i) => !trees.some((o, j) => j !== i && o.pids.includes(c.pid) && (o.pid !== c.pid || j < i)))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const CLOCK_TICK_MS = 10; // USER_HZ is 100 on Linux

/**
 * Clock ticks of a /proc stat file (a process's or a thread's): utime + stime (fields 14, 15), with the waited-for
 * children's cutime + cstime (16, 17) when `endedChildren`. Throws when the process or thread has ended.
 */
function statTicks(file, { endedChildren = false } = {}) {
  const f = fs.readFileSync(file, 'utf8').split(') ').at(-1).split(' '); // f[0] is field 3 (state)
  return Number(f[11]) + Number(f[12]) + (endedChildren ? Number(f[13]) + Number(f[14]) : 0);
}

/**
 * CPU time (user + system, ms) each component has used so far, its ended children included, and this benchmark's
 * own process ('driver (node)'): name → ms. The process trees are read again at each call (PostgreSQL starts a
 * backend per new connection).
 */
export function stackCpu(components = stackComponents()) {
  const self = process.cpuUsage();
  const out = { 'driver (node)': (self.user + self.system) / 1000 };
  for (const c of components) {
    let ticks = 0;
    for (const p of c.pids) {
      try {
        ticks += statTicks(`/proc/${p}/stat`, { endedChildren: true });
      } catch {
        // the process ended
      }
    }
    out[c.name] = ticks * CLOCK_TICK_MS;
  }
  return out;
}

/**
 * CPU per unit of work across the stack between two stackCpu() readings: [[component, ms per unit]] largest first,
 * and the total; `n` units (intakes, events) were done in between.
 */
export function cpuPer(before, after, n) {
  const rows = Object.keys(after).map((k) => [k, (after[k] - (before[k] ?? 0)) / n]).filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1]);
  return { rows, total: rows.reduce((a, [, ms]) => a + ms, 0) };
}

/**
 * "dossiers 13.3, postgres 6.4, … ms; total 28.1 ms (2 cores hold at most 71/s at that cost)" of cpuPer's rows (the
 * components above 0.05 ms) and the rate this machine's cores could sustain at that cost.
 */
export function cpuText({ rows, total }) {
  const cores = os.availableParallelism();
  return `${rows.filter(([, ms]) => ms >= 0.05).map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', ')} ms; `
    + `total ${total.toFixed(1)} ms (${cores} cores hold at most ${((cores * 1000) / total).toFixed(1)}/s at that cost)`;
}

/**
 * CPU time (ms) the JVMs of the stack have used so far, and the part of it in their JIT compiler threads (C1, C2):
 * { jit, all }. A fresh service spends minutes of its CPU compiling under load (on this 2-core machine the dossiers
 * service's C2 thread took 56 % of its CPU after 100 s of intake and 44 % after 200 s), on the cores the requests
 * need: the compilers' share says whether a figure is the warm-up's or the steady state's.
 */
export function jitCpu(components = stackComponents()) {
  let jit = 0;
  let all = 0;
  for (const c of components) {
    for (const p of c.pids) {
      try {
        if (fs.readFileSync(`/proc/${p}/comm`, 'utf8').trim() !== 'java') continue;
        const cpu = processCpu(p);
        jit += cpu.jit;
        all += cpu.all;
      } catch {
        // the process ended
      }
    }
  }
  return { jit, all };
}

/**
 * utime + stime (ms) of one process so far, and the part of it in a JVM's JIT compiler threads (C1, C2; 0 for a
 * process that is not a JVM): { all, jit }. Throws when the process has ended.
 */
export function processCpu(pid) {
  const all = statTicks(`/proc/${pid}/stat`);
  let jit = 0;
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      if (/^C[12] CompilerThre/.test(fs.readFileSync(`/proc/${pid}/task/${task}/comm`, 'utf8'))) {
        jit += statTicks(`/proc/${pid}/task/${task}/stat`);
      }
    } catch {
      // the thread ended
    }
  }
  return { all: all * CLOCK_TICK_MS, jit: jit * CLOCK_TICK_MS };
}

/** The JIT compilers' share (0–1) of the JVMs' CPU between two jitCpu() readings. */
export function jitShare(before, after) {
  const all = after.all - before.all;
  return all > 0 ? (after.jit - before.jit) / all : 0;
}

/**
 * Loads the stack with `load(seconds)` (which resolves to { rate }) in windows of `windowSeconds` until its JVMs'
 * JIT compilers take under `below` of their CPU in a window, at most `maxSeconds`; prints each window. Returns the
 * share of the last window.
 */
export async function warmUntilCompiled(load, { windowSeconds = 15, maxSeconds = 600, below = 0.05, unit = '/s',
  log = console.log } = {}) {
  const t0 = performance.now();
  for (let w = 1; ; w++) {
    const before = jitCpu();
    const { rate } = await load(windowSeconds);
    const share = jitShare(before, jitCpu());
    log(`  warm-up ${w}: ${rate.toFixed(1)}${unit}, JIT compilers ${(100 * share).toFixed(0)} % of the services' CPU`);
    if (share < below) return share;
    if ((performance.now() - t0) / 1000 >= maxSeconds) {
      log(`  warm-up: the JIT compilers still took ${(100 * share).toFixed(0)} % after ${maxSeconds} s (figures may be low)`);
      return share;
    }
  }
}

const agents = new Map();
/**
 * POSTs a JSON body through node:http on a keep-alive connection (one pool per origin): { status, text }, status 0
 * with the error's message when the request failed or had no answer within `timeoutMs` (60 s). The benchmarks' HTTP
 * client: with fetch the intake driver took 2.0–2.4 ms of CPU per request, with this 0.7–1.2 ms (2026-12-07), CPU it
 * takes from the stack it measures on the same cores.
 */
export function postJson(url, headers, body, { timeoutMs = 60_000 } = {}) {
  const u = new URL(url);
  if (!agents.has(u.origin)) agents.set(u.origin, new http.Agent({ keepAlive: true, maxSockets: 256 }));
  const payload = Buffer.from(body);
  return new Promise((resolve) => {
    const req = http.request(u, { method: 'POST', agent: agents.get(u.origin),
      headers: { ...headers, 'Content-Type': 'application/json', 'Content-Length': payload.length } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (e) => resolve({ status: 0, text: e.message }));
    });
    req.on('error', (e) => resolve({ status: 0, text: e.message }));
    // a request that hangs is a failed one (status 0), not a driver that waits for ever
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.end(payload);
  });
}

// ------------------------------------------------------------------------------------------- a quiet stack

const SERVICE_DATABASES = ['cchc_procedures', 'cchc_dossiers', 'cchc_inspections', 'cchc_par_index'];
const CONSUMER_PORTS = { dossiers: 8082, inspections: 8083, 'par-index': 8084 };

/** What the stack still has to do from earlier work: name → count (only the non-zero ones). */
export async function leftovers() {
  const out = {};
  for (const db of SERVICE_DATABASES) {
    try {
      const n = Number(psql(db, 'select count(*) from outbox_event where sent_at is null')[0][0]);
      if (n > 0) out[`outbox ${db}`] = n;
    } catch {
      // a database that is not there is not a backlog
    }
  }
  try {
    // the late-dossier watch's work (OverdueWatch.markOverdue): the rows of the partial index the watch reads
    // (dossier_overdue_watch_running, V19) that are due; its predicate is read from the database, not copied here
    const predicate = psql('cchc_dossiers',
      `select pg_get_expr(indpred, indrelid) from pg_index where indexrelid = 'dossier_overdue_watch_running'::regclass`)[0][0];
    const n = Number(psql('cchc_dossiers', `select count(*) from dossier where (${predicate}) and due_at < now()`)[0][0]);
    if (n > 0) out['overdue watch'] = n;
  } catch {
    // no dossiers database
  }
  for (const [name, port] of Object.entries(CONSUMER_PORTS)) {
    const text = await fetch(`http://127.0.0.1:${port}/q/metrics`, { signal: AbortSignal.timeout(5000) })
      .then((r) => (r.ok ? r.text() : '')).catch(() => '');
    // records behind per assigned partition, now (records_lag); records_lag_max is a windowed maximum
    let lag = 0;
    for (const line of text.split('\n')) {
      const m = /^kafka_consumer_fetch_manager_records_lag\{[^}]*\}\s+([0-9.eE+-]+|NaN)/.exec(line);
      if (m && Number.isFinite(Number(m[1]))) lag += Number(m[1]);
    }
    if (lag > 0) out[`kafka lag ${name}`] = lag;
  }
  return out;
}

/**
 * Waits until the stack has nothing left over from earlier work, so that a row measures its own load only: no unsent
 * outbox row in any service, no dossier the late-dossier watch has yet to mark (after a day off, thousands became
 * overdue at once), no consumer behind, and the stack's own CPU under a quarter of a core over 5 s; twice in a row.
 * At most maxSeconds; then it says what was still pending and lets the row run. Returns the seconds waited.
 */
export async function settle({ maxSeconds = 600, log = console.log } = {}) {
  const t0 = Date.now();
  let quietTimes = 0;
  let last = '';
  while ((Date.now() - t0) / 1000 < maxSeconds) {
    const before = stackCpu();
    await new Promise((r) => setTimeout(r, 5000));
    const after = stackCpu();
    const busy = Object.entries(after).filter(([k]) => k !== 'driver (node)')
      .reduce((a, [k, ms]) => a + ms - (before[k] ?? 0), 0) / 5000;
    const pending = Object.entries(await leftovers());
    if (!pending.length && busy < 0.25) {
      if (++quietTimes >= 2) return (Date.now() - t0) / 1000;
      continue;
    }
    quietTimes = 0;
    const text = [...pending.map(([k, n]) => `${k} ${n}`), `stack CPU ${busy.toFixed(2)} cores`].join(', ');
    if (text !== last) log(`  (waiting for a quiet stack: ${text})`);
    last = text;
  }
  log(`  (the stack did not become quiet within ${maxSeconds} s: ${last}; measuring anyway)`);
  return (Date.now() - t0) / 1000;
}
