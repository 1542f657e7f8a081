#!/usr/bin/env node
// The comparator of deploy/local/bench/gateway.mjs: the barest reverse proxy, node:http with a keep-alive Agent, that
// routes /api/v1/<service>/** to the same services as the gateway and does nothing else (no token check, no limits,
// no headers of its own). Usage: node deploy/local/bench/bare-proxy.mjs [port=8090]
// Environment: CCHC_PROCEDURES_URL, CCHC_DOSSIERS_URL, CCHC_INSPECTIONS_URL, CCHC_PAR_INDEX_URL (default 127.0.0.1:808x).
import http from 'node:http';

const port = Number(process.argv[2] ?? 8090);
const upstream = (env, p) => new URL(process.env[env] ?? `http://127.0.0.1:${p}`);
const routes = { procedures: upstream('CCHC_PROCEDURES_URL', 8081), dossiers: upstream('CCHC_DOSSIERS_URL', 8082),
  inspections: upstream('CCHC_INSPECTIONS_URL', 8083), 'par-index': upstream('CCHC_PAR_INDEX_URL', 8084) };
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

http.createServer((req, res) => {
  const target = routes[req.url.split(/[/?]/)[3]];
  if (!target) return res.writeHead(404).end();
  const up = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url,
    headers: req.headers, agent }, (r) => { res.writeHead(r.statusCode, r.headers); r.pipe(res); });
  up.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
  req.pipe(up);
}).listen(port, '127.0.0.1', () => console.log(`bare proxy on http://127.0.0.1:${port}`));
