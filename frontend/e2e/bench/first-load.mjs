#!/usr/bin/env node
// First-load benchmark of the public pages (issue 17; docs/performance.md "First load"). Not a test: it prints figures.
// Opens the public catalogue (/thu-tuc) and a procedure page in a fresh Chromium context with CDP network
// throttling (1.6 Mbit/s down, 0.75 Mbit/s up, 150 ms latency, cache disabled) and prints, per page, the bytes
// transferred, the requests and the time to content: from the start of navigation to the first procedure row
// (or the procedure's name) in the DOM, measured in the page (performance.now(), a MutationObserver).
//
//   node e2e/bench/first-load.mjs [--base-url URL] [--runs N] [--code PROCEDURE_CODE] [--json]
import { chromium } from '@playwright/test';

const HELP = `usage: node e2e/bench/first-load.mjs [--base-url URL] [--runs N] [--code CODE] [--no-throttle] [--json]

  --base-url URL   the SPA (default: E2E_BASE_URL or http://127.0.0.1:8080, the local stack's gateway)
  --runs N         loads per page, each in a fresh browser context (default 3); the median is reported
  --code CODE      the procedure of the procedure page (default: the first of GET /api/v1/procedures)
  --no-throttle    no network throttling (to compare)
  --json           print the results as JSON
Throttling (Chrome DevTools protocol): ${1.6} Mbit/s down, ${0.75} Mbit/s up, 150 ms latency, HTTP cache disabled.`;

const THROTTLE = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (0.75 * 1_000_000) / 8,
};

function parseArgs(argv) {
  const a = {
    baseUrl: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8080',
    runs: 3,
    code: undefined,
    json: false,
    throttle: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i];
    if (v === '--help' || v === '-h') {
      console.log(HELP);
      process.exit(0);
    } else if (v === '--base-url') a.baseUrl = argv[++i];
    else if (v === '--runs') a.runs = Number.parseInt(argv[++i], 10);
    else if (v === '--code') a.code = argv[++i];
    else if (v === '--json') a.json = true;
    else if (v === '--no-throttle') a.throttle = false;
    else {
      console.error(`unknown argument ${v}\n${HELP}`);
      process.exit(2);
    }
  }
  if (!(a.runs > 0)) throw new Error('--runs needs a positive number');
  a.baseUrl = a.baseUrl.replace(/\/$/, '');
  return a;
}

/** Records in the page when the first element matching `selector` appears (ms since navigation start). */
function contentProbe(selector) {
  const mark = () => {
    if (window.__contentAt === undefined && document.querySelector(selector)) {
      window.__contentAt = performance.now();
      return true;
    }
    return window.__contentAt !== undefined;
  };
  const observe = () => {
    if (mark()) return;
    const mo = new MutationObserver(() => {
      if (mark()) mo.disconnect();
    });
    mo.observe(document, { childList: true, subtree: true, attributes: true });
  };
  if (document.documentElement) observe();
  else document.addEventListener('readystatechange', observe, { once: true });
}

async function loadOnce(browser, url, selector, throttle) {
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) await cdp.send('Network.emulateNetworkConditions', THROTTLE);
  let bytes = 0;
  let requests = 0;
  const byType = {};
  const types = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    requests++;
    types.set(e.requestId, e.type ?? 'Other');
  });
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    const t = types.get(e.requestId) ?? 'Other';
    byType[t] = (byType[t] ?? 0) + e.encodedDataLength;
  });
  await page.addInitScript(contentProbe, selector);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__contentAt !== undefined, undefined, { timeout: 60_000, polling: 100 });
  const contentMs = await page.evaluate(() => window.__contentAt);
  // let the requests the page makes for its first view finish, then count them
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
  await context.close();
  return { contentMs: Math.round(contentMs), bytes, requests, byType };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};

async function firstProcedureCode(baseUrl) {
  const res = await fetch(`${baseUrl}/api/v1/procedures?size=1`, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET /api/v1/procedures: ${res.status}`);
  const page = await res.json();
  const code = page.items?.[0]?.code;
  if (!code) throw new Error('the catalogue is empty: pass --code');
  return code;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const code = args.code ?? (await firstProcedureCode(args.baseUrl));
  const pages = [
    {
      name: '/thu-tuc',
      url: `${args.baseUrl}/thu-tuc`,
      selector: '[data-testid="procedure-link"], [data-testid="procedure-card"]',
    },
    {
      name: '/thu-tuc/:code',
      url: `${args.baseUrl}/thu-tuc/${encodeURIComponent(code)}`,
      selector: '[data-testid="procedure-name"]',
    },
  ];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const results = [];
  try {
    for (const p of pages) {
      const runs = [];
      for (let i = 0; i < args.runs; i++) runs.push(await loadOnce(browser, p.url, p.selector, args.throttle));
      results.push({
        page: p.name,
        url: p.url,
        contentMs: median(runs.map((r) => r.contentMs)),
        bytes: median(runs.map((r) => r.bytes)),
        requests: median(runs.map((r) => r.requests)),
        runs,
      });
    }
  } finally {
    await browser.close();
  }
  if (args.json) {
    console.log(JSON.stringify({ baseUrl: args.baseUrl, throttled: args.throttle, results }, null, 2));
    return;
  }
  console.log(
    `first load of ${args.baseUrl} (${args.throttle ? '1.6 Mbit/s down, 0.75 up, 150 ms, cache disabled' : 'not throttled'}; median of ${args.runs})`,
  );
  for (const r of results) {
    const scripts = median(r.runs.map((x) => x.byType.Script ?? 0));
    console.log(
      `  ${r.page.padEnd(16)} time to content ${(r.contentMs / 1000).toFixed(2)} s, ${(r.bytes / 1000).toFixed(0)} KB transferred (scripts ${(scripts / 1000).toFixed(0)} KB) in ${r.requests} requests`,
    );
  }
}

main().catch((e) => {
  console.error(`first-load bench: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
});
