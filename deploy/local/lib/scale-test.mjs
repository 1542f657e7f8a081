#!/usr/bin/env node
// Scale-out end-to-end test (issue 14 §1), run by deploy/local/scale-test on a stack started with
// `deploy/local/cchc up --replicas 2`:
//  - a steady workload through the two gateways (spread round robin by this client, as a load balancer would):
//    dossier intakes by the integration client (PUT /api/v1/dossiers/integration/<external id> with an
//    Idempotency-Key, so the gateway may send one again to another instance) and reads of procedures,
//    inspections and par-index;
//  - meanwhile, one instance of each service and one gateway is killed (kill -9) in turn, 3 s apart, each started
//    again at once in the background (deploy/local/cchc start <instance>); never two instances of one service;
//  - (first: waits until the demo data is seeded and the read models stand still; 20 s of workload before the
//    first kill)
//  - then checks: no client error (a connection refused by a dead gateway is sent to the other one: nothing was
//    sent), and every acknowledged dossier is in the read models of inspections (dossier_tally) and par-index
//    (dossier_fact) once, and counted once in their daily counters (dossier_day_stat, dossier_day: the sum of
//    `received` grew by exactly the number acknowledged).
// Prints the failover time per kill (kill → the gateway's "taken out of rotation" log line; kill → first success
// of that service), the counts, and ends "scale-out: N passed, N failed".
// Environment: CCHC_SCALE_SECONDS (shortest workload; it lasts until every killed instance is back, default 60),
// CCHC_SCALE_RATE (intakes per second, default 2),
// CCHC_KEYCLOAK_URL, PSQL, CCHC_PG_PORT.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { integrationToken } from './tokens.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../../..');
const CCHC = path.join(REPO, 'deploy/local/cchc');
const LOGS = path.join(REPO, '.local/logs');
const RUN = path.join(REPO, '.local/run');
const GATEWAYS = ['http://127.0.0.1:8080', 'http://127.0.0.1:18080'];
const SECONDS = Number(process.env.CCHC_SCALE_SECONDS ?? 60);
const RATE = Number(process.env.CCHC_SCALE_RATE ?? 2);
const PSQL = process.env.PSQL ?? findPsql();
const PG_PORT = process.env.CCHC_PG_PORT ?? '55432';
// killed in this order, one at a time; instance 1 of dossiers (the "first" one is not special)
const VICTIMS = [
  { name: 'dossiers', service: 'dossiers', port: 8082 },
  { name: 'procedures-2', service: 'procedures', port: 18081 },
  { name: 'inspections-2', service: 'inspections', port: 18083 },
  { name: 'par-index-2', service: 'par-index', port: 18084 },
  { name: 'gateway-2', service: 'gateway', port: 18080 },
];
const RUN_ID = Date.now().toString(36);
const UNIT = 'H99.X01.MC';

function findPsql() {
  const dirs = fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql') : [];
  const found = dirs.map((d) => `/usr/lib/postgresql/${d}/bin/psql`).filter((p) => fs.existsSync(p));
  return found.sort().pop() ?? 'psql';
}

