#!/usr/bin/env node
// Benchmark (not a test) of the dossiers service on the running local stack (deploy/local/cchc up):
//  1. bulk-loads N synthetic dossiers straight into PostgreSQL (psql + generate_series, SQL in
//     dossiers-generate.sql), spread over the demo province's ten receiving points H99.X01.MC … H99.X10.MC,
//     the procedures in the dossiers catalogue and five years of receipt dates; adds their daily counters to
//     dossier_daily_stat in one statement; VACUUM (ANALYZE); prints rows/s and table / index sizes;
//  2. intake through the API by the demo officer at H99.X01.MC: through the gateway (paced, see below) and
//     directly at the service; prints throughput and latency percentiles;
//  3. period report and QĐ 766 indicators for the province (inspector) and one commune (leader) over the
//     last month, year and five years; prints latency percentiles;
//  4. the overdue watch: makes a batch of open benchmark dossiers newly overdue, reads the watch's next
//     "overdue watch: …" line from .local/logs/dossiers.log, and EXPLAIN ANALYZEs its selection query.
// --procedures=N: spread the dossiers over the first N procedures in force (by code) instead of all of them;
//   either way the k-th gets a share ∝ 1/k (Zipf), see dossiers-generate.sql.
// --load-only: step 1 only (needs only PostgreSQL with the units and catalogue copied by the service).
// --reuse=<run>: skip step 1 and measure steps 2–4 on the rows an earlier run loaded (e.g. after a migration).
// The rows stay after the run (codes BENCH-<run>-…; API intake has content "BENCH-INTAKE <run> …"); remove
// them with --cleanup (all runs) or --cleanup=<run>: the API intake is erased through the API (DossierErased, so
// inspections and par-index take their counts back), the loaded rows by SQL with their counters; then VACUUM and a
// check that the services agree (docs/performance.md, "Cleaning up benchmark data").
//
// The gateway limits each signed-in user to 300 requests per minute (token bucket: 300, refilled 5/s).
// Gateway intake is therefore capped (--gateway-max, default 300) and paced (--gateway-rate, default 4/s,
// below the refill rate, so that the officer's bucket, which other clients of the same user share, stays
// full); its throughput is the pacing, its latency is real. Everything else goes to the service port.
//
// Usage: node deploy/local/bench/dossiers.mjs [rows=10000000] [intake=2000] [--batch=1000000] [--overdue=5000]
//          [--gateway-max=300] [--gateway-rate=4] [--repeat=10] [--procedures=N] [--load-only]
//        node deploy/local/bench/dossiers.mjs --cleanup[=<run>]
// Environment: CCHC_KEYCLOAK_URL, CCHC_GATEWAY_URL, CCHC_DOSSIERS_URL, PSQL (path of psql), CCHC_PG_HOST,
// CCHC_PG_PORT, CCHC_PG_USER, CCHC_PG_DATABASE, CCHC_DOSSIERS_LOG.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { userToken } from '../lib/tokens.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../../..');

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => {
  const [k, ...v] = a.slice(2).split('=');
  return [k, v.length ? v.join('=') : true];
}));
const KNOWN = ['batch', 'overdue', 'gateway-max', 'gateway-rate', 'repeat', 'procedures', 'load-only', 'cleanup', 'reuse'];
for (const k of Object.keys(flags)) {
  if (!KNOWN.includes(k)) {
    console.error(`unknown option --${k}; known: ${KNOWN.map((o) => `--${o}`).join(' ')}`);
    process.exit(2);
  }
}
const ROWS = Number(positional[0] ?? 10_000_000);
const INTAKE = Number(positional[1] ?? 2000);
const BATCH = Number(flags.batch ?? 1_000_000);
const OVERDUE = Number(flags.overdue ?? 5000);
const GATEWAY_MAX = Number(flags['gateway-max'] ?? 300);
const GATEWAY_RATE = Number(flags['gateway-rate'] ?? 4);
const REPEAT = Number(flags.repeat ?? 10);
const NPROC = Number(flags.procedures ?? 0);
const CLEANUP_CHUNK = 1_000_000;

const GATEWAY = process.env.CCHC_GATEWAY_URL ?? 'http://127.0.0.1:8080';
const SERVICE = process.env.CCHC_DOSSIERS_URL ?? 'http://127.0.0.1:8082';
const LOG_FILE = process.env.CCHC_DOSSIERS_LOG ?? path.join(REPO, '.local/logs/dossiers.log');
const PG = ['-h', process.env.CCHC_PG_HOST ?? '127.0.0.1', '-p', process.env.CCHC_PG_PORT ?? '55432',
  '-U', process.env.CCHC_PG_USER ?? 'postgres', '-d', process.env.CCHC_PG_DATABASE ?? 'cchc_dossiers'];

const UNITS = Array.from({ length: 10 }, (_, i) => `H99.X${String(i + 1).padStart(2, '0')}.MC`);
const INTAKE_PROCEDURE = '1.001193.000.00.00.H99';
const INTAKE_POINT = 'H99.X01.MC';
const INTAKE_UNIT = 'H99.X01';

const summary = [];
const note = (line) => {
  console.log(line);
  summary.push(line);
};

