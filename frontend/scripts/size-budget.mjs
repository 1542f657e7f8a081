#!/usr/bin/env node
// Size budget of the public pages (issue 17): the gzipped JavaScript a first visit to each public route downloads
// must stay within the budget. Reads Vite's build manifest (build.manifest: true → <dist>/.vite/manifest.json) and,
// for each route, sums the gzip sizes of the entry chunk, the lazy chunk of the route's page and every chunk they
// import statically (dynamic imports are left out: they load later, if at all). Prints the sizes per route.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Gzipped kilobytes (1 KB = 1,000 bytes) a public route may load. */
export const DEFAULT_BUDGET_KB = 150;

/** Public routes → the source module of their lazy page (src/App.tsx); `null`: the entry alone (home page). */
export const PUBLIC_ROUTES = {
  '/': null,
  '/thu-tuc': 'src/pages/ProceduresPage.tsx',
  '/thu-tuc/:code': 'src/pages/ProcedureDetailPage.tsx',
  '/tra-cuu': 'src/pages/TrackingPage.tsx',
  '/danh-gia/:code': 'src/pages/RatingPage.tsx',
};

/**
 * Routes not yet within the budget, each with the most it may load until it is (a ratchet: a route may shrink, not
 * grow). Read from size-budget.json by --allowances. An allowance at or below the budget, or for a route that is now
 * within the budget, is an error: the file must be tightened as the pages shrink.
 */
export function checkAllowances(sizes, budgetKb, allowances = {}) {
  const errors = [];
  for (const [route, allowedKb] of Object.entries(allowances)) {
    const r = sizes.find((x) => x.route === route);
    if (!r) errors.push(`allowance for ${route}: not a public route`);
    else if (!(allowedKb > budgetKb)) errors.push(`allowance for ${route}: ${allowedKb} KB is not above the budget`);
    else if (r.gzip <= budgetKb * 1000) errors.push(`allowance for ${route}: it is within the budget now, remove it`);
  }
  return errors;
}

const HELP = `usage: node scripts/size-budget.mjs [--dist DIR] [--budget KB] [--allowances FILE] [--require-pwa] [--json] [--self-test]

Sums, for each public route (${Object.keys(PUBLIC_ROUTES).join(', ')}), the gzipped JavaScript of its import graph in
Vite's build manifest (DIR/.vite/manifest.json; build with \`npx vite build\` first) and fails (exit 1) when a route
is above the budget (default ${DEFAULT_BUDGET_KB} KB gzipped, 1 KB = 1,000 bytes).

  --dist DIR      the build output (default: dist)
  --budget KB     the budget per route in kilobytes of gzip
  --allowances F  JSON {"route": KB}: routes not yet within the budget and the most each may load meanwhile
                  (size-budget.json; an allowance a route no longer needs fails, so the file only tightens)
  --require-pwa   also fail unless the build holds the service worker (sw.js) and manifest.webmanifest
  --json          print the result as JSON
  --self-test     check the checker on fabricated manifests (one within the budget, one above it, one with a
                  route missing): exits 0 only if it passes the first and fails the others
  --help          this text`;

/** The manifest entry of the HTML entry point (`index.html`). */
function entryKey(manifest) {
  const key = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
  return key ?? Object.keys(manifest).find((k) => manifest[k].isEntry);
}

/** The chunk files a module loads before it runs: itself and its static imports, transitively. */
export function staticGraph(manifest, key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`manifest has no chunk ${key}`);
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imp of chunk.imports ?? []) staticGraph(manifest, imp, seen);
  return seen;
}

/**
 * Per public route: the JS files it loads and their gzip sizes. `sizeOf(file)` answers the gzipped size of a built
 * file (injected so the logic is testable on a fabricated manifest).
 */