function sql(db, query) {
  return execFileSync(PSQL, ['-h', '127.0.0.1', '-p', PG_PORT, '-U', 'postgres', '-d', db, '-tAq', '-v', 'ON_ERROR_STOP=1', '-c', query], {
    encoding: 'utf8',
  }).trim();
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const t0 = Date.now();
const at = () => ((Date.now() - t0) / 1000).toFixed(1).padStart(6);
const log = (line) => console.log(`${at()}s  ${line}`);

// ------------------------------------------------------------------------------------------ token
const token = integrationToken;

// ------------------------------------------------------------------------------------------ client
// A load balancer's part: round robin over the gateways; a refused connection (nothing sent) goes to the other.
let nextGateway = 0;
const stats = { requests: 0, gatewayFailovers: 0, rateLimited: 0, clientErrors: [], byService: {} };
// A 429 is the rate limit doing its job (docs/adr/0009-scale-out.md §3: while one gateway is down, the other enforces
// only its share of the per-user limit, and this workload is above one share): the client waits out Retry-After as
// a well-behaved integrator does, for as long as RATE_LIMIT_PATIENCE_MS from the request's first try (a gateway's
// restart took 111 s on a loaded machine, and a fixed 5 tries then turned waits into client errors).
const RATE_LIMIT_PATIENCE_MS = 180_000;
async function send(method, pathAndQuery, { body, headers = {}, service }) {
  const firstTry = Date.now();
  const order = [nextGateway++ % GATEWAYS.length];
  order.push((order[0] + 1) % GATEWAYS.length);
  for (;;) {
    for (const [i, g] of order.entries()) {
      try {
        const res = await fetch(GATEWAYS[g] + pathAndQuery, {
          method,
          body,
          headers: { Authorization: `Bearer ${await token()}`, ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
          signal: AbortSignal.timeout(20_000),
        });
        const text = await res.text();
        if (res.status === 429 && Date.now() - firstTry < RATE_LIMIT_PATIENCE_MS) {
          stats.rateLimited++;
          await sleep(1000 * Number(res.headers.get('retry-after') ?? 1));
          break; // again, from the first gateway of this request
        }
        stats.requests++;
        const s = (stats.byService[service] ??= { ok: 0, errors: 0, lastOk: 0 });
        if (res.ok) {
          s.ok++;
          s.lastOk = Date.now();
        } else {
          s.errors++;
          stats.clientErrors.push(`${at()}s ${method} ${pathAndQuery} -> ${res.status} ${text.slice(0, 160)}`);
        }
        return { status: res.status, text };
      } catch (e) {
        const refused = e?.cause?.code === 'ECONNREFUSED';
        if (refused && i === 0) {
          stats.gatewayFailovers++;
          continue; // nothing was sent: the other gateway
        }
        stats.requests++;
        (stats.byService[service] ??= { ok: 0, errors: 0, lastOk: 0 }).errors++;
        stats.clientErrors.push(`${at()}s ${method} ${pathAndQuery} -> ${e?.cause?.code ?? e.name}`);
        return { status: 0, text: String(e) };
      }
    }
  }
}

// ------------------------------------------------------------------------------------------ workload
const acknowledged = new Map(); // external id -> dossier code
const unacknowledged = [];
function intakeBody(i) {
  const n = String(i).padStart(6, '0');
  return JSON.stringify({
    procedureCode: '1.001193.000.00.00.H99',
    receivingUnitCode: UNIT,
    decidingUnitCode: 'H99.X01',
    channel: 'DIRECT',
    applicant: { name: `Thử Nhân Bản ${n}`, idNumber: `0029${n}00`.padEnd(12, '0'), phone: `0977${n}` },
    content: `SCALE ${RUN_ID} ${i}`,
    components: [{ name: 'Tờ khai', copies: 1 }],
    returnMethod: 'DIRECT',
  });
}

async function intake(i) {
  const externalId = `SCALE-${RUN_ID}-${i}`;
  // a client that got no answer sends the same request again (same key): never a second dossier
  for (let attempt = 0; attempt < 3; attempt++) {
    const r = await send('PUT', `/api/v1/dossiers/integration/${externalId}`, {
      body: intakeBody(i),
      headers: { 'Idempotency-Key': externalId },
      service: 'dossiers',
    });
    if (r.status === 200 || r.status === 201) {
      acknowledged.set(externalId, JSON.parse(r.text).code);
      return;
    }
    await sleep(500);
  }
  unacknowledged.push(externalId);
}

const READS = [
  ['procedures', '/api/v1/procedures?size=1'],
  ['inspections', '/api/v1/inspections/openapi'],
  ['par-index', '/api/v1/par-index/openapi'],
];

// runs until stopAt (set once the kills are over)
let stopAt = Infinity;
async function workload() {
  const inflight = new Set();
  let i = 0;
  while (Date.now() < stopAt) {
    const p1 = intake(i).finally(() => inflight.delete(p1));
    inflight.add(p1);
    const [service, url] = READS[i % READS.length];
    const p2 = send('GET', url, { service }).finally(() => inflight.delete(p2));
    inflight.add(p2);
    i++;
    await sleep(1000 / RATE);
  }
  await Promise.all([...inflight]);
  return i;
}

// ------------------------------------------------------------------------------------------ kills
function pidOf(name) {
  return Number(fs.readFileSync(path.join(RUN, `${name}.pid`), 'utf8').trim());
}

/** The time of the first gateway log line matching `pattern` after `since` (ms), in any gateway's log. */
function gatewayLogTime(pattern, since) {
  let best = null;
  for (const file of ['gateway.log', 'gateway-2.log']) {
    const p = path.join(LOGS, file);
    if (!fs.existsSync(p)) continue;
    for (const line of fs.readFileSync(p, 'utf8').split('\n')) {
      if (!line.includes(pattern)) continue;
      const m = line.match(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}),(\d{3})/);
      if (!m) continue;
      const t = new Date(`${m[1]}T${m[2]}.${m[3]}`).getTime(); // the gateway logs local time, as does this machine
      if (t >= since - 50 && (best === null || t < best)) best = t;
    }
  }
  return best;
}