// ------------------------------------------------------------------------------------------- psql

function findPsql() {
  if (process.env.PSQL) return process.env.PSQL;
  const which = spawnSync('sh', ['-c', 'command -v psql'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => fs.existsSync(`${base}/${v}/bin/psql`)) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length) return `${base}/${versions[0]}/bin/psql`;
  throw new Error('psql not found: install the PostgreSQL client or set PSQL=/path/to/psql');
}
const PSQL = findPsql();

/**
 * Runs SQL (several statements allowed, each its own transaction unless the SQL says begin) and returns rows.
 * serverSettings: keep the server's settings (JIT …) as the service sees them, for EXPLAIN of the service's queries.
 */
function psql(sql, vars = {}, { serverSettings = false } = {}) {
  const args = [...PG, '-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1'];
  for (const [k, v] of Object.entries(vars)) args.push('-v', `${k}=${v}`);
  // JIT off: on these one-off statements with large (mis)estimated costs, LLVM compilation took 30 s of a 32 s batch
  const env = serverSettings ? process.env : { ...process.env, PGOPTIONS: `${process.env.PGOPTIONS ?? ''} -c jit=off`.trim() };
  const r = spawnSync(PSQL, args, { input: sql, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`psql exited with ${r.status}: ${r.stderr.trim()}\n--- SQL (start) ---\n${sql.slice(0, 800)}`);
  return r.stdout.split('\n').filter((l) => l.length).map((l) => l.split('\t'));
}

/** The pieces of dossiers-generate.sql, by their "-- @@ name" markers. */
function sqlPieces() {
  const text = fs.readFileSync(path.join(HERE, 'dossiers-generate.sql'), 'utf8');
  const pieces = {};
  let name = null;
  for (const line of text.split('\n')) {
    const m = /^-- @@ (\w+)\s*$/.exec(line);
    if (m) {
      name = m[1];
      pieces[name] = [];
    } else if (name) {
      pieces[name].push(line);
    }
  }
  for (const k of Object.keys(pieces)) pieces[k] = pieces[k].join('\n').trim();
  const agg = pieces.agg_select;
  pieces.stats_add = pieces.stats_add.replace(':agg_select', agg);
  pieces.cleanup_chunk = pieces.cleanup_chunk.replace(':agg_select', agg);
  return pieces;
}
const SQL = sqlPieces();

// ------------------------------------------------------------------------------------------- helpers

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const mib = (b) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const int = (n) => Math.round(n).toLocaleString('en-US');

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function stats(label, ms, extra = '') {
  if (!ms.length) return note(`${label.padEnd(46)} no samples`);
  const s = [...ms].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  note(`${label.padEnd(46)} n=${String(s.length).padStart(4)}  p50=${percentile(s, 50).toFixed(1)} ms  `
    + `p95=${percentile(s, 95).toFixed(1)} ms  p99=${percentile(s, 99).toFixed(1)} ms  max=${s[s.length - 1].toFixed(1)} ms  `
    + `mean=${mean.toFixed(1)} ms${extra}`);
  return { mean, p50: percentile(s, 50) };
}

const token = userToken;

/** Today and dates before it, in Vietnam (the service's zone). */
function vnDate(shift = {}) {
  const d = new Date(Date.now() + 7 * 3600_000);
  if (shift.years) d.setUTCFullYear(d.getUTCFullYear() - shift.years);
  if (shift.months) d.setUTCMonth(d.getUTCMonth() - shift.months);
  return d.toISOString().slice(0, 10);
}

function sizes() {
  const rows = psql(`
    select c.relname, pg_total_relation_size(c.oid), pg_relation_size(c.oid), 'table'
    from pg_class c where c.relname in ('dossier', 'dossier_daily_stat', 'dossier_stat_rollup', 'dossier_unit_stat') and c.relkind = 'r'
    union all
    select i.indexrelid::regclass::text, pg_relation_size(i.indexrelid), pg_relation_size(i.indexrelid), 'index'
    from pg_index i where i.indrelid in ('dossier'::regclass, 'dossier_daily_stat'::regclass)
    order by 4 desc, 1`);
  return new Map(rows.map(([name, total, own, kind]) => [name, { total: Number(total), own: Number(own), kind }]));
}

function freeBytes() {
  try {
    const [[dir]] = psql('show data_directory');
    const s = fs.statfsSync(dir);
    return { dir, free: s.bavail * s.bsize };
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------------------------------- 0. checks

async function checkStack() {
  const db = psql(SQL.check);
  const units = db.filter((r) => r[0] === 'unit');
  const found = new Set(units.map((r) => r[1]));
  const missing = UNITS.filter((u) => !found.has(u));
  const orphan = units.filter((r) => !r[3]);
  if (missing.length || orphan.length) {
    throw new Error(`the demo receiving points are not in unit_copy of cchc_dossiers (missing: ${missing.join(', ') || '-'}; `
      + `without parent: ${orphan.map((r) => r[1]).join(', ') || '-'}). Start the stack with demo data (deploy/local/cchc up) `
      + 'and wait until the dossiers service has consumed cchc.units.v1.');
  }
  console.log('receiving points (from unit_copy):');
  for (const [, code, p, dec, decPath] of units) console.log(`  ${code.padEnd(12)} ${p.padEnd(28)} decided by ${dec} ${decPath}`);
  const [, procedures, hasIntake] = db.find((r) => r[0] === 'procedures');
  if (Number(procedures) === 0) throw new Error('catalogue_procedure has no procedure in force: the catalogue has not reached the dossiers service');
  console.log(`procedures accepting dossiers in catalogue_procedure: ${procedures}`);
  if (Number(hasIntake) === 0) throw new Error(`procedure ${INTAKE_PROCEDURE} (intake) is not in force in catalogue_procedure`);
  if (flags['load-only']) return Number(procedures);
  for (const [name, url] of [['gateway', `${GATEWAY}/api/v1/procedures?size=1`], ['dossiers service', `${SERVICE}/q/health/ready`]]) {
    const res = await fetch(url).catch((e) => ({ status: e.cause?.code ?? e.message }));
    if (res.status !== 200) throw new Error(`${name} not ready (${url}: ${res.status}); is the stack up (deploy/local/cchc status)?`);
  }
  await token('officer');
  return Number(procedures);
}

// ------------------------------------------------------------------------------------------- 1. load

function load(run, procedures) {
  const nproc = NPROC > 0 ? Math.min(NPROC, procedures) : procedures;
  note(`\n== 1. bulk load: ${int(ROWS)} dossiers, run ${run}, batches of ${int(BATCH)} rows, ${int(nproc)} procedures, 10 receiving points`);
  const before = sizes();
  const statRowsBefore = Number(psql('select count(*) from dossier_daily_stat')[0][0]);
  const [[firstId]] = psql('select coalesce(max(id), 0) + 1 from dossier');
  const t0 = performance.now();
  let batchMs = 0;
  const batches = Math.ceil(ROWS / BATCH);
  for (let b = 0; b < batches; b++) {
    const lo = b * BATCH + 1;
    const hi = Math.min(ROWS, lo + BATCH - 1);
    const t = performance.now();
    psql(SQL.batch, { run, lo, hi, nproc });
    const ms = performance.now() - t;
    batchMs += ms;
    console.log(`  batch ${b + 1}/${batches}: rows ${int(lo)}–${int(hi)} in ${secs(ms)} = ${int((hi - lo + 1) / (ms / 1000))} rows/s`);
    if (b === 0 && batches > 1) {
      const grown = sizes().get('dossier').total - before.get('dossier').total;
      // × 2: dossier_daily_stat can add as much again (≈ 2.5 rows per dossier with a large catalogue); + 2 GiB of WAL
      const need = (grown / (hi - lo + 1)) * (ROWS - hi) * 2 + 2 * 1024 ** 3;
      const disk = freeBytes();
      if (disk) {
        console.log(`  disk: ${mib(grown)} for this batch; ≈ ${mib(need)} more needed, ${mib(disk.free)} free under ${disk.dir}`);
        if (disk.free < need) {
          throw new Error(`not enough disk for ${int(ROWS)} rows (need ≈ ${mib(need)}, free ${mib(disk.free)}); `
            + `${int(hi)} rows were loaded: remove them with --cleanup=${run}`);
        }
      }
    }
  }
  const [[lastId]] = psql('select coalesce(max(id), 0) from dossier');
  note(`inserts: ${int(ROWS)} rows in ${secs(batchMs)} = ${int(ROWS / (batchMs / 1000))} rows/s (8 indexes on dossier)`);

  const range = { lo: firstId, hi: lastId, filter: `d.code like 'BENCH-${run}-%'` };
  let t = performance.now();
  psql(`set work_mem = '256MB';\n${SQL.stats_add}`, range);
  const statsMs = performance.now() - t;
  const statRowsAfter = Number(psql('select count(*) from dossier_daily_stat')[0][0]);
  note(`dossier_daily_stat: +${int(statRowsAfter - statRowsBefore)} rows (now ${int(statRowsAfter)}) in ${secs(statsMs)} `
    + '(one INSERT … SELECT … GROUP BY … ON CONFLICT DO UPDATE)');

  // A province writes its daily rows day after day, so they lie in day order in the table; this load writes years
  // in chunks that each touch every day, which scatters a day's rows over the whole table (a report's slice of six
  // days read 3,774 pages for 4,033 rows, 200 ms cold). Put them in the order the product leaves them.
  t = performance.now();
  psql('cluster dossier_daily_stat using dossier_daily_stat_pkey;');
  note(`dossier_daily_stat clustered by day (the order of a table written day by day): ${secs(performance.now() - t)}`);

  t = performance.now();
  psql('vacuum (analyze) dossier;\nvacuum (analyze) dossier_daily_stat;');
  const vacuumMs = performance.now() - t;
  note(`vacuum (analyze) of both tables: ${secs(vacuumMs)} (sets the visibility map and hint bits, as autovacuum would`
    + ' have done long ago on a real table, so that the reads below measure the steady state)');
  const totalMs = performance.now() - t0;
  note(`total load time: ${secs(totalMs)} = ${int(ROWS / (totalMs / 1000))} rows/s end to end; `
    + `extrapolated to 10,000,000 rows: ≈ ${(totalMs / ROWS * 1e7 / 60000).toFixed(0)} min (linear; index growth makes it somewhat worse)`);

  const [mix] = psql(`select count(*) filter (where closed_at is null),
      count(*) filter (where closed_at is null and due_at < now() and status in ('RECEIVED', 'PROCESSING')),
      count(*) filter (where classification = 'EARLY'), count(*) filter (where classification = 'ON_TIME'),
      count(*) filter (where classification = 'LATE'), count(*) filter (where status in ('REFUSED', 'WITHDRAWN', 'STOPPED')),
      min(received_at)::date, max(received_at)::date, count(*)
    from dossier d where d.id between ${firstId} and ${lastId} and d.code like 'BENCH-${run}-%'`);
  if (Number(mix[8]) !== ROWS) note(`WARNING: ${int(mix[8])} rows inserted, not ${int(ROWS)} (did the catalogue shrink meanwhile?)`);
  const pct = (n) => `${(100 * Number(n) / Number(mix[8])).toFixed(1)} %`;
  note(`mix: open ${pct(mix[0])} (overdue, clock running: ${int(mix[1])}), early ${pct(mix[2])}, on time ${pct(mix[3])}, `
    + `late ${pct(mix[4])}, refused/withdrawn/stopped ${pct(mix[5])}; received ${mix[6]} … ${mix[7]}`);

  const after = sizes();
  note('sizes (pg_total_relation_size for tables, pg_relation_size for indexes):');
  note(`  ${'relation'.padEnd(34)} ${'before'.padStart(12)} ${'after'.padStart(12)} ${'added'.padStart(12)} ${'per 1M rows'.padStart(12)}`);
  for (const [name, a] of after) {
    const b = before.get(name) ?? { total: 0 };
    note(`  ${(a.kind === 'index' ? '  ' + name : name).padEnd(34)} ${mib(b.total).padStart(12)} ${mib(a.total).padStart(12)} `
      + `${mib(a.total - b.total).padStart(12)} ${mib(((a.total - b.total) / ROWS) * 1e6).padStart(12)}`);
  }
  const perM = ((after.get('dossier').total - before.get('dossier').total) / ROWS) * 1e6;
  const [[tuples, heap, total]] = psql(`select reltuples, pg_table_size('dossier'), pg_total_relation_size('dossier')
    from pg_class where oid = 'dossier'::regclass`);
  note(`  dossier now: ${int(tuples)} rows, ${mib(Number(total))} = ${int(Number(total) / Number(tuples))} bytes per dossier `
    + `(table ${int(Number(heap) / Number(tuples))}, indexes ${int((Number(total) - Number(heap)) / Number(tuples))}); the `
    + '"added" column above is smaller when earlier runs left free space after --cleanup');
  const keyBound = 1827 * 10 * nproc * 3;
  note(`  dossier_daily_stat: ${int(statRowsAfter)} rows (${int(statRowsAfter - statRowsBefore)} added for ${int(ROWS)} dossiers); `
    + 'it grows with its keys (day × receiving point × procedure × channel), not linearly with dossiers: '
    + `at most ${int(keyBound)} keys here`);
  return range;
}

// ------------------------------------------------------------------------------------------- 2. intake

function intakeBody(run, label, i) {
  const n = String(i).padStart(6, '0');
  return JSON.stringify({
    procedureCode: INTAKE_PROCEDURE,
    receivingUnitCode: INTAKE_POINT,
    decidingUnitCode: INTAKE_UNIT,
    channel: 'DIRECT',
    applicant: { name: `Trần Thị Thử Tải ${label}${n}`, idNumber: `0019${n}00`.padEnd(12, '0'), phone: `0988${n}`,
      address: 'Thôn Một, xã An Phú' },
    content: `BENCH-INTAKE ${run} ${label} ${i}`,
    components: [{ name: 'Tờ khai đăng ký khai sinh', copies: 1 }, { name: 'Giấy chứng sinh', copies: 1 }],
    returnMethod: 'DIRECT',
  });
}

async function receive(base, run, label, i) {
  const t = performance.now();
  const res = await fetch(`${base}/api/v1/dossiers`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await token('officer')}`, 'Content-Type': 'application/json' },
    body: intakeBody(run, label, i),
  });
  const text = await res.text();
  return { status: res.status, ms: performance.now() - t, text, retryAfter: Number(res.headers.get('retry-after') ?? 1) };
}

async function intakeSeries(base, run, label, n, ratePerSecond) {
  const ms = [];
  let throttled = 0;
  let waitedMs = 0;
  const errors = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    if (ratePerSecond) {
      const due = t0 + (i * 1000) / ratePerSecond;
      const now = performance.now();
      if (due > now) await sleep(due - now);
    }
    for (;;) {
      const r = await receive(base, run, label, i);
      if (r.status === 201) {
        ms.push(r.ms);
        break;
      }
      if (r.status === 429) {
        throttled++;
        waitedMs += r.retryAfter * 1000;
        await sleep(r.retryAfter * 1000);
        continue;
      }
      errors.push(`${r.status} ${r.text.slice(0, 300)}`);
      if (errors.length > 10) throw new Error(`intake (${label}) keeps failing: ${errors.slice(-3).join(' | ')}`);
      break;
    }
  }
  return { ms, seconds: (performance.now() - t0) / 1000, throttled, waitedMs, errors };
}

async function intake(run) {
  note(`\n== 2. intake: ${INTAKE_PROCEDURE} at ${INTAKE_POINT} by officer (${INTAKE_UNIT}), sequential, one request at a time`);
  const warm = Math.min(20, INTAKE);
  await intakeSeries(SERVICE, run, 'W', warm);
  console.log(`  (${warm} warm-up requests at the service, not counted)`);

  const gwWarm = Math.min(10, INTAKE);
  await intakeSeries(GATEWAY, run, 'V', gwWarm, GATEWAY_RATE);
  console.log(`  (${gwWarm} warm-up requests through the gateway, paced, not counted)`);
  const gwN = Math.min(INTAKE, GATEWAY_MAX);
  const gw = await intakeSeries(GATEWAY, run, 'G', gwN, GATEWAY_RATE);
  const g = stats(`(a) via gateway ${GATEWAY.replace('http://', '')}`, gw.ms);
  if (g) {
    note(`    ${gw.ms.length} dossiers in ${gw.seconds.toFixed(1)} s = ${(gw.ms.length / gw.seconds).toFixed(1)}/s paced at `
      + `${GATEWAY_RATE}/s (capped at ${gwN} of ${INTAKE}: gateway limit 300/min per user, bucket refills 5/s); `
      + `unpaced the latency alone would allow ≈ ${(1000 / g.mean).toFixed(0)}/s, but the limit caps one user at 5/s `
      + `sustained after a 300-request burst; 429 answers: ${gw.throttled} (waited ${secs(gw.waitedMs)}); errors: ${gw.errors.length}`);
  }
  const direct = await intakeSeries(SERVICE, run, 'S', INTAKE);
  const d = stats(`(b) direct ${SERVICE.replace('http://', '')}`, direct.ms);
  if (d) {
    note(`    ${direct.ms.length} dossiers in ${direct.seconds.toFixed(1)} s = ${(direct.ms.length / direct.seconds).toFixed(1)}/s `
      + `(one client, sequential); errors: ${direct.errors.length}`);
    if (g) note(`    gateway overhead ≈ ${(g.p50 - d.p50).toFixed(1)} ms at p50 (JWT checked twice, one more hop)`);
  }
  for (const e of [...gw.errors, ...direct.errors].slice(0, 3)) note(`    error: ${e}`);
}

// ------------------------------------------------------------------------------------------- 3. reports

async function timedGet(url, username) {
  const t = performance.now();
  const res = await fetch(url, { headers: { Authorization: `Bearer ${await token(username)}` } });
  const text = await res.text();
  const ms = performance.now() - t;
  if (!res.ok) throw new Error(`${url}: ${res.status} ${text.slice(0, 500)}`);
  return { ms, body: JSON.parse(text) };
}

async function reports() {
  note(`\n== 3. reports at the service (${SERVICE.replace('http://', '')}), groupBy=UNIT, ${REPEAT} repeats after one first call`);
  const to = vnDate();
  const periods = [['last month', vnDate({ months: 1 })], ['last year', vnDate({ years: 1 })], ['5 years', vnDate({ years: 5 })]];
  const scopes = [['inspector', 'H99', 'province H99'], ['leader', INTAKE_UNIT, `unit ${INTAKE_UNIT}`]];
  for (const [user, unit, label] of scopes) {
    for (const [name, from] of periods) {
      const url = `${SERVICE}/api/v1/dossiers/reports/period?unitCode=${unit}&from=${from}&to=${to}&groupBy=UNIT`;
      const first = await timedGet(url, user);
      const ms = [];
      for (let i = 0; i < REPEAT; i++) ms.push((await timedGet(url, user)).ms);
      const t = first.body.total;
      stats(`period ${label}, ${name}`, ms, `  first=${first.ms.toFixed(0)} ms  [received ${int(t.received)}, `
        + `resolved ${int(t.resolved)}, in progress ${int(t.inProgress)}, carried over ${int(t.carriedOver)}, `
        + `rows ${first.body.rows.length}]`);
    }
  }
  explainReports(vnDate({ years: 5 }), to);
  for (const [user, unit, label] of scopes) {
    for (const [name, from] of periods) {
      const r = await timedGet(`${SERVICE}/api/v1/dossiers/reports/indicators?unitCode=${unit}&from=${from}&to=${to}`, user);
      note(`${`indicators 766 ${label}, ${name}`.padEnd(46)} one call: ${r.ms.toFixed(1)} ms (${r.body.length} indicators)`);
    }
  }
}

/** EXPLAIN ANALYZE of the report's two queries for the province over five years, with the server's settings. */
function explainReports(from, to) {
  const next = new Date(`${to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const vars = { scope: '/H99/%', from, to, start: `${from}T00:00:00+07:00`,
    end: `${next.toISOString().slice(0, 10)}T00:00:00+07:00`, ref: new Date().toISOString() };
  for (const piece of ['report_flows', 'report_stocks']) {
    const plan = psql(`explain (analyze, buffers) ${SQL[piece]}`, vars, { serverSettings: true }).map((r) => r[0]);
    const exec = plan.map((l) => /Execution Time: ([\d.]+) ms/.exec(l)).find(Boolean);
    const jit = plan.map((l) => /Timing: .*Total ([\d.]+) ms/.exec(l)).find(Boolean);
    const scans = [...new Set(plan.map((l) => /((?:Parallel )?(?:Seq|Index Only|Index|Bitmap Heap|Bitmap Index) Scan)(?: using| on) (\w+)/.exec(l))
      .filter(Boolean).map((m) => `${m[1]} ${m[2]}`))];
    note(`  EXPLAIN ANALYZE ${piece.replace('report_', '')} (province, 5 years): ${exec ? exec[1] : '?'} ms`
      + `${jit ? ` incl. JIT ${jit[1]} ms` : ''}; ${scans.join(', ')}`);
    for (const l of plan) console.log(`      ${l}`);
  }
}

// ------------------------------------------------------------------------------------------- 4. overdue watch

const WATCH_QUERY = `select * from dossier where closed_at is null and due_at < now() and overdue_marked_at is null
    and status in ('RECEIVED', 'PROCESSING') order by due_at limit 500`;

function explainWatch(label) {
  const plan = psql(`explain (analyze, buffers) ${WATCH_QUERY}`, {}, { serverSettings: true }).map((r) => r[0]);
  const exec = plan.map((l) => /Execution Time: ([\d.]+) ms/.exec(l)).find(Boolean);
  const index = plan.map((l) => /(?:Bitmap Index Scan on|Index (?:Only )?Scan(?: Backward)? using) (\w+)/.exec(l)).find(Boolean);
  const removed = plan.map((l) => /Rows Removed by Filter: (\d+)/.exec(l)).find(Boolean);
  note(`  EXPLAIN ANALYZE of the watch's selection (${label}): execution ${exec ? exec[1] : '?'} ms, `
    + `${index ? `index ${index[1]}` : 'NO INDEX SCAN'}, rows removed by filter ${removed ? int(removed[1]) : 0}`);
  for (const l of plan) console.log(`      ${l}`);
}

function readNew(offset) {
  if (!fs.existsSync(LOG_FILE)) return { text: '', offset: 0 };
  const size = fs.statSync(LOG_FILE).size;
  const from = size < offset ? 0 : offset; // rotated: start over
  if (size === from) return { text: '', offset: from };
  const fd = fs.openSync(LOG_FILE, 'r');
  const buf = Buffer.alloc(size - from);
  fs.readSync(fd, buf, 0, buf.length, from);
  fs.closeSync(fd);
  return { text: buf.toString('utf8'), offset: size };
}

async function watch(run, range) {
  note('\n== 4. overdue watch (runs every 60 s in the service)');
  const [[open, marked]] = psql(`select count(*), count(*) filter (where overdue_marked_at is not null) from dossier
    where closed_at is null and due_at < now() and status in ('RECEIVED', 'PROCESSING')`);
  note(`  open dossiers past due, clock running: ${int(open)} (${int(marked)} already marked), all in the table`);
  let offset = fs.existsSync(LOG_FILE) ? fs.statSync(LOG_FILE).size : 0;
  const ids = psql(`update dossier set due_at = now() - interval '1 minute', overdue_marked_at = null, due_soon_alerted_at = null
    where id in (select id from dossier d where closed_at is null and status in ('RECEIVED', 'PROCESSING')
                 and d.id between ${range.lo} and ${range.hi} and (${range.filter}) limit ${OVERDUE})
    returning id`).map((r) => r[0]);
  const t0 = performance.now();
  note(`  made ${int(ids.length)} open benchmark dossiers newly overdue (due_at = now() - 1 min)`);
  explainWatch(`${int(ids.length)} waiting to be marked`);
  if (!ids.length) return;

  const lines = [];
  let total = 0;
  while (performance.now() - t0 < 90_000 && total < ids.length) {
    await sleep(500);
    const r = readNew(offset);
    offset = r.offset;
    for (const m of r.text.matchAll(/^.*overdue watch: (\d+) newly overdue, (\d+) due soon, (\d+) ms.*$/gm)) {
      lines.push({ line: m[0], overdue: Number(m[1]), soon: Number(m[2]), ms: Number(m[3]), after: performance.now() - t0 });
      total += Number(m[1]);
    }
  }
  const [[done]] = psql(`select count(*) from dossier where id in (${ids.join(',')}) and overdue_marked_at is not null`);
  if (!lines.length) {
    note(`  no "overdue watch:" line in ${LOG_FILE} within 90 s; ${int(done)} of ${int(ids.length)} marked by then`);
  } else {
    for (const l of lines) {
      note(`  log after ${secs(l.after)}: ${l.line.trim()}`);
      if (l.overdue) note(`    = ${(l.ms / l.overdue * 1000).toFixed(0)} ms per 1,000 dossiers marked (batches of 500, one OVERDUE outbox event each)`);
    }
    note(`  ${int(done)} of ${int(ids.length)} marked (checked in the database)`);
  }
  explainWatch('steady state, after the run');
}

// ------------------------------------------------------------------------------------------- cleanup

// A cleanup never makes the services disagree (docs/performance.md, "Cleaning up benchmark data"):
//  (b) dossiers received through the API (content "BENCH-INTAKE <run> …") were announced (DossierReceived …) and
//      counted by inspections and par-index: they are erased through the product's own path, POST
//      /api/v1/dossiers/erasures as the demo admin, which takes back their counters and announces DossierErased;
//      if any cannot be erased (no longer RECEIVED …) nothing is done and the reason is printed;
//  (a) rows bulk-loaded by SQL (codes BENCH-<run>-…) were never announced: deleted by SQL with their counters;
// then VACUUM (ANALYZE) of the dossier tables, and a check that inspections and par-index have applied every
// erasure (their read models hold none of the run's dossiers any more).
const ERASE_CHUNK = 1000;
const VERIFY_TIMEOUT_MS = Number(process.env.CCHC_CLEANUP_VERIFY_SECONDS ?? 180) * 1000;

function psqlIn(database, sql) {
  const args = [...PG.slice(0, -1), database, '-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1'];
  const r = spawnSync(PSQL, args, { input: sql, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`psql (${database}) exited with ${r.status}: ${r.stderr.trim()}`);
  return r.stdout.split('\n').filter((l) => l.length).map((l) => l.split('\t'));
}

const sqlText = (codes) => `'{${codes.map((c) => `"${c}"`).join(',')}}'::text[]`;

/** (b): the run's API intake, erased through the API in chunks; returns the codes erased. */
async function eraseIntake(run) {
  const intake = run === true ? "d.content like 'BENCH-INTAKE %'" : `d.content like 'BENCH-INTAKE ${run} %'`;
  const rows = psql(`select d.code, d.status, (select count(*) from dossier_notice n where n.dossier_id = d.id)
      + (select count(*) from dossier_handover h where h.dossier_id = d.id) + (case when d.has_apology then 1 else 0 end)
    from dossier d where ${intake} and d.created_by = 'officer' and d.code not like 'BENCH-%' order by d.id`);
  console.log(`  (b) received through the API: ${int(rows.length)} dossiers`);
  if (rows.length === 0) return [];
  const blocked = rows.filter(([, status, parts]) => status !== 'RECEIVED' || Number(parts) > 0);
  if (blocked.length) {
    const byStatus = {};
    for (const [, status] of blocked) byStatus[status] = (byStatus[status] ?? 0) + 1;
    throw new Error(`${blocked.length} of them can no longer be erased (only a dossier still RECEIVED with no letter `
      + `or hand-over can): ${Object.entries(byStatus).map(([k, v]) => `${v} ${k}`).join(', ')}, e.g. `
      + `${blocked.slice(0, 5).map((r) => r[0]).join(', ')}. Nothing was erased; take them through their `
      + 'lifecycle (refuse, stop …) or leave them.');
  }
  const codes = rows.map((r) => r[0]);
  const token = await userToken('admin');
  const t0 = performance.now();
  for (let i = 0; i < codes.length; i += ERASE_CHUNK) {
    const chunk = codes.slice(i, i + ERASE_CHUNK);
    const res = await fetch(`${SERVICE}/api/v1/dossiers/erasures`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': `bench-cleanup-${run === true ? 'all' : run}-${chunk[0]}-${chunk.length}`,
      },
      body: JSON.stringify({ codes: chunk, reason: `benchmark cleanup (dossiers.mjs, run ${run === true ? 'all' : run})` }),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`erasure of ${chunk.length} dossiers from ${chunk[0]}: ${res.status} ${text}`);
    console.log(`  erased ${int(i + chunk.length)} / ${int(codes.length)} through the API (${secs(performance.now() - t0)})`);
  }
  return codes;
}

/** (a): the run's SQL-loaded rows, deleted by SQL with their counters, in id chunks. */
function deleteLoaded(run) {
  const filter = run === true ? "(d.code like 'BENCH-%')" : `(d.code like 'BENCH-${run}-%')`;
  const [[lo, hi, count]] = psql(`select min(id), max(id), count(*) from dossier d where ${filter}`);
  console.log(`  (a) loaded by SQL: ${int(Number(count))} dossiers (ids ${lo || '-'} … ${hi || '-'})`);
  let deleted = 0;
  if (Number(count) > 0) {
    for (let a = Number(lo); a <= Number(hi); a += CLEANUP_CHUNK) {
      const b = Math.min(Number(hi), a + CLEANUP_CHUNK - 1);
      const t = performance.now();
      const rows = psql(`set work_mem = '256MB';\n${SQL.cleanup_chunk}`, { lo: a, hi: b, filter });
      const n = Number(rows.find((r) => r[0] === 'deleted')?.[1] ?? 0);
      deleted += n;
      console.log(`  ids ${a}–${b}: ${int(n)} deleted with their counters in ${secs(performance.now() - t)}`);
    }
  }
  return { filter, deleted };
}

/** What inspections and par-index still hold of the erased codes and of the SQL-loaded ones. */
function readModels(erased, run) {
  const loaded = run === true ? 'BENCH-%' : `BENCH-${run}-%`;
  const list = sqlText(erased);
  const [[tally, tombstones, late, loadedI]] = psqlIn('cchc_inspections', `select
      (select count(*) from dossier_tally where dossier_code = any(${list}) and erased_at is null),
      (select count(*) from dossier_tally where dossier_code = any(${list}) and erased_at is not null),
      (select count(*) from late_dossier where dossier_code = any(${list})),
      (select count(*) from dossier_tally where dossier_code like '${loaded}')`);
  const [[facts, erasedP, loadedP]] = psqlIn('cchc_par_index', `select
      (select count(*) from dossier_fact where code = any(${list})),
      (select count(*) from dossier_erased where code = any(${list})),
      (select count(*) from dossier_fact where code like '${loaded}')`);
  return {
    inspections: { counted: Number(tally), tombstones: Number(tombstones), late: Number(late), loaded: Number(loadedI) },
    parIndex: { counted: Number(facts), tombstones: Number(erasedP), loaded: Number(loadedP) },
  };
}

async function cleanup(run) {
  if (run !== true && !/^[0-9A-Z]+$/i.test(run)) throw new Error(`--cleanup=${run}: a run id is letters and digits, e.g. MWR7PT8V`);
  const t0 = performance.now();
  console.log(`cleanup ${run === true ? 'of all runs' : `of run ${run}`}`);
  const erased = await eraseIntake(run);
  const { filter, deleted } = deleteLoaded(run);
  const t = performance.now();
  psql(['dossier', 'dossier_history', 'dossier_book_entry', 'notification', 'dossier_daily_stat',
    'dossier_stat_rollup', 'dossier_unit_stat', 'dossier_erasure'].map((x) => `vacuum (analyze) ${x};`).join('\n'));
  console.log(`  vacuum (analyze): ${secs(performance.now() - t)}`);
  const [[left]] = psql(`select count(*) from dossier d where ${filter}
      or (d.content like 'BENCH-INTAKE ${run === true ? '' : `${run} `}%' and d.created_by = 'officer')`);
  const [[negative]] = psql('select count(*) from dossier_daily_stat where least(received, resolved_early, resolved_on_time, '
    + 'resolved_late, refused, withdrawn, stopped, returned, digitised) < 0');
  // the read models: every erasure applied (tombstones for all, nothing of the run still counted)
  const tv = performance.now();
  let m = readModels(erased, run);
  const applied = (x) => x.inspections.counted === 0 && x.inspections.late === 0
    && x.inspections.tombstones >= erased.length && x.parIndex.counted === 0 && x.parIndex.tombstones >= erased.length;
  while (!applied(m) && performance.now() - tv < VERIFY_TIMEOUT_MS) {
    await sleep(1000);
    m = readModels(erased, run);
  }
  console.log(`cleanup done in ${secs(performance.now() - t0)}: ${int(erased.length)} erased through the API, `
    + `${int(deleted)} deleted by SQL, ${left} left, ${negative} counter rows below zero`);
  console.log(`  inspections: ${m.inspections.counted} of the erased still counted, ${m.inspections.late} late records, `
    + `${m.inspections.tombstones} tombstones; ${m.inspections.loaded} SQL-loaded codes known`);
  console.log(`  par-index:   ${m.parIndex.counted} of the erased still counted, ${m.parIndex.tombstones} tombstones; `
    + `${m.parIndex.loaded} SQL-loaded codes known`);
  if (!applied(m) || m.inspections.loaded > 0 || m.parIndex.loaded > 0 || Number(left) > 0) {
    throw new Error(`the services do not agree after ${secs(performance.now() - tv)} (see the figures above)`);
  }
  console.log(`  inspections and par-index agree with dossiers (applied within ${secs(performance.now() - tv)})`);
}

// ------------------------------------------------------------------------------------------- main

/** The id range of an earlier run's rows, measured again without loading. */
function reuse(run) {
  const filter = `d.code like 'BENCH-${run}-%'`;
  const [[lo, hi, n]] = psql(`select min(id), max(id), count(*) from dossier d where ${filter}`);
  if (!(Number(n) > 0)) throw new Error(`no rows of run ${run} to reuse`);
  note(`\n== 1. reusing ${int(Number(n))} dossiers of run ${run} (no load)`);
  return { lo, hi, filter };
}

async function main() {
  if ('cleanup' in flags) {
    await cleanup(flags.cleanup === '' || flags.cleanup === true ? true : flags.cleanup);
    return;
  }
  if (!(ROWS > 0) || !(INTAKE >= 0) || !(BATCH > 0)) throw new Error('usage: dossiers.mjs [rows] [intake] [--batch=N] …');
  const procedures = await checkStack();
  const run = Date.now().toString(36).toUpperCase();
  const t0 = performance.now();
  const range = flags.reuse ? reuse(String(flags.reuse)) : load(run, procedures);
  if (!flags['load-only']) {
    if (INTAKE > 0) await intake(run);
    await reports();
    await watch(run, range);
  }
  console.log(`\n================ summary (run ${run}, ${int(ROWS)} rows, ${secs(performance.now() - t0)} in all) ================`);
  for (const line of summary) console.log(line);
  console.log(`\nThe benchmark rows stay in cchc_dossiers; remove them with: node deploy/local/bench/dossiers.mjs --cleanup=${run}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
