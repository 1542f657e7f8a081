#!/usr/bin/env node
// Benchmark (not a test) of the event path on the running local stack (deploy/local/cchc up), issue 16 rows
// "event lag" and "receipt notifications":
//  - receives dossiers through the API of the dossiers service (port 8082, officer at H99.X01.MC; the gateway's
//    per-user limit would cap the rate) at a steady --rate per second for --seconds, up to --clients requests in
//    flight; each receipt writes one DossierReceived outbox event and one or two receipt notifications;
//  - event lag: for every DossierReceived of the run, the time from its outbox row (created_at, written in the
//    intake's transaction) to its inbox row in inspections and in par-index (applied_at, written in the consumer's
//    transaction): p50 / p99 / max per consumer, over the whole run and per minute (flat or rising);
//  - notifications, first, on a quiet service: receipts at a province's morning peak (--peak-per-hour, 3,000, for
//    --peak-seconds, 120), the time from each notification row (created in the intake's transaction) to its sent_at;
//    the same figure is printed for the receipts of the event run (far above any peak);
//  - the rate the run reached (a 2-core machine may not hold the asked rate: the figure says what was measured).
// The dossiers stay (content "BENCH-INTAKE <run> E <i>"): remove them with node deploy/local/bench/dossiers.mjs --cleanup.
//
// Usage: node deploy/local/bench/events.mjs [--rate=200] [--seconds=300] [--clients=32] [--peak-per-hour=3000]
//          [--peak-seconds=120] [--json <file>]
// Environment: CCHC_DOSSIERS_URL, PSQL, CCHC_PG_HOST, CCHC_PG_PORT, CCHC_PG_USER.

import fs from 'node:fs';
import { cpuPer, cpuText, parseFlags, percentile, postJson, psql, stackCpu } from '../lib/bench.mjs';
import { userToken } from '../lib/tokens.mjs';

const flags = parseFlags(['rate', 'seconds', 'clients', 'json', 'peak-per-hour', 'peak-seconds'],
  'usage: events.mjs [--rate=200] [--seconds=300] [--clients=32] [--peak-per-hour=3000] [--peak-seconds=120] [--json <file>]');
const RATE = Number(flags.rate ?? 200);
const SECONDS = Number(flags.seconds ?? 300);
const CLIENTS = Number(flags.clients ?? 32);
const PEAK_PER_HOUR = Number(flags['peak-per-hour'] ?? 3000);
const PEAK_SECONDS = Number(flags['peak-seconds'] ?? 120);
const SERVICE = process.env.CCHC_DOSSIERS_URL ?? 'http://127.0.0.1:8082';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = percentile;
const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '–');

function body(run, i, label = 'E') {
  const n = String(i).padStart(7, '0');
  return JSON.stringify({
    procedureCode: '1.001193.000.00.00.H99',
    receivingUnitCode: 'H99.X01.MC',
    decidingUnitCode: 'H99.X01',
    channel: 'DIRECT',
    applicant: { name: `Trần Thị Thử Tải ${label}${n}`, idNumber: `0019${n}0`.padEnd(12, '0'), phone: `098${n}`,
      email: `bench-${run.toLowerCase()}-${label.toLowerCase()}${i}@example.vn`, address: 'Thôn Một, xã An Phú' },
    content: `BENCH-INTAKE ${run} ${label} ${i}`,
    components: [{ name: 'Tờ khai đăng ký khai sinh', copies: 1 }],
    returnMethod: 'DIRECT',
  });
}

async function drive(run, rate = RATE, seconds = SECONDS, label = 'E') {
  const codes = [];
  const errors = [];
  let next = 0;
  let inFlight = 0;
  let dropped = 0;
  const total = Math.round(rate * seconds);
  const t0 = performance.now();
  const token = await userToken('officer');
  const pending = new Set();
  // arrivals stop at --seconds even when the service fell behind (the rate reached is then below the rate asked)
  while (next < total && performance.now() - t0 < seconds * 1000) {
    const due = t0 + (next * 1000) / rate;
    const now = performance.now();
    if (due > now) await sleep(due - now);
    if (inFlight >= CLIENTS) {
      // the service does not keep up: this arrival waits for a free client (counted as late); the rate reached says
      // what the service sustained
      dropped++;
      while (inFlight >= CLIENTS) await Promise.race(pending);
    }
    const i = next++;
    inFlight++;
    const p = postJson(`${SERVICE}/api/v1/dossiers`, { Authorization: `Bearer ${await userToken('officer')}` },
      body(run, i, label)).then(({ status, text }) => {
      if (status === 201) codes.push(JSON.parse(text).code);
      else if (errors.length < 20) errors.push(`${status} ${text.slice(0, 200)}`);
    }).catch((e) => errors.length < 20 && errors.push(String(e))).finally(() => {
      inFlight--;
      pending.delete(p);
    });
    pending.add(p);
  }
  await Promise.all(pending);
  void token;
  return { codes, errors, dropped, seconds: (performance.now() - t0) / 1000 };
}