/** Kills one instance, watches the failover, then starts it again in the background (yields when it is back). */
async function killAndRestart(victim) {
  const pid = pidOf(victim.name);
  const killedAt = Date.now();
  process.kill(pid, 'SIGKILL');
  log(`kill -9 ${victim.name} (pid ${pid})`);
  // the first success of that service after the kill (through either gateway)
  let firstOk = null;
  const okBefore = stats.byService[victim.service]?.ok ?? 0;
  for (let waited = 0; waited < 15_000; waited += 100) {
    await sleep(100);
    const s = stats.byService[victim.service];
    if (s && s.ok > okBefore && s.lastOk > killedAt) {
      firstOk = s.lastOk - killedAt;
      break;
    }
  }
  await sleep(3000);
  const ejected = victim.service === 'gateway' ? null : gatewayLogTime(`instance 127.0.0.1:${victim.port} taken out of rotation`, killedAt);
  const restarted = new Promise((resolve) => {
    const child = spawn(CCHC, ['start', victim.name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', async (code) => {
      const readyAt = Date.now();
      if (code !== 0) log(`cchc start ${victim.name} failed: ${out.slice(-400)}`);
      else log(`${victim.name} started again and ready (${((readyAt - killedAt) / 1000).toFixed(1)} s after the kill)`);
      let back = null;
      if (code === 0 && victim.service !== 'gateway') {
        for (let waited = 0; waited < 15_000 && back === null; waited += 250) {
          await sleep(250);
          back = gatewayLogTime(`instance 127.0.0.1:${victim.port} is back in rotation`, killedAt);
        }
      }
      resolve({
        victim: victim.name,
        restarted: code === 0,
        ejectedMs: ejected === null ? null : ejected - killedAt,
        firstOkMs: firstOk,
        downS: (readyAt - killedAt) / 1000,
        backInRotationS: back === null ? null : (back - killedAt) / 1000,
      });
    });
  });
  return restarted;
}

// ------------------------------------------------------------------------------------------ checks
function readModelCounts() {
  return {
    inspections: Number(sql('cchc_inspections', 'select coalesce(sum(received), 0) from dossier_day_stat')),
    parIndex: Number(sql('cchc_par_index', 'select coalesce(sum(received), 0) from dossier_day')),
  };
}

function presentOnce(db, table, column, codes) {
  if (codes.length === 0) return { present: 0 };
  const list = codes.map((c) => `'${c.replaceAll("'", "''")}'`).join(',');
  return { present: Number(sql(db, `select count(*) from ${table} where ${column} in (${list})`)) };
}

