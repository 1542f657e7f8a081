#!/usr/bin/env node
// Webhooks end to end on the running local stack (deploy/local/cchc up; issue 15 §8, docs/api/webhooks.md):
//   1. a client-credentials token for cchc-integration (unit H99) from Keycloak;
//   2. a receiver (webhook-receiver.mjs) on 127.0.0.1; POST /api/v1/dossiers/webhooks through the gateway subscribes
//      it to DossierReceived of H99 (the local stack allows private targets for dossiers);
//   3. an officer receives a dossier through the gateway;
//   4. the receiver sees that dossier's DossierReceived exactly once, with a valid signature (checked again after
//      a quiet period), and the deliveries list shows it DELIVERED after one attempt;
//   5. another subscription of a unit outside the dossier's subtree gets nothing; the webhooks are deleted.
// Prints "webhook e2e: N passed, N failed"; exit 1 when something failed.
//
// usage: node deploy/local/lib/webhook-e2e.mjs [--help]
import { integrationToken, userToken } from './tokens.mjs';
import { startReceiver } from './webhook-receiver.mjs';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('usage: node deploy/local/lib/webhook-e2e.mjs   (needs the local stack: deploy/local/cchc up)');
  process.exit(0);
}

const GATEWAY = process.env.CCHC_GATEWAY_URL ?? 'http://127.0.0.1:8080';
const PROCEDURE = '1.001193.000.00.00.H99';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let passed = 0;
let failed = 0;
function check(what, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${what}${!ok && detail ? ` — ${detail}` : ''}`);
}

async function call(method, path, bearer, body) {
  const res = await fetch(`${GATEWAY}${path}`, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, json, text };
}

// the receiver checks each request against the secret of the subscription of its path
const secrets = new Map();
const receiver = await startReceiver({ secret: (path) => secrets.get(path) ?? '' });
const { received } = receiver;

try {
  const integration = await integrationToken();
  check('client-credentials token for cchc-integration', Boolean(integration));
  const officer = await userToken('officer');

  const run = Date.now().toString(36);
  const path = `/hook-${run}`;
  const elsewhere = `/elsewhere-${run}`;
  const sub = await call('POST', '/api/v1/dossiers/webhooks', integration, {
    url: `http://127.0.0.1:${receiver.port}${path}`,
    eventTypes: ['DossierReceived'],
  });
  check('subscribe: 201 with a whsec_ secret', sub.status === 201 && /^whsec_/.test(sub.json?.secret ?? ''), sub.text);
  secrets.set(path, sub.json?.secret);
  const other = await call('POST', '/api/v1/dossiers/webhooks', integration, {
    url: `http://127.0.0.1:${receiver.port}${elsewhere}`,
    eventTypes: ['DossierReceived'],
    unitCode: 'H99.X02',
  });
  check('second subscription (unit H99.X02): 201', other.status === 201, other.text);
  secrets.set(elsewhere, other.json?.secret);
  const ssrf = await call('POST', '/api/v1/dossiers/webhooks', integration, {
    url: 'http://169.254.169.254/latest/meta-data/',
    eventTypes: ['DossierReceived'],
  });
  check('metadata address refused: 400 naming url', ssrf.status === 400 && ssrf.json?.violations?.[0]?.field === 'url', ssrf.text);

  const dossier = await call('POST', '/api/v1/dossiers', officer, {
    procedureCode: PROCEDURE,
    receivingUnitCode: 'H99.X01.MC',
    channel: 'DIRECT',
    applicant: { name: 'Lê Văn Webhook', phone: '0977000111' },
    content: `webhook e2e ${run}`,
    components: [{ name: 'Tờ khai', copies: 1 }],
    returnMethod: 'DIRECT',
  });
  check('dossier received through the gateway: 201', dossier.status === 201, dossier.text);
  const code = dossier.json?.code;

  const mine = () => received.filter((r) => r.path === path && r.subject === code);
  for (let i = 0; i < 120 && mine().length === 0; i++) await sleep(500);
  await sleep(8000); // a duplicate would have arrived by now (the sender runs every 5 s)
  const got = mine();
  check('the receiver saw the DossierReceived of the dossier exactly once', got.length === 1, JSON.stringify(got));
  check('its signature verified', got.length === 1 && got[0].valid && got[0].type === 'DossierReceived', JSON.stringify(got));
  check(
    'nothing for the subscription of H99.X02',
    received.filter((r) => r.path === elsewhere && r.subject === code).length === 0,
  );
  const deliveries = await call('GET', `/api/v1/dossiers/webhooks/${sub.json?.id}/deliveries`, integration);
  const d = deliveries.json?.items?.find((x) => x.subject === code);
  check(
    'deliveries list: DELIVERED after 1 attempt answered 204',
    d?.status === 'DELIVERED' && d.attemptCount === 1 && d.attempts?.[0]?.statusCode === 204,
    deliveries.text.slice(0, 500),
  );
  for (const id of [sub.json?.id, other.json?.id].filter(Boolean)) {
    const del = await call('DELETE', `/api/v1/dossiers/webhooks/${id}`, integration);
    check(`webhook ${id} deleted: 204`, del.status === 204, del.text);
  }
} catch (e) {
  check('webhook e2e ran', false, e.stack ?? String(e));
} finally {
  await receiver.close();
}
console.log(`webhook e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
