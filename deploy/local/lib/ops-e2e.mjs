#!/usr/bin/env node
// HTTP side of the operations end-to-end test (deploy/local/lib/ops-e2e.sh), through the gateway of the running
// local stack with real Keycloak tokens. Each command reads and writes JSON files in a work directory:
//
//   write DIR [name]      receive a dossier (officer, H99.X01.MC) and upload a PAR evidence file (leader, to the
//                         2026 DRAFT assessment of H99.X01); remembers them in DIR/<name>.json (default written)
//   answers DIR NAME      the API's answers about what `write` made, and the read models around it: the dossier,
//                         the evidence file's SHA-256, the assessment's automatic figures, the live evidence
//                         figures of the demo inspection of H99.X01 → DIR/NAME.json
//   compare DIR A B       exit 1 unless DIR/A.json and DIR/B.json hold the same answers (differences printed)
//   absent DIR NAME       exit 1 unless the dossier remembered in DIR/NAME.json is unknown (404)
//   load DIR SECONDS RATE concurrent dossier intake for SECONDS at RATE requests/s (4 clients), one outcome per
//                         request → DIR/load.json: HTTP status and dossier code, or the network error
//
// Environment: CCHC_GATEWAY_URL (default http://127.0.0.1:8080), CCHC_KEYCLOAK_URL (http://127.0.0.1:8180).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { userToken } from './tokens.mjs';

const GATEWAY = process.env.CCHC_GATEWAY_URL ?? 'http://127.0.0.1:8080';
const PROCEDURE = '1.001193.000.00.00.H99';
const POINT = 'H99.X01.MC';
const UNIT = 'H99.X01';
// The smallest file the evidence upload accepts as a PDF (its type is checked against the content).
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

const token = userToken;

async function call(method, url, username, { json, body, type } = {}) {
  const headers = { Authorization: `Bearer ${await token(username)}` };
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  if (type) headers['Content-Type'] = type;
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${GATEWAY}${url}`, { method, headers, body: json !== undefined ? JSON.stringify(json) : body });
    if (res.status === 429 && attempt < 10) {
      await sleep(1000 * Number(res.headers.get('retry-after') ?? 1));
      continue;
    }
    const buf = Buffer.from(await res.arrayBuffer());
    return { status: res.status, buf, text: () => buf.toString('utf8'), json: () => JSON.parse(buf.toString('utf8')) };
  }
}

async function ok(method, url, username, options, expected = [200]) {
  const r = await call(method, url, username, options);
  if (!expected.includes(r.status)) throw new Error(`${method} ${url} as ${username}: ${r.status} ${r.text().slice(0, 500)}`);
  return r;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const writeJson = (file, value) => fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

function dossierBody(marker, i) {
  const n = String(i).padStart(6, '0');
  return {
    procedureCode: PROCEDURE,
    receivingUnitCode: POINT,
    decidingUnitCode: UNIT,
    channel: 'DIRECT',
    applicant: { name: `Lê Văn Vận Hành ${n}`, idNumber: `0029${n}00`.padEnd(12, '0'), phone: `0977${n}`, address: 'Thôn Hai, xã An Phú' },
    content: `${marker} ${i}`,
    components: [{ name: 'Tờ khai đăng ký khai sinh', copies: 1 }],
    returnMethod: 'DIRECT',
  };
}

async function draftAssessment() {
  const list = (await ok('GET', `/api/v1/par-index/assessments?year=2026&unitCode=${UNIT}`, 'leader')).json();
  const items = Array.isArray(list) ? list : (list.items ?? list.content ?? []);
  const draft = items.find((a) => a.status === 'DRAFT' && a.unitCode === UNIT) ?? items.find((a) => a.unitCode === UNIT);
  if (!draft) throw new Error(`no 2026 assessment of ${UNIT} (demo data): ${JSON.stringify(list).slice(0, 300)}`);
  return draft.id;
}

async function demoInspection() {
  const list = (await ok('GET', '/api/v1/inspections?size=500', 'inspector')).json();
  const items = Array.isArray(list) ? list : (list.items ?? list.content ?? []);
  const found = items.find((i) => (i.unitCode ?? i.unit?.code) === UNIT);
  if (!found) throw new Error(`no demo inspection of ${UNIT}: ${JSON.stringify(list).slice(0, 300)}`);
  return found.id;
}

// The demo data appear once the services have received the units (a fresh stack: up to a minute or two).
async function eventually(what, fn, seconds = 180) {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > until) throw e;
      console.log(`ops-e2e: waiting for ${what} (${e.message.slice(0, 120)})`);
      await sleep(5000);
    }
  }
}

async function write(dir, name = 'written') {
  const marker = `OPS-E2E ${new Date().toISOString()} ${name}`;
  const assessment = await eventually('the demo PAR assessment', draftAssessment);
  await eventually('the demo inspection', demoInspection);
  const dossier = (
    await eventually('the dossiers catalogue', () => ok('POST', '/api/v1/dossiers', 'officer', { json: dossierBody(marker, 1) }, [201]))
  ).json();
  const doc = (
    await ok('POST', `/api/v1/par-index/assessments/${assessment}/evidence?filename=${encodeURIComponent(`${name}.pdf`)}`,
      'leader', { body: PDF, type: 'application/pdf' }, [201])
  ).json();
  const state = { dossier: dossier.code, assessment, document: doc.id, documentSha256: crypto.createHash('sha256').update(PDF).digest('hex') };
  writeJson(path.join(dir, `${name}.json`), state);
  console.log(`ops-e2e: wrote dossier ${dossier.code} and evidence ${doc.id} (assessment ${assessment})`);
}

// Answers that change with the clock alone are left out (nothing else).
function stable(value) {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !['generatedAt', 'computedAt', 'asOfTime'].includes(k))
      .map(([k, v]) => [k, stable(v)]));
  }
  return value;
}

async function answers(dir, name) {
  const state = readJson(path.join(dir, 'written.json'));
  const inspection = await demoInspection();
  const dossier = (await ok('GET', `/api/v1/dossiers/${encodeURIComponent(state.dossier)}`, 'officer')).json();
  const content = await ok('GET', `/api/v1/par-index/assessments/${state.assessment}/evidence/${state.document}/content`, 'leader');
  const out = stable({
    dossier,
    evidenceFileSha256: crypto.createHash('sha256').update(content.buf).digest('hex'),
    evidence: (await ok('GET', `/api/v1/par-index/assessments/${state.assessment}/evidence`, 'leader')).json(),
    automatic: (await ok('GET', `/api/v1/par-index/assessments/${state.assessment}/automatic`, 'leader')).json(),
    inspectionEvidence: (await ok('GET', `/api/v1/inspections/${inspection}/evidence`, 'inspector')).json(),
    procedure: (await ok('GET', `/api/v1/dossiers/catalogue/${encodeURIComponent(PROCEDURE)}`, 'officer')).json(),
  });
  if (out.evidenceFileSha256 !== state.documentSha256) throw new Error('the evidence file read back differs from the one uploaded');
  writeJson(path.join(dir, `${name}.json`), out);
  console.log(`ops-e2e: answers → ${path.join(dir, `${name}.json`)}`);
}

function diff(a, b, at = '$', out = []) {
  if (JSON.stringify(a) === JSON.stringify(b)) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) diff(a[k], b[k], `${at}.${k}`, out);
  } else {
    out.push(`${at}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
  }
  return out;
}

