#!/usr/bin/env node
// The performance benchmark of issue 16 (not a test): runs every row against the running local stack, side by side
// with its comparator, and prints one table with ratios (docs/performance.md). Called by deploy/local/bench/bench,
// which starts the stack first when it is not up.
//
// Rows, in this order (each script can also be run alone; see its header):
//   gateway.mjs   GET added latency at 1 client and throughput at 16 clients, gateway vs a bare Node proxy; CPU per GET
//   intake.mjs    POST /api/v1/dossiers at 1 / 4 / 16 clients vs the same SQL by pgbench
//   events.mjs    event lag received → inspections and par-index at 200 events/s for 5 min; receipt notifications
//   reports.mjs   period report and indicators at 10 M dossiers vs a plain GROUP BY (loads 10 M once, reused)
//   memory.mjs    resident memory per service and of the whole stack, after the load above
//
// Usage: node deploy/local/bench/bench.mjs [--quick] [--only=gateway,intake,events,reports,memory] [--out=<dir>]
//   --quick: shorter runs (events 60 s, reports at 1 M) to try the command; the figures of record use the defaults.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { psql, settle } from '../lib/bench.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../../..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const out = args.find((a) => a.startsWith('--out='))?.slice(6)
  ?? path.join(REPO, '.local/bench', new Date().toISOString().replace(/[:.]/g, '-'));
fs.mkdirSync(out, { recursive: true });

const STEPS = [
  ['gateway', 'gateway.mjs', quick ? ['--seconds=2', '--repeats=1', '--warmup-max=30'] : []],
  ['intake', 'intake.mjs', quick ? ['--seconds=5', '--repeat=1', '--warmup-max=60'] : []],
  ['events', 'events.mjs', quick ? ['--rate=200', '--seconds=60'] : ['--rate=200', '--seconds=300']],
  ['reports', 'reports.mjs', quick ? ['--rows=1000000', '--repeat=5'] : ['--rows=10000000']],
  ['memory', 'memory.mjs', []],
];

const results = [];
const started = Date.now();
for (const [name, script, extra] of STEPS) {
  if (only && !only.includes(name)) continue;
  const file = path.join(HERE, script);
  if (!fs.existsSync(file)) {
    results.push({ step: name, error: `${script} is missing` });
    continue;
  }
  const json = path.join(out, `${name}.json`);
  const log = path.join(out, `${name}.log`);
  console.log(`\n######## ${name}: node ${path.relative(REPO, file)} ${extra.join(' ')} (log: ${path.relative(REPO, log)})`);
  // Every row starts from written-out pages: right after the 10 M load, the checkpoint writing gigabytes of dirty pages
  // made each commit's fsync take tens of ms, and the first intake figures (3 dossiers/s at 1 client) measured that.
  try {
    const c = Date.now();
    psql('postgres', 'checkpoint');
    console.log(`  (checkpoint before ${name}: ${((Date.now() - c) / 1000).toFixed(1)} s)`);
  } catch (e) {
    console.log(`  (no checkpoint before ${name}: ${e.message.split('\n')[0]})`);
  }
  // ... and from a stack that has finished what came before: the previous row's events, or the late-dossier watch
  // marking the dossiers that fell overdue while the stack was down (17 k after a day off, minutes of work)
  const waited = await settle();
  if (waited > 11) console.log(`  (waited ${waited.toFixed(0)} s for a quiet stack before ${name})`);
  const t = Date.now();
  const r = spawnSync('node', [file, ...extra, '--json', json], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 30 });
  fs.writeFileSync(log, `${r.stdout ?? ''}\n--- stderr ---\n${r.stderr ?? ''}`);
  process.stdout.write(r.stdout ?? '');
  if (r.status !== 0 || !fs.existsSync(json)) {
    console.log(`  ${name} FAILED (exit ${r.status}): ${(r.stderr ?? '').trim().split('\n').slice(-5).join(' | ')}`);
    results.push({ step: name, error: `exit ${r.status}` });
    continue;
  }
  for (const row of JSON.parse(fs.readFileSync(json, 'utf8')).rows) results.push({ step: name, ...row });
  console.log(`  (${name}: ${((Date.now() - t) / 1000).toFixed(0)} s)`);
}

const table = [
  '| measure | now | comparator | ratio | goal | met |',
  '|---|---|---|---|---|---|',
  ...results.map((r) => (r.error
    ? `| ${r.step} | – | – | – | – | measurement failed: ${r.error} |`
    : `| ${r.measure} | ${r.now} | ${r.comparator ?? '–'} | ${typeof r.ratio === 'number' && Number.isFinite(r.ratio) ? r.ratio.toFixed(2) : '–'} | ${r.goal} | ${r.met ? 'yes' : 'no'} |`)),
];
const summary = `# Benchmark ${new Date().toISOString()} (${((Date.now() - started) / 60000).toFixed(1)} min, ${quick ? 'quick' : 'full'})\n\n${table.join('\n')}\n`;
fs.writeFileSync(path.join(out, 'table.md'), summary);
console.log(`\n${summary}\nwritten to ${path.relative(REPO, path.join(out, 'table.md'))}`);
process.exit(results.some((r) => r.error) ? 1 : 0);