function receiptDelays(run, label) {
  return psql('cchc_dossiers', `select extract(epoch from n.created_at) * 1000, extract(epoch from n.sent_at) * 1000
    from notification n join dossier d on d.id = n.dossier_id
    where d.content like 'BENCH-INTAKE ${run} ${label} %' and n.template = 'RECEIPT'`)
    .map(([c, s]) => (s ? Number(s) - Number(c) : null));
}

function lags(codes, run) {
  const list = codes.map((c) => `'${c.replace(/'/g, '')}'`).join(',');
  const events = psql('cchc_dossiers', `select id, extract(epoch from created_at) * 1000 from outbox_event
    where event_type = 'DossierReceived' and event_key in (${list})`);
  const created = new Map(events.map(([id, at]) => [id, Number(at)]));
  const ids = [...created.keys()].map((id) => `'${id}'`).join(',');
  const out = {};
  for (const [name, db] of [['inspections', 'cchc_inspections'], ['par-index', 'cchc_par_index']]) {
    const rows = ids ? psql(db, `select event_id, extract(epoch from applied_at) * 1000 from inbox_event
      where event_id in (${ids})`) : [];
    out[name] = rows.map(([id, at]) => ({ at: created.get(id), lag: Number(at) - created.get(id) })).filter((r) => r.at);
  }
  return { events: created.size, consumers: out, notes: receiptDelays(run, 'E') };
}

function summary(label, samples) {
  const s = samples.map((r) => r.lag).sort((a, b) => a - b);
  const first = samples.length ? Math.min(...samples.map((r) => r.at)) : 0;
  const minutes = new Map();
  for (const r of samples) {
    const m = Math.floor((r.at - first) / 60000);
    if (!minutes.has(m)) minutes.set(m, []);
    minutes.get(m).push(r.lag);
  }
  const perMinute = [...minutes.entries()].sort((a, b) => a[0] - b[0])
    .map(([, v]) => pct(v.sort((a, b) => a - b), 99));
  console.log(`  ${label.padEnd(12)} n=${s.length}  p50=${ms(pct(s, 50))}  p99=${ms(pct(s, 99))}  max=${ms(s[s.length - 1])}`
    + `  p99 per minute: ${perMinute.map((v) => Math.round(v)).join(' / ')} ms`);
  return { n: s.length, p50: pct(s, 50), p99: pct(s, 99), max: s[s.length - 1], perMinute };
}