function compare(dir, a, b) {
  const d = diff(readJson(path.join(dir, `${a}.json`)), readJson(path.join(dir, `${b}.json`)));
  if (d.length) {
    console.log(`ops-e2e: ${a} and ${b} differ in ${d.length} place(s):\n  ${d.slice(0, 20).join('\n  ')}`);
    process.exit(1);
  }
  console.log(`ops-e2e: ${a} and ${b} give the same answers`);
}

async function absent(dir, name) {
  const state = readJson(path.join(dir, `${name}.json`));
  const r = await call('GET', `/api/v1/dossiers/${encodeURIComponent(state.dossier)}`, 'officer');
  if (r.status !== 404) {
    console.log(`ops-e2e: dossier ${state.dossier} answers ${r.status}, expected 404`);
    process.exit(1);
  }
  console.log(`ops-e2e: dossier ${state.dossier} (written after the backup) is unknown, as expected`);
}

async function load(dir, seconds, rate) {
  const marker = `OPS-SIGTERM ${Date.now()}`;
  const outcomes = [];
  const t0 = performance.now();
  const total = Math.round(seconds * rate);
  let next = 0;
  await token('officer');
  async function client() {
    for (;;) {
      const i = next++;
      if (i >= total) return;
      const due = t0 + (i * 1000) / rate;
      const now = performance.now();
      if (due > now) await sleep(due - now);
      const started = performance.now();
      const o = { i, at: Math.round(started - t0) };
      try {
        const res = await fetch(`${GATEWAY}/api/v1/dossiers`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${await token('officer')}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(dossierBody(marker, i)),
          signal: AbortSignal.timeout(60_000),
        });
        o.status = res.status;
        const text = await res.text();
        if (res.status === 201) o.code = JSON.parse(text).code;
        else o.body = text.slice(0, 200);
      } catch (e) {
        o.error = `${e.name}: ${e.cause?.code ?? e.message}`;
      }
      o.ms = Math.round(performance.now() - started);
      outcomes.push(o);
    }
  }
  await Promise.all([client(), client(), client(), client()]);
  outcomes.sort((a, b) => a.i - b.i);
  writeJson(path.join(dir, 'load.json'), { marker, outcomes });
  const by = {};
  for (const o of outcomes) by[o.status ?? o.error] = (by[o.status ?? o.error] ?? 0) + 1;
  console.log(`ops-e2e: load ${outcomes.length} requests in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(by)}`);
}

const [cmd, dir, ...rest] = process.argv.slice(2);
const commands = {
  write: () => write(dir, rest[0]),
  answers: () => answers(dir, rest[0]),
  compare: () => compare(dir, rest[0], rest[1]),
  absent: () => absent(dir, rest[0]),
  load: () => load(dir, Number(rest[0]), Number(rest[1])),
};
if (!commands[cmd] || !dir) {
  console.error('usage: ops-e2e.mjs write|answers|compare|absent|load DIR ... (see the header)');
  process.exit(2);
}
await commands[cmd]();
