#!/usr/bin/env node
// Benchmark (not a test): resident memory of the running local stack (deploy/local/cchc up), issue 16 row "resident
// memory". Run it after a load (the bench command runs it last). For each component it sums, over the process and its
// descendants (PostgreSQL's backends), the resident set (VmRSS) and the proportional set (Pss, shared pages divided
// among their users; the fair figure for a sum); the JVM services also report their heap use through /q/metrics.
//
// Usage: node deploy/local/bench/memory.mjs [--json=<file>]

import fs from 'node:fs';
import { stackComponents } from '../lib/bench.mjs';

const argv = process.argv.slice(2);
const jsonFile = argv.find((a) => a.startsWith('--json='))?.slice(7) ?? (argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : undefined);
const SERVICES = { procedures: 8081, dossiers: 8082, inspections: 8083, 'par-index': 8084, gateway: 8080 };

function kib(file, field) {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(file, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

async function heapUsed(port) {
  try {
    const text = await (await fetch(`http://127.0.0.1:${port}/q/metrics`)).text();
    let sum = 0;
    for (const m of text.matchAll(/^jvm_memory_used_bytes\{[^}]*area="heap"[^}]*\} ([\d.eE+]+)/gm)) sum += Number(m[1]);
    return sum / 1024 / 1024;
  } catch {
    return NaN;
  }
}

async function main() {
  const rows = [];
  let stackPss = 0;
  console.log(`== memory: ${'component'.padEnd(14)} ${'RSS MiB'.padStart(9)} ${'PSS MiB'.padStart(9)} ${'heap used'.padStart(10)}`);
  const counted = stackComponents();
  if (!counted.some((c) => c.name in SERVICES)) throw new Error('no service pid in .local/run: is the stack up?');
  const services = [];
  for (const c of counted) {
    const { pids } = c;
    const rss = pids.reduce((a, p) => a + kib(`/proc/${p}/status`, 'VmRSS'), 0) / 1024;
    const pss = pids.reduce((a, p) => a + kib(`/proc/${p}/smaps_rollup`, 'Pss'), 0) / 1024;
    stackPss += pss;
    const base = c.name.replace(/-\d+$/, '');
    const heap = base in SERVICES && !/-\d+$/.test(c.name) ? await heapUsed(SERVICES[base]) : NaN;
    console.log(`           ${c.name.padEnd(14)} ${rss.toFixed(0).padStart(9)} ${pss.toFixed(0).padStart(9)} `
      + `${Number.isFinite(heap) ? `${heap.toFixed(0)} MiB` : '–'}`.padStart(10));
    if (base in SERVICES) services.push({ name: c.name, rss });
  }
  const worst = services.reduce((a, b) => (b.rss > a.rss ? b : a));
  console.log(`           stack total PSS ${stackPss.toFixed(0)} MiB`);
  rows.push({
    measure: 'resident memory per service after load (largest)',
    now: `${worst.rss.toFixed(0)} MiB (${worst.name}); ${services.map((s) => `${s.name} ${s.rss.toFixed(0)}`).join(', ')}`,
    comparator: 'Quarkus lab CRUD service ≈ 270 MB',
    ratio: worst.rss / 270,
    goal: '≤ 300 MB per service under load',
    met: worst.rss * 1.048576 <= 300,
    detail: 'VmRSS of each service JVM',
  });
  rows.push({
    measure: 'whole stack (PSS: services, gateway, Kafka, Keycloak, PostgreSQL, mail)',
    now: `${(stackPss / 1024).toFixed(2)} GiB`,
    comparator: '2.5 GB',
    ratio: (stackPss * 1.048576) / 2500,
    goal: 'the stack ≤ 2.5 GB',
    met: stackPss * 1.048576 <= 2500,
    detail: 'sum of Pss over every component process tree',
  });
  if (jsonFile) fs.writeFileSync(jsonFile, JSON.stringify({ rows }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
