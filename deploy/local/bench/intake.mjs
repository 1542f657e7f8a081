#!/usr/bin/env node
// Benchmark row "intake near the database's limit" (issue 16), on the running local stack (deploy/local/cchc up):
// dossiers/s received through the API of the dossiers service (POST /api/v1/dossiers on port 8082, not the gateway)
// at 1 / 4 / 16 concurrent clients, against the SQL limit: pgbench running the same statements as one intake, in one
// transaction (deploy/local/bench/intake.pgbench.sql, captured from the service), with as many clients.
// Runs are interleaved (API at c clients, then pgbench at c clients, then the next c; the order of the pair
// alternates between repeats), repeated --repeat times (3); the medians and the ratio API ÷ SQL are printed.
// First the API is loaded at the highest concurrency in 15-s windows until the JIT compilers of the stack's JVMs take
// under 5 % of their CPU (at most --warmup-max seconds, 600): a fresh service compiles for minutes under load, on the
// cores its requests need (its C2 thread took 56 % of the dossiers service's CPU after 100 s, 44 % after 200 s), and
// the figures of record are the steady state's. Each API run prints the compilers' share during it.
//
// pgbench writes into a scratch database (cchc_intake_bench: the schema of cchc_dossiers plus a copy of its unit,
// catalogue and calendar tables, made at the start and dropped at the end), so that its dossiers, outbox events and
// notifications are never seen by the relay, the notification job or the other services; same server, same schema,
// same statements, same counter rows contended (one receiving point).
// API dossiers are real: content "BENCH-INTAKE <run> A<clients>-<n>", created by the demo officer at H99.X01.MC
// (removed with the other benchmark rows by the benchmark cleanup, through the product's events).
//
// --waits: also samples pg_stat_activity / pg_locks every 10 ms during the API and pgbench runs at the highest
//   concurrency of the first repeat, and prints where the active backends were (CPU or wait event, and the relation
//   of an ungranted lock), to find what serialises concurrent intakes.
// --numbers-in-transaction: pgbench takes the code's sequence and the register numbers inside the intake's transaction
//   (for a service run with cchc.intake.numbers-apart=false); by default in a short transaction of their own, as the
//   service does.
// --json <file>: writes { "rows": [ one row per concurrency ] } (measure, now = API dossiers/s, comparator = pgbench
//   tps, ratio = API ÷ SQL, goal, met: ratio ≥ 0.5 and, from the second concurrency on, the API median not below the
//   previous concurrency's). Exit 0 even when a goal is missed; non-0 only when the measurement failed.
//
// Usage: node deploy/local/bench/intake.mjs [--json file] [--clients=1,4,16] [--repeat=3] [--seconds=10] [--waits]
//          [--warmup-max=600] [--keep-scratch] [--numbers-in-transaction]
// Environment: CCHC_KEYCLOAK_URL, CCHC_DOSSIERS_URL, PSQL, PGBENCH, PG_DUMP (paths of the PostgreSQL clients),
// CCHC_PG_HOST, CCHC_PG_PORT, CCHC_PG_USER, CCHC_PG_DATABASE.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuPer, cpuText, jitCpu, jitShare, parseFlags, pgTool, postJson, stackCpu, warmUntilCompiled } from '../lib/bench.mjs';
import { userToken } from '../lib/tokens.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const USAGE = 'usage: intake.mjs [--json file] [--clients=1,4,16] [--repeat=3] [--seconds=10] [--warmup-max=600] [--waits]';
const flags = parseFlags(['json', 'clients', 'repeat', 'seconds', 'waits', 'keep-scratch', 'numbers-in-transaction',
  'warmup-max'], USAGE);
const CLIENTS = String(flags.clients ?? '1,4,16').split(',').map(Number);
const REPEAT = Number(flags.repeat ?? 3);
const SECONDS = Number(flags.seconds ?? 10);
const WARMUP_MAX = Number(flags['warmup-max'] ?? 600);
if (CLIENTS.some((c) => !(c > 0)) || !(REPEAT > 0) || !(SECONDS > 0) || !(WARMUP_MAX >= 0)) {
  console.error(USAGE);
  process.exit(2);
}

