#!/usr/bin/env node
// A webhook receiver for the CCHC dossiers webhooks (docs/api/webhooks.md): verifies every Standard Webhooks
// signature (webhook-id, webhook-timestamp, webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body" keyed with
// the base64-decoded secret after whsec_>), refuses stale timestamps (5 min), answers 204 when valid and 401 when not,
// and prints one JSON line per request: {"at","path","id","type","subject","valid","reason"}.
//
// usage: node deploy/local/lib/webhook-receiver.mjs [--port 9099] [--host 127.0.0.1] [--secret whsec_... | --secret-file F]
//   --secret-file is read again on every request (a test may write the secret after subscribing).
// Also a module: startReceiver({host, port, secret: (path) => string}) → {port, received: [...], close()}.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

const TOLERANCE_SECONDS = 300;

/** Whether one of the space-separated v1 signatures of `header` signs `${id}.${timestamp}.${body}` with `secret`. */
export function verify(secret, id, timestamp, body, header) {
  if (!secret || !id || !timestamp || !header) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
  return header.split(' ').some((part) => {
    if (!part.startsWith('v1,')) return false;
    const given = Buffer.from(part.slice(3), 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export function startReceiver({ host = '127.0.0.1', port = 0, secret = () => '', log = () => {} } = {}) {
  const received = [];
  const server = createServer((req, res) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size <= 1 << 20) chunks.push(c);
    });
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const id = req.headers['webhook-id'];
      const timestamp = req.headers['webhook-timestamp'];
      let reason = null;
      if (req.method !== 'POST') reason = 'not a POST';
      else if (size > 1 << 20) reason = 'body over 1 MiB';
      else if (!/^\d+$/.test(timestamp ?? '') || Math.abs(Date.now() / 1000 - Number(timestamp)) > TOLERANCE_SECONDS)
        reason = 'timestamp missing or too far from now';
      else if (!verify(secret(req.url), id, timestamp, body, req.headers['webhook-signature'])) reason = 'bad signature';
      let event = {};
      try {
        event = JSON.parse(body.toString('utf8'));
      } catch {
        reason ??= 'body is not JSON';
      }
      if (!reason && event.id !== id) reason = 'webhook-id is not the event id';
      const entry = {
        at: new Date().toISOString(),
        path: req.url,
        id,
        type: event.type,
        subject: event.subject,
        valid: reason === null,
        reason,
      };
      received.push(entry);
      log(entry);
      res.writeHead(reason === null ? 204 : 401).end();
    });
  });
  return new Promise((resolve) => {
    server.listen(port, host, () =>
      resolve({ port: server.address().port, received, close: () => new Promise((r) => server.close(r)) }),
    );
  });
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isMain) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1, 9).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
    process.exit(0);
  }
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  const secretFile = opt('--secret-file', null);
  const fixed = opt('--secret', process.env.WEBHOOK_SECRET ?? '');
  const secret = () => (secretFile ? readFileSync(secretFile, 'utf8').trim() : fixed);
  const r = await startReceiver({
    host: opt('--host', '127.0.0.1'),
    port: Number(opt('--port', '9099')),
    secret,
    log: (e) => console.log(JSON.stringify(e)),
  });
  console.error(`webhook receiver on http://${opt('--host', '127.0.0.1')}:${r.port}/ (Ctrl-C stops)`);
}
