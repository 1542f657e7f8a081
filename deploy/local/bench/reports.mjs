#!/usr/bin/env node
// Benchmark row "period report at 10 M dossiers" (issue 16), on the running local stack (deploy/local/cchc up):
// the period report (GET /api/v1/dossiers/reports/period) and the QĐ 766 indicators (…/reports/indicators) of the
// dossiers service (port 8082) for the province H99 (inspector) and the commune H99.X01 (leader), over the last
// month, year and five years, grouped by UNIT, FIELD, PROCEDURE and CHANNEL: p50 / p95 of --repeat calls each
// (after one first call). Comparator: a plain GROUP BY on the dossier table answering the same question (received,
// resolved early / on time / late, carried over, in progress and overdue at the end, per group), timed by psql with
// the server's settings; ratio = plain ÷ report (p50).
//
// Data: the benchmark rows of dossiers.mjs (codes BENCH-<run>-…). With fewer than --rows of them in cchc_dossiers,
// the missing ones are loaded first by `dossiers.mjs <missing> 0 --load-only` (bulk load, its rows/s printed);
// with enough, they are reused as they are (a 10 M load is reusable between runs). --reuse: never load.
//
// --json <file>: writes { "rows": [ period report per scope, indicators per scope ] }; met = ratio ≥ 100 (the
//   smallest over the periods and groupings) and p95 ≤ 100 ms (over all of them). Exit 0 even when a goal is
//   missed; non-0 only when the measurement failed.
//
// Usage: node deploy/local/bench/reports.mjs [--json file] [--rows=10000000] [--reuse] [--repeat=20]
//          [--plain-repeat=1]
// Environment: CCHC_KEYCLOAK_URL, CCHC_DOSSIERS_URL, PSQL, CCHC_PG_HOST, CCHC_PG_PORT, CCHC_PG_USER,
// CCHC_PG_DATABASE.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFlags, percentile, pgConn, pgTool, psql as psqlIn } from '../lib/bench.mjs';
import { userToken } from '../lib/tokens.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const flags = parseFlags(['json', 'rows', 'reuse', 'repeat', 'plain-repeat'],
  'usage: reports.mjs [--json file] [--rows=N] [--reuse] [--repeat=N] [--plain-repeat=N]');
const ROWS = Number(flags.rows ?? 10_000_000);
const REPEAT = Number(flags.repeat ?? 20);
const PLAIN_REPEAT = Number(flags['plain-repeat'] ?? 1);
if (!(ROWS > 0) || !(REPEAT > 0) || !(PLAIN_REPEAT > 0)) {
  console.error('usage: reports.mjs [--json file] [--rows=N] [--reuse] [--repeat=N] [--plain-repeat=N]');
  process.exit(2);
}

const SERVICE = process.env.CCHC_DOSSIERS_URL ?? 'http://127.0.0.1:8082';
const GROUPINGS = { UNIT: 'receiving_unit_code', FIELD: 'field', PROCEDURE: 'procedure_code', CHANNEL: 'channel' };
const SCOPES = [['inspector', 'H99', 'province H99', '/H99/%'], ['leader', 'H99.X01', 'commune H99.X01', null]];

const DATABASE = process.env.CCHC_PG_DATABASE ?? 'cchc_dossiers';
const psql = (sql) => psqlIn(DATABASE, sql, { maxBuffer: 64 * 1024 * 1024 });

const int = (n) => Math.round(n).toLocaleString('en-US');