const SERVICE = process.env.CCHC_DOSSIERS_URL ?? 'http://127.0.0.1:8082';
const HOST = process.env.CCHC_PG_HOST ?? '127.0.0.1';
const PORT = process.env.CCHC_PG_PORT ?? '55432';
const USER = process.env.CCHC_PG_USER ?? 'postgres';
const DB = process.env.CCHC_PG_DATABASE ?? 'cchc_dossiers';
const SCRATCH = 'cchc_intake_bench';
const PROCEDURE = '1.001193.000.00.00.H99';
const POINT = 'H99.X01.MC';
const DECIDING = 'H99.X01';
const SCRIPT = path.join(HERE, 'intake.pgbench.sql');
// the tables the intake reads, copied with their rows into the scratch database
const REFERENCE = ['unit_copy', 'catalogue_procedure', 'catalogue_procedure_version', 'calendar_year', 'calendar_entry'];

const PSQL = pgTool('psql', 'PSQL');
const PGBENCH = pgTool('pgbench', 'PGBENCH');
const PG_DUMP = pgTool('pg_dump', 'PG_DUMP');
const conn = (db) => ['-h', HOST, '-p', PORT, '-U', USER, '-d', db];

function psql(db, sql, input) {
  const r = spawnSync(PSQL, [...conn(db), '-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1', ...(sql ? ['-c', sql] : [])],
    { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`psql (${db}) exited with ${r.status}: ${r.stderr.trim().slice(0, 1500)}`);
  return r.stdout.split('\n').filter((l) => l.length).map((l) => l.split('\t'));
}

function run(cmd, argv, input) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, argv, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${path.basename(cmd)} exited with ${code}: ${err.trim().slice(-1500)}`))));
    p.stdin.end(input ?? '');
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f1 = (n) => n.toFixed(1);

// ------------------------------------------------------------------------------------------- scratch database

function makeScratch() {
  psql('postgres', `drop database if exists ${SCRATCH}`);
  psql('postgres', `create database ${SCRATCH}`);
  const schema = spawnSync(PG_DUMP, [...conn(DB), '--schema-only', '--no-owner'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (schema.status !== 0) throw new Error(`pg_dump --schema-only: ${schema.stderr}`);
  psql(SCRATCH, null, schema.stdout);
  const tables = REFERENCE.filter((t) => psql(DB, `select to_regclass('public.${t}') is not null`)[0][0] === 't');
  const data = spawnSync(PG_DUMP, [...conn(DB), '--data-only', '--no-owner', ...tables.flatMap((t) => ['-t', t])],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (data.status !== 0) throw new Error(`pg_dump --data-only: ${data.stderr}`);
  psql(SCRATCH, null, data.stdout);
  psql(SCRATCH, 'vacuum analyze');
}

function dropScratch() {
  if (!flags['keep-scratch']) psql('postgres', `drop database if exists ${SCRATCH}`);
}

// ------------------------------------------------------------------------------------------- the two sides

const RUN = Date.now().toString(36).toUpperCase();

function body(label, i) {
  const n = String(i).padStart(6, '0');
  return JSON.stringify({
    procedureCode: PROCEDURE,
    receivingUnitCode: POINT,
    decidingUnitCode: DECIDING,
    channel: 'DIRECT',
    applicant: { name: `Trần Thị Thử Tải ${label}${n}`, idNumber: `0019${n}00`.padEnd(12, '0'), phone: `0988${n}`,
      address: 'Thôn Một, xã An Phú' },
    content: `BENCH-INTAKE ${RUN} ${label} ${i}`,
    components: [{ name: 'Tờ khai đăng ký khai sinh', copies: 1 }, { name: 'Giấy chứng sinh', copies: 1 }],
    returnMethod: 'DIRECT',
  });
}

let sequence = 0;

/**
 * c clients posting one after another for `seconds`; dossiers/s counted from 201 answers, the CPU per intake across
 * the stack and the JVMs' JIT compilers' share of their CPU meanwhile.
 */
async function api(c, seconds = SECONDS) {
  const label = `A${c}-`;
  const errors = [];
  let ok = 0;
  const token = await userToken('officer');
  const cpu0 = stackCpu();
  const jit0 = jitCpu();
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(Array.from({ length: c }, async () => {
    while (performance.now() < end) {
      const i = sequence++;
      const { status, text } = await postJson(`${SERVICE}/api/v1/dossiers`, { Authorization: `Bearer ${token}` },
        body(label, i));
      if (status === 201) ok++;
      else {
        errors.push(`${status} ${text.slice(0, 200)}`);
        if (errors.length > 20) throw new Error(`intake keeps failing: ${errors.slice(-3).join(' | ')}`);
      }
    }
  }));
  const took = (performance.now() - t0) / 1000;
  return { rate: ok / took, errors, cpu: cpuPer(cpu0, stackCpu(), ok), jit: jitShare(jit0, jitCpu()) };
}

/** pgbench with c clients for SECONDS on the scratch database; tps without connection time. */
async function sql(c) {
  const cpu0 = stackCpu();
  const out = await run(PGBENCH, [...conn(SCRATCH), '-n', '-M', 'prepared', '-c', String(c), '-j', String(Math.min(c, 2)),
    '-T', String(SECONDS), '-f', SCRIPT, '-D', `apart=${flags['numbers-in-transaction'] ? 0 : 1}`, '-D', `run=${RUN}`, '-D', `point=${POINT}`, '-D', `deciding=${DECIDING}`,
    '-D', `procedure=${PROCEDURE}`]);
  const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
  if (!m) throw new Error(`pgbench: no tps in its output:\n${out}`);
  const failed = /number of failed transactions: (\d+)/.exec(out);
  const done = /number of transactions actually processed: (\d+)/.exec(out);
  await sleep(300); // the postmaster reaps pgbench's backends: their CPU is then counted in its children's time
  return { rate: Number(m[1]), failed: failed ? Number(failed[1]) : 0,
    cpu: done ? cpuPer(cpu0, stackCpu(), Number(done[1])) : null };
}

/** Samples where the active backends of db are every 10 ms while `work` runs. */
async function sampled(db, work) {
  const n = Math.ceil((SECONDS * 1000) / 10);
  const sampler = run(PSQL, [...conn(db), '-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1'], `
    create temp table s (w text);
    do $$ begin
      for i in 1..${n} loop
        insert into s select coalesce(a.wait_event_type || ':' || a.wait_event, 'CPU (no wait event)')
            || coalesce(' on ' || l.locktype || coalesce(' ' || l.relation::regclass::text, '')
                        || coalesce(' (' || l.mode || ')', '') || ': ' || left(regexp_replace(a.query, '[[:space:]]+', ' ', 'g'), 50), '')
          from pg_stat_activity a left join pg_locks l on l.pid = a.pid and not l.granted
          where a.datname = '${db}' and a.state = 'active' and a.backend_type = 'client backend';
        perform pg_stat_clear_snapshot();
        perform pg_sleep(0.01);
      end loop;
    end $$;
    select w, count(*), round(100.0 * count(*) / sum(count(*)) over (), 1) from s group by w order by 2 desc limit 12;`);
  const [result, out] = await Promise.all([work(), sampler]);
  const rows = out.split('\n').filter(Boolean).map((l) => l.split('\t'));
  return { result, rows };
}

function printWaits(label, rows) {
  console.log(`  where the active backends of ${label} were (samples every 10 ms):`);
  for (const [w, count, pct] of rows) console.log(`    ${pct.padStart(5)} %  ${count.padStart(6)}  ${w}`);
}

// ------------------------------------------------------------------------------------------- main

async function main() {
  const ready = await fetch(`${SERVICE}/q/health/ready`).catch((e) => ({ status: e.cause?.code ?? e.message }));
  if (ready.status !== 200) throw new Error(`dossiers service not ready (${SERVICE}: ${ready.status}); is the stack up?`);
  await userToken('officer');
  console.log(`intake benchmark, run ${RUN}: ${CLIENTS.join(' / ')} clients, ${SECONDS} s per run, ${REPEAT} repeats, `
    + `${PROCEDURE} at ${POINT}`);
  makeScratch();
  try {
    // warm-up (not counted): plans, caches, and the JIT until it has compiled the path (minutes on a fresh stack)
    await warmUntilCompiled((s) => api(Math.max(...CLIENTS), s), { maxSeconds: WARMUP_MAX, unit: ' dossiers/s' });
    await sql(Math.max(...CLIENTS));
    const results = new Map(CLIENTS.map((c) => [c, { api: [], sql: [], errors: 0, failed: 0, apiCpu: [], sqlCpu: [], jit: [] }]));
    for (let r = 0; r < REPEAT; r++) {
      for (const c of CLIENTS) {
        const row = results.get(c);
        const waits = flags.waits && r === 0 && c === Math.max(...CLIENTS);
        const sides = [
          async () => {
            const { result, rows } = waits ? await sampled(DB, () => api(c)) : { result: await api(c) };
            row.api.push(result.rate);
            row.apiCpu.push(result.cpu);
            row.jit.push(result.jit);
            row.errors += result.errors.length;
            for (const e of result.errors.slice(0, 2)) console.log(`    error: ${e}`);
            console.log(`  repeat ${r + 1}, ${String(c).padStart(2)} clients: API     ${f1(result.rate).padStart(7)} dossiers/s `
              + `(JIT compilers ${(100 * result.jit).toFixed(0)} % of the services' CPU)`);
            if (rows) printWaits(`the API run (${DB})`, rows);
          },
          async () => {
            const { result, rows } = waits ? await sampled(SCRATCH, () => sql(c)) : { result: await sql(c) };
            row.sql.push(result.rate);
            if (result.cpu) row.sqlCpu.push(result.cpu);
            row.failed += result.failed;
            console.log(`  repeat ${r + 1}, ${String(c).padStart(2)} clients: pgbench ${f1(result.rate).padStart(7)} tps`);
            if (rows) printWaits(`the pgbench run (${SCRATCH})`, rows);
          },
        ];
        if (r % 2) sides.reverse();
        for (const side of sides) await side();
      }
    }
    const out = [];
    let previous = null;
    // Where the CPU goes: an intake sets off work in every component (relay, Kafka, both consumers, the receipt
    // sender, PostgreSQL for all of them) on the same cores; a pgbench transaction only in PostgreSQL.
    console.log('\nCPU per intake across the stack (the run with the median rate at each concurrency):');
    // the CPU reading of the run whose rate is the median (the lower one of an even count)
    const pick = (rates, cpus) => cpus[rates.indexOf([...rates].sort((x, y) => x - y)[Math.floor((rates.length - 1) / 2)])];
    const cpuNotes = new Map();
    for (const c of CLIENTS) {
      const row = results.get(c);
      const sqlCpu = row.sqlCpu.length ? pick(row.sql, row.sqlCpu) : null;
      const note = `CPU per intake at ${c} client${c > 1 ? 's' : ''}: ${cpuText(pick(row.api, row.apiCpu))}; `
        + `per pgbench transaction: ${sqlCpu ? cpuText(sqlCpu) : 'not measured'}`;
      cpuNotes.set(c, note);
      console.log(`  ${note}`);
    }
    console.log('\nclients   API dossiers/s (median)   pgbench tps (median)   API ÷ SQL');
    for (const c of CLIENTS) {
      const row = results.get(c);
      const a = median(row.api);
      const s = median(row.sql);
      const ratio = a / s;
      const rising = previous === null || a >= previous;
      console.log(`${String(c).padStart(7)}   ${f1(a).padStart(22)}   ${f1(s).padStart(20)}   ${ratio.toFixed(2).padStart(9)}`
        + `${rising ? '' : '   (below the previous concurrency)'}`);
      out.push({
        measure: `intake (POST /api/v1/dossiers), dossiers/s at ${c} client${c > 1 ? 's' : ''}`,
        now: `${f1(a)}/s`,
        comparator: `the same SQL by pgbench: ${f1(s)} tps`,
        ratio: Number(ratio.toFixed(3)),
        goal: '≥ 0.5× of the SQL limit at every concurrency, and rising with clients',
        met: ratio >= 0.5 && rising,
        detail: `medians of ${REPEAT} interleaved ${SECONDS}-s runs; API ${row.api.map(f1).join(', ')}; pgbench `
          + `${row.sql.map(f1).join(', ')}; API errors ${row.errors}, pgbench failed transactions ${row.failed}; `
          + `JIT compilers ${row.jit.map((j) => (100 * j).toFixed(0)).join(', ')} % of the services' CPU in the API runs; `
          + cpuNotes.get(c),
      });
      previous = a;
    }
    if (flags.json) fs.writeFileSync(flags.json, `${JSON.stringify({ rows: out }, null, 2)}\n`);
  } finally {
    dropScratch();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