export function routeSizes(manifest, sizeOf, routes = PUBLIC_ROUTES) {
  const entry = entryKey(manifest);
  if (!entry) throw new Error('manifest has no entry chunk');
  const result = [];
  for (const [route, page] of Object.entries(routes)) {
    const keys = staticGraph(manifest, entry);
    if (page) {
      if (!manifest[page]) throw new Error(`route ${route}: its page ${page} is not a chunk of the manifest`);
      staticGraph(manifest, page, keys);
    }
    const files = [...new Set([...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js')))];
    const sizes = files.map((file) => ({ file, gzip: sizeOf(file) }));
    result.push({ route, files: sizes, gzip: sizes.reduce((n, f) => n + f.gzip, 0) });
  }
  return result;
}

/** Checks the sizes against the budget; answers the routes above it. */
export function overBudget(sizes, budgetKb, allowances = {}) {
  return sizes.filter((r) => r.gzip > (allowances[r.route] ?? budgetKb) * 1000);
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

function report(sizes, budgetKb, allowances = {}, out = console.log) {
  for (const r of sizes) {
    const allowed = allowances[r.route];
    const mark = r.gzip <= budgetKb * 1000 ? 'ok  ' : allowed && r.gzip <= allowed * 1000 ? 'ALLW' : 'OVER';
    out(
      `${mark} ${r.route.padEnd(16)} ${kb(r.gzip).padStart(9)} gzip in ${r.files.length} JS files${allowed ? ` (allowance ${allowed} KB until within ${budgetKb} KB)` : ''}`,
    );
    for (const f of [...r.files].sort((a, b) => b.gzip - a.gzip)) out(`       ${kb(f.gzip).padStart(9)}  ${f.file}`);
  }
}

function gzipSizeIn(dist) {
  return (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
}

function readManifest(dist) {
  const file = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} not found: build first (npx vite build; build.manifest is on)`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The checker on fabricated manifests: a build within the budget passes, one above it and a broken one fail. */
export function selfTest(log = console.log) {
  const base = {
    'index.html': {
      file: 'assets/index.js',
      isEntry: true,
      imports: ['_vendor.js'],
      dynamicImports: ['src/pages/Admin.tsx'],
    },
    '_vendor.js': { file: 'assets/vendor.js' },
    '_antd.js': { file: 'assets/antd.js' },
    'src/pages/Admin.tsx': { file: 'assets/Admin.js', isDynamicEntry: true, imports: ['_antd.js'] },
    'src/pages/ProceduresPage.tsx': { file: 'assets/Procedures.js', isDynamicEntry: true, imports: ['_vendor.js'] },
  };
  const routes = { '/': null, '/thu-tuc': 'src/pages/ProceduresPage.tsx' };
  const small = {
    'assets/index.js': 40_000,
    'assets/vendor.js': 60_000,
    'assets/Procedures.js': 20_000,
    'assets/antd.js': 400_000,
    'assets/Admin.js': 5_000,
  };
  const checks = [];
  // 1. within the budget: 40 + 60 + 20 = 120 KB for /thu-tuc; the admin page's antd chunk is not counted
  const ok = routeSizes(base, (f) => small[f], routes);
  checks.push(['a build within the budget passes', overBudget(ok, 150).length === 0 && ok[1].gzip === 120_000]);
  // 2. the public page imports the heavy chunk statically: 520 KB, must fail
  const heavy = structuredClone(base);
  heavy['src/pages/ProceduresPage.tsx'].imports.push('_antd.js');
  const over = overBudget(
    routeSizes(heavy, (f) => small[f], routes),
    150,
  );
  checks.push(['a public page importing the heavy chunk fails', over.length === 1 && over[0].route === '/thu-tuc']);
  // 3. the route's page is missing from the manifest (renamed page): an error, not a silent pass
  const missing = structuredClone(base);
  delete missing['src/pages/ProceduresPage.tsx'];
  let threw = false;
  try {
    routeSizes(missing, (f) => small[f], routes);
  } catch {
    threw = true;
  }
  checks.push(['a route whose page is not in the manifest fails', threw]);
  // 4. an allowance lets a route not yet within the budget pass up to it, not beyond
  const heavySizes = routeSizes(heavy, (f) => small[f], routes);
  checks.push([
    'an allowance holds a heavy route at its recorded size',
    overBudget(heavySizes, 150, { '/thu-tuc': 520 }).length === 0 &&
      overBudget(heavySizes, 150, { '/thu-tuc': 519 }).length === 1,
  ]);
  // 5. an allowance no longer needed (the route is within the budget) or not above the budget is an error
  checks.push([
    'a stale or useless allowance is refused',
    checkAllowances(ok, 150, { '/thu-tuc': 300 }).length === 1 &&
      checkAllowances(heavySizes, 150, { '/thu-tuc': 120 }).length === 1 &&
      checkAllowances(heavySizes, 150, { '/thu-tuc': 520, '/nowhere': 200 }).length === 1 &&
      checkAllowances(heavySizes, 150, { '/thu-tuc': 520 }).length === 0,
  ]);
  let failed = 0;
  for (const [name, passed] of checks) {
    log(`${passed ? 'ok  ' : 'FAIL'} self-test: ${name}`);
    if (!passed) failed++;
  }
  log(`size budget self-test: ${checks.length - failed} passed, ${failed} failed`);
  return failed === 0;
}

function main(argv) {
  const args = {
    dist: 'dist',
    budget: DEFAULT_BUDGET_KB,
    allowances: undefined,
    json: false,
    selfTest: false,
    requirePwa: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(HELP);
      return 0;
    } else if (a === '--dist') args.dist = argv[++i];
    else if (a === '--budget') args.budget = Number(argv[++i]);
    else if (a === '--allowances') args.allowances = argv[++i];
    else if (a === '--json') args.json = true;
    else if (a === '--self-test') args.selfTest = true;
    else if (a === '--require-pwa') args.requirePwa = true;
    else {
      console.error(`unknown argument ${a}\n${HELP}`);
      return 2;
    }
  }
  if (args.selfTest) return selfTest() ? 0 : 1;
  if (!Number.isFinite(args.budget) || args.budget <= 0) {
    console.error('--budget needs a positive number of KB');
    return 2;
  }
  const dist = path.resolve(args.dist);
  const sizes = routeSizes(readManifest(dist), gzipSizeIn(dist));
  const allowances = args.allowances ? (JSON.parse(readFileSync(args.allowances, 'utf8')).allowancesKb ?? {}) : {};
  const allowanceErrors = checkAllowances(sizes, args.budget, allowances);
  const over = overBudget(sizes, args.budget, allowances);
  const missingPwa = args.requirePwa
    ? ['sw.js', 'manifest.webmanifest'].filter((f) => !existsSync(path.join(dist, f)))
    : [];
  if (args.json) console.log(JSON.stringify({ budgetKb: args.budget, allowances, routes: sizes, missingPwa }, null, 2));
  else report(sizes, args.budget, allowances);
  for (const e of allowanceErrors) console.error(`size budget: ${e}`);
  for (const f of missingPwa)
    console.error(`PWA: ${f} is missing from ${dist} (vite-plugin-pwa not installed or not configured?)`);
  const failed = over.length + allowanceErrors.length;
  const within = sizes.filter((r) => r.gzip <= args.budget * 1000).length;
  console.log(
    `size budget: ${sizes.length - over.length} passed, ${failed} failed (budget ${args.budget} KB gzip per public route;` +
      ` ${within} of ${sizes.length} routes within it${within < sizes.length ? ', the others held at their allowance' : ''})`,
  );
  return failed || missingPwa.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(`size budget: ${e instanceof Error ? e.message : e}`);
    process.exitCode = 1;
  }
}