async function main() {
  for (const g of GATEWAYS) {
    const r = await fetch(`${g}/q/health/ready`).catch(() => null);
    if (!r?.ok) throw new Error(`${g} is not ready: start the stack with deploy/local/cchc up --replicas 2`);
  }
  // a fresh stack seeds its demo data (dossiers imports 300 historical ones) and the consumers apply it: wait until
  // the seed is done and the read models stand still, so that the counts below are the workload's only
  const quietSince = Date.now();
  let before = readModelCounts();
  for (let stable = 0, waited = 0; stable < 3 && waited < 180_000; waited += 3000) {
    await sleep(3000);
    const seeded = fs.readdirSync(LOGS).filter((f) => /^dossiers(-\d)?\.log(\.1)?$/.test(f))
      .some((f) => fs.readFileSync(path.join(LOGS, f), 'utf8').includes('demo dossiers: H99 seeded'));
    const now = readModelCounts();
    stable = seeded && now.inspections === before.inspections && now.parIndex === before.parIndex ? stable + 1 : 0;
    before = now;
  }
  log(`demo data seeded and read models quiet after ${((Date.now() - quietSince) / 1000).toFixed(0)} s`);
  log(`workload: ${RATE} intakes/s and ${RATE} reads/s through ${GATEWAYS.join(' and ')} (run ${RUN_ID}) until every killed instance is back, at least ${SECONDS} s`);
  const started = Date.now();
  const work = workload();
  await sleep(20_000); // steady state first (a stack just started is cold)
  // one victim after the other; each is started again in the background while the next one is killed (never
  // both instances of a service down at once)
  const restarts = [];
  for (const victim of VICTIMS) {
    restarts.push(killAndRestart(victim));
    await sleep(3000);
  }
  const failovers = await Promise.all(restarts);
  stopAt = Math.max(Date.now() + 5000, started + SECONDS * 1000);
  const sent = await work;
  log(`workload done: ${sent} intakes sent, ${acknowledged.size} acknowledged`);

  // downstream: every acknowledged dossier, once (up to 120 s for the consumers to catch up)
  const codes = [...acknowledged.values()];
  let insp;
  let par;
  let after;
  const drainStart = Date.now();
  for (let waited = 0; waited <= 120_000; waited += 2000) {
    insp = presentOnce('cchc_inspections', 'dossier_tally', 'dossier_code', codes);
    par = presentOnce('cchc_par_index', 'dossier_fact', 'code', codes);
    after = readModelCounts();
    if (insp.present === codes.length && par.present === codes.length
      && after.inspections - before.inspections >= codes.length && after.parIndex - before.parIndex >= codes.length) break;
    await sleep(2000);
  }
  log(`read models checked ${((Date.now() - drainStart) / 1000).toFixed(0)} s after the workload ended`);
  const counted = { inspections: after.inspections - before.inspections, parIndex: after.parIndex - before.parIndex };

  console.log('\n== failover (kill -9 of one instance; times from the kill)');
  console.log('instance        taken out (gateway log)  first success  ready again  back in rotation');
  for (const f of failovers) {
    console.log(`${f.victim.padEnd(15)} ${String(f.ejectedMs === null ? '-' : `${f.ejectedMs} ms`).padStart(23)}  ${String(f.firstOkMs === null ? '-' : `${f.firstOkMs} ms`).padStart(13)}  ${`${f.downS.toFixed(1)} s`.padStart(11)}  ${f.backInRotationS === null ? '-' : `${f.backInRotationS.toFixed(1)} s`}`);
  }
  console.log('\n== counts');
  console.log(`requests answered: ${stats.requests}; client errors: ${stats.clientErrors.length}; refused by a dead gateway and sent to the other: ${stats.gatewayFailovers}; 429 waited out: ${stats.rateLimited}`);
  for (const e of stats.clientErrors.slice(0, 20)) console.log(`  client error: ${e}`);
  console.log(`intakes acknowledged: ${acknowledged.size}; not acknowledged after 3 tries: ${unacknowledged.length}`);
  console.log(`inspections: ${insp.present} of ${codes.length} in dossier_tally, received counted ${counted.inspections} times (duplicates: ${counted.inspections - insp.present})`);
  console.log(`par-index:   ${par.present} of ${codes.length} in dossier_fact, received counted ${counted.parIndex} times (duplicates: ${counted.parIndex - par.present})`);

  const checks = [
    ['every victim killed and restarted', failovers.length === VICTIMS.length && failovers.every((f) => f.restarted)],
    ['no client error', stats.clientErrors.length === 0],
    ['every intake acknowledged', unacknowledged.length === 0 && acknowledged.size > 0],
    ['inspections holds every acknowledged dossier', insp.present === codes.length],
    ['inspections counted each once', counted.inspections === codes.length],
    ['par-index holds every acknowledged dossier', par.present === codes.length],
    ['par-index counted each once', counted.parIndex === codes.length],
    ['the gateway took every killed service instance out', failovers.filter((f) => f.victim !== 'gateway-2').every((f) => f.ejectedMs !== null)],
  ];
  let passed = 0;
  let failed = 0;
  console.log('');
  for (const [name, ok] of checks) {
    console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name}`);
    if (ok) passed++;
    else failed++;
  }
  console.log(`scale-out: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  console.log('scale-out: 0 passed, 1 failed');
  process.exit(1);
});