/** Today in Vietnam, shifted back. */
function vnDate(shift = {}) {
  const d = new Date(Date.now() + 7 * 3600 * 1000);
  if (shift.months) d.setUTCMonth(d.getUTCMonth() - shift.months);
  if (shift.years) d.setUTCFullYear(d.getUTCFullYear() - shift.years);
  if (shift.months || shift.years) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// ------------------------------------------------------------------------------------------- data

function ensureRows() {
  const [[have]] = psql("select count(*) from dossier where code like 'BENCH-%'");
  const n = Number(have);
  console.log(`benchmark dossiers in cchc_dossiers: ${int(n)} (wanted ${int(ROWS)}); all dossiers: `
    + `${int(Number(psql('select count(*) from dossier')[0][0]))}`);
  if (n >= ROWS || flags.reuse) return { loaded: 0, rate: null, have: n };
  const missing = ROWS - n;
  console.log(`loading ${int(missing)} more with dossiers.mjs --load-only …`);
  const r = spawnSync(process.execPath, [path.join(HERE, 'dossiers.mjs'), String(missing), '0', '--load-only'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(r.stdout ?? '');
  if (r.status !== 0) throw new Error(`dossiers.mjs --load-only exited with ${r.status}`);
  const m = /total load time: [\d.]+ s = ([\d,]+) rows\/s end to end/.exec(r.stdout);
  return { loaded: missing, rate: m ? Number(m[1].replace(/,/g, '')) : null, have: ROWS };
}

// ------------------------------------------------------------------------------------------- the two sides

async function timedGet(url, user) {
  const t = performance.now();
  const res = await fetch(url, { headers: { Authorization: `Bearer ${await userToken(user)}` } });
  const text = await res.text();
  const ms = performance.now() - t;
  if (!res.ok) throw new Error(`${url}: ${res.status} ${text.slice(0, 500)}`);
  return ms;
}

async function series(url, user) {
  await timedGet(url, user);
  const ms = [];
  for (let i = 0; i < REPEAT; i++) ms.push(await timedGet(url, user));
  return ms;
}

/** The same question by a plain GROUP BY on dossier: period flows and stocks per group. */
function plainSql(column, scope, from, to) {
  const start = `'${from}T00:00:00+07:00'`;
  const next = new Date(`${to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const end = `'${next.toISOString().slice(0, 10)}T00:00:00+07:00'`;
  return `select ${column},
    count(*) filter (where received_at >= ${start} and received_at < ${end}),
    count(*) filter (where resolved_at >= ${start} and resolved_at < ${end} and classification = 'EARLY'),
    count(*) filter (where resolved_at >= ${start} and resolved_at < ${end} and classification = 'ON_TIME'),
    count(*) filter (where resolved_at >= ${start} and resolved_at < ${end} and classification = 'LATE'),
    count(*) filter (where received_at < ${start} and (closed_at is null or closed_at >= ${start})),
    count(*) filter (where received_at < ${end} and (closed_at is null or closed_at >= ${end})),
    count(*) filter (where received_at < ${end} and (closed_at is null or closed_at >= ${end}) and due_at < now())
  from dossier where receiving_unit_path like '${scope}' group by 1;`;
}

/** psql \timing of each statement, --plain-repeat times; returns ms per statement (median of its repeats). */
function timePlain(statements) {
  const sql = `\\timing on\n${statements.flatMap((s) => Array(PLAIN_REPEAT).fill(s)).join('\n')}\n`;
  const r = spawnSync(pgTool('psql', 'PSQL'), [...pgConn(DATABASE), '-X', '-q', '-A', '-t', '-o', '/dev/null'], { input: sql, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`psql (plain queries): ${r.stderr}`);
  const times = [...r.stdout.matchAll(/Time: ([\d.]+) ms/g)].map((m) => Number(m[1]));
  if (times.length !== statements.length * PLAIN_REPEAT) throw new Error(`psql timing: ${times.length} times for ${statements.length * PLAIN_REPEAT} statements\n${r.stdout.slice(0, 500)}`);
  return statements.map((_, i) => percentile(times.slice(i * PLAIN_REPEAT, (i + 1) * PLAIN_REPEAT), 50));
}

// ------------------------------------------------------------------------------------------- main

async function main() {
  const ready = await fetch(`${SERVICE}/q/health/ready`).catch((e) => ({ status: e.cause?.code ?? e.message }));
  if (ready.status !== 200) throw new Error(`dossiers service not ready (${SERVICE}: ${ready.status}); is the stack up?`);
  const load = ensureRows();
  const [[total]] = psql('select count(*) from dossier');
  const dossiers = Number(total);
  const [[pending]] = psql('select count(*) from dossier_stat_pending');
  const [[path1]] = psql("select path from unit_copy where code = 'H99.X01'");
  SCOPES[1][3] = `${path1}%`;
  const to = vnDate();
  const periods = [['month', vnDate({ months: 1 })], ['year', vnDate({ years: 1 })], ['5 years', vnDate({ years: 5 })]];
  console.log(`\nreports at ${int(dossiers)} dossiers (${int(Number(pending))} counter rows pending a fold), `
    + `${REPEAT} calls each after one first call; plain GROUP BY ${PLAIN_REPEAT}× each`);
  const out = [];
  for (const [user, unit, label, scope] of SCOPES) {
    const cases = [];
    for (const [name, from] of periods) {
      for (const [by, column] of Object.entries(GROUPINGS)) {
        const ms = await series(`${SERVICE}/api/v1/dossiers/reports/period?unitCode=${unit}&from=${from}&to=${to}&groupBy=${by}`, user);
        cases.push({ name, by, ms, plainSql: plainSql(column, scope, from, to) });
      }
    }
    const plain = timePlain(cases.map((c) => c.plainSql));
    cases.forEach((c, i) => (c.plain = plain[i]));
    const all = cases.flatMap((c) => c.ms);
    for (const c of cases) {
      c.p50 = percentile(c.ms, 50);
      c.p95 = percentile(c.ms, 95);
      c.ratio = c.plain / c.p50;
      console.log(`  period report ${label.padEnd(16)} ${c.name.padEnd(8)} ${c.by.padEnd(9)} p50 ${c.p50.toFixed(1).padStart(7)} ms`
        + `  p95 ${c.p95.toFixed(1).padStart(7)} ms   plain GROUP BY ${c.plain.toFixed(0).padStart(7)} ms   ×${c.ratio.toFixed(0)}`);
    }
    const worst = cases.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    const slowest = cases.reduce((a, b) => (b.p95 > a.p95 ? b : a));
    const p50 = percentile(all, 50);
    const p95 = percentile(all, 95);
    out.push({
      measure: `period report, ${label}, ${int(dossiers)} dossiers (month / year / 5 years × 4 groupings)`,
      now: `p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
      comparator: `plain GROUP BY on dossier: ${percentile(cases.map((c) => c.plain), 50).toFixed(0)} ms (median of the 12)`,
      ratio: Number(worst.ratio.toFixed(1)),
      goal: '≥ 100× a plain query at 10 M; p95 ≤ 100 ms for any period and grouping',
      met: worst.ratio >= 100 && p95 <= 100 && slowest.p95 <= 100 && dossiers >= 10_000_000,
      detail: `smallest ratio ${worst.name} by ${worst.by} (${worst.plain.toFixed(0)} ms ÷ ${worst.p50.toFixed(1)} ms); `
        + `slowest p95 ${slowest.name} by ${slowest.by} ${slowest.p95.toFixed(1)} ms; ${REPEAT} calls per case`
        + `${dossiers < 10_000_000 ? `; measured at ${int(dossiers)} dossiers, the goal is at 10 M` : ''}`
        + `${load.rate ? `; load of ${int(load.loaded)} rows at ${int(load.rate)} rows/s` : ''}`,
    });
    // indicators: one question per period (no grouping); its plain comparator is the UNIT grouping's
    const ind = [];
    for (const [name, from] of periods) {
      const ms = await series(`${SERVICE}/api/v1/dossiers/reports/indicators?unitCode=${unit}&from=${from}&to=${to}`, user);
      const plainMs = cases.find((c) => c.name === name && c.by === 'UNIT').plain;
      const p = { name, ms, p50: percentile(ms, 50), p95: percentile(ms, 95), plain: plainMs };
      p.ratio = p.plain / p.p50;
      ind.push(p);
      console.log(`  indicators    ${label.padEnd(16)} ${name.padEnd(8)} ${''.padEnd(9)} p50 ${p.p50.toFixed(1).padStart(7)} ms`
        + `  p95 ${p.p95.toFixed(1).padStart(7)} ms   plain GROUP BY ${p.plain.toFixed(0).padStart(7)} ms   ×${p.ratio.toFixed(0)}`);
    }
    const iall = ind.flatMap((p) => p.ms);
    const iworst = ind.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    const ip95 = percentile(iall, 95);
    out.push({
      measure: `QĐ 766 indicators, ${label}, ${int(dossiers)} dossiers (month / year / 5 years)`,
      now: `p50 ${percentile(iall, 50).toFixed(1)} ms, p95 ${ip95.toFixed(1)} ms`,
      comparator: `plain GROUP BY on dossier: ${percentile(ind.map((p) => p.plain), 50).toFixed(0)} ms`,
      ratio: Number(iworst.ratio.toFixed(1)),
      goal: '≥ 100× a plain query at 10 M; p95 ≤ 100 ms for any period',
      met: iworst.ratio >= 100 && ip95 <= 100 && dossiers >= 10_000_000,
      detail: `smallest ratio ${iworst.name}; ${REPEAT} calls per period`
        + `${dossiers < 10_000_000 ? `; measured at ${int(dossiers)} dossiers, the goal is at 10 M` : ''}`,
    });
  }
  console.log('');
  for (const r of out) console.log(`${r.measure}: ${r.now}; ${r.comparator}; ratio ${r.ratio}; ${r.met ? 'met' : 'NOT met'}`);
  if (flags.json) fs.writeFileSync(flags.json, `${JSON.stringify({ rows: out }, null, 2)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
