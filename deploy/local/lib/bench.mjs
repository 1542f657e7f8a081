// Helpers shared by the benchmark scripts of deploy/local/bench (issue 16): command-line flags, the PostgreSQL client
// tools of the local stack, psql as a function, percentiles. Not a test library: the benchmarks print figures.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Flags of the form --name=value or --name (true); --json also takes its value as the next argument. Anything
 * else, or a name not in `known`, prints `usage` and exits 2.
 */
export function parseFlags(known, usage) {
  const args = process.argv.slice(2);
  const flags = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) {
      console.error(`unexpected argument ${a}\n${usage}`);
      process.exit(2);
    }
    const [k, ...v] = a.slice(2).split('=');
    if (k === 'json' && !v.length) flags.json = args[++i];
    else flags[k] = v.length ? v.join('=') : true;
  }
  for (const k of Object.keys(flags)) {
    if (!known.includes(k)) {
      console.error(`unknown option --${k}; known: ${known.map((o) => `--${o}`).join(' ')}\n${usage}`);
      process.exit(2);
    }
  }
  if (flags.json === true || flags.json === undefined) delete flags.json;
  return flags;
}

/** A PostgreSQL client tool: $ENV, else on the PATH, else the newest /usr/lib/postgresql/<v>/bin/<name>. */
export function pgTool(name, env) {
  if (process.env[env]) return process.env[env];
  const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => fs.existsSync(`${base}/${v}/bin/${name}`)) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length) return `${base}/${versions[0]}/bin/${name}`;
  throw new Error(`${name} not found: install the PostgreSQL client or set ${env}=/path/to/${name}`);
}

/** Connection arguments of the local stack's PostgreSQL (CCHC_PG_HOST, CCHC_PG_PORT, CCHC_PG_USER). */
export function pgConn(database) {
  return ['-h', process.env.CCHC_PG_HOST ?? '127.0.0.1', '-p', process.env.CCHC_PG_PORT ?? '55432',
    '-U', process.env.CCHC_PG_USER ?? 'postgres', '-d', database];
}

let psqlPath;
/** Runs SQL (on stdin, several statements allowed) in `database`; returns the rows as arrays of strings. */
export function psql(database, sql, { maxBuffer = 512 * 1024 * 1024 } = {}) {
  psqlPath ??= pgTool('psql', 'PSQL');
  const r = spawnSync(psqlPath, [...pgConn(database), '-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1'],
    { input: sql, encoding: 'utf8', maxBuffer });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`psql (${database}) exited with ${r.status}: ${r.stderr.trim().slice(0, 1500)}`);
  return r.stdout.split('\n').filter((l) => l.length).map((l) => l.split('\t'));
}

/** The p-th percentile (nearest rank) of numbers, sorted or not; NaN when there are none. */
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