async function main() {
  const ready = await fetch(`${SERVICE}/q/health/ready`).catch(() => null);
  if (!ready || ready.status !== 200) throw new Error(`dossiers not ready at ${SERVICE}: is the stack up?`);
  const run = Date.now().toString(36).toUpperCase();
  // 1. a morning peak of receipts (3,000 an hour) on a quiet service: the time to send each receipt
  console.log(`== receipts: a peak of ${PEAK_PER_HOUR}/h for ${PEAK_SECONDS} s, run ${run}`);
  const peak = await drive(run, PEAK_PER_HOUR / 3600, PEAK_SECONDS, 'P');
  let peakDelays = [];
  for (const t = performance.now(); performance.now() - t < 120_000;) {
    peakDelays = receiptDelays(run, 'P');
    if (peakDelays.every((v) => v !== null)) break;
    await sleep(2000);
  }
  const peakSent = peakDelays.filter((v) => v !== null).sort((a, b) => a - b);
  console.log(`  receipts   n=${peakDelays.length} (${peak.codes.length} dossiers) sent=${peakSent.length}  p50=${ms(pct(peakSent, 50))}  `
    + `p99=${ms(pct(peakSent, 99))}  max=${ms(peakSent[peakSent.length - 1])}`);
  // 2. the event rate
  console.log(`== events: ${RATE} receipts/s (one DossierReceived each) for ${SECONDS} s, ≤ ${CLIENTS} in flight, run ${run}`);
  const cpu0 = stackCpu();
  const d = await drive(run);
  const reached = d.codes.length / d.seconds;
  // what one received dossier costs across the stack (intake, relay, Kafka, both consumers, the receipt sender,
  // PostgreSQL): the cores bound the rate any driver reaches
  const cpuNote = `CPU per received dossier: ${cpuText(cpuPer(cpu0, stackCpu(), d.codes.length))}`;
  console.log(`  ${cpuNote}`);
  console.log(`  sent ${d.codes.length} in ${d.seconds.toFixed(1)} s = ${reached.toFixed(1)}/s; arrivals that waited for a free client: `
    + `${d.dropped}; errors: ${d.errors.length}${d.errors.length ? ` (${d.errors.slice(0, 3).join(' | ')})` : ''}`);
  // wait until both consumers applied every event (or 120 s)
  let l;
  const t = performance.now();
  for (;;) {
    l = lags(d.codes, run);
    const done = Object.values(l.consumers).every((v) => v.length >= l.events);
    const notesDone = l.notes.every((v) => v !== null);
    if ((done && notesDone) || performance.now() - t > 120_000) break;
    await sleep(2000);
  }
  console.log(`  events: ${l.events}; applied: ${Object.entries(l.consumers).map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
  const per = {};
  for (const [k, v] of Object.entries(l.consumers)) per[k] = summary(k, v);
  const sentNotes = l.notes.filter((v) => v !== null).sort((a, b) => a - b);
  console.log(`  receipts   n=${l.notes.length} sent=${sentNotes.length}  p50=${ms(pct(sentNotes, 50))}  `
    + `p99=${ms(pct(sentNotes, 99))}  max=${ms(sentNotes[sentNotes.length - 1])}  (offered ${Math.round(reached * 3600)}/h)`);
  const worstP99 = Math.max(...Object.values(per).map((v) => v.p99));
  const flat = Object.values(per).every((v) => v.perMinute.length < 2 || v.perMinute[v.perMinute.length - 1] <= Math.max(1000, 2 * v.perMinute[0]));
  const allApplied = Object.values(l.consumers).every((v) => v.length >= l.events);
  const rows = [
    {
      measure: `event lag p99, received → inspections and par-index, at ${reached.toFixed(0)} events/s for ${Math.round(d.seconds)} s`,
      now: `p99 ${ms(worstP99)} (p50 ${Object.entries(per).map(([k, v]) => `${k} ${ms(v.p50)}`).join(', ')}; per-minute p99 ${per.inspections?.perMinute.map((v) => Math.round(v)).join('/')} ms)`,
      comparator: '1 s',
      ratio: worstP99 / 1000,
      goal: 'p99 ≤ 1 s at a sustained 200 events/s, flat over 5 minutes',
      met: worstP99 <= 1000 && reached >= 0.95 * 200 && d.seconds >= 295 && flat && allApplied,
      detail: `asked ${RATE}/s, reached ${reached.toFixed(1)}/s, late arrivals ${d.dropped}, all applied: ${allApplied}; ${cpuNote}`,
    },
    {
      measure: `receipt notifications, a peak of ${PEAK_PER_HOUR}/h for ${PEAK_SECONDS} s, time to sent`,
      now: `p99 ${ms(pct(peakSent, 99))}, max ${ms(peakSent[peakSent.length - 1])}, ${peakSent.length}/${peakDelays.length} sent`,
      comparator: '60 s',
      ratio: peakSent[peakSent.length - 1] / 60000,
      goal: '≥ 3,000 receipts/hour, each sent within 1 min',
      met: PEAK_PER_HOUR >= 3000 && peakDelays.length > 0 && peakSent.length === peakDelays.length
        && peakSent[peakSent.length - 1] <= 60000,
      detail: `notification.created_at (intake transaction) → sent_at; during the ${reached.toFixed(0)}/s event run `
        + `(${Math.round(reached * 3600)} receipts/h) the sender sent ${sentNotes.length}/${l.notes.length}, `
        + `p99 ${ms(pct(sentNotes, 99))}`,
    },
  ];
  if (flags.json) fs.writeFileSync(flags.json, JSON.stringify({ rows }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
