// What the code says the cluster needs: topics, databases, ports, consumed/produced topics and configuration keys,
// read from the sources (Topics.java, deploy/local/kafka/topics.txt, each service's application.properties, the
// shared microprofile-config.properties, the configuration tables of the READMEs).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const DOMAIN_SERVICES = ['procedures', 'dossiers', 'inspections', 'par-index'];
export const SERVICES = ['gateway', ...DOMAIN_SERVICES];

/** key=value pairs of a .properties file (continuation lines joined; comments and %profile keys dropped). */
export function parseProperties(text) {
  const out = new Map();
  const lines = text.replace(/\\\r?\n\s*/g, '').split(/\r?\n/);
  for (const line of lines) {
    const t = line.trim();
    if (!t || t.startsWith('#') || t.startsWith('!') || t.startsWith('%')) continue;
    const i = t.search(/[=:]/);
    if (i < 0) continue;
    out.set(t.slice(0, i).trim(), t.slice(i + 1).trim());
  }
  return out;
}

/** The environment variable that MicroProfile Config maps to a property key. */
export const envName = (key) => key.replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
/** ${VAR} and ${VAR:default} references in a property value. */
export const varsOf = (value) => [...value.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]);

function javaFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...javaFiles(p));
    else if (name.endsWith('.java')) out.push(p);
  }
  return out;
}

/**
 * The configuration tables of a README: keys named in the first column (`a.b.c`), and for each row whose default
 * (second column) points at the local stack, the variables the row names (`CCHC_X`, `QUARKUS_Y`).
 */
function documented(readme) {
  const keys = new Set();
  const localDefaults = new Map();
  let text;
  try {
    text = readFileSync(readme, 'utf8');
  } catch {
    return { keys, localDefaults };
  }
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line.split('|');
    const rowKeys = [...(cells[1] ?? '').matchAll(/`([a-z][a-z0-9-]*(?:\.[a-z0-9<>"*-]+)+)`/g)].map((m) => m[1]);
    for (const k of rowKeys) keys.add(k);
    if (rowKeys.length && /127\.0\.0\.1|localhost/.test(cells[2] ?? '')) {
      const vars = [...line.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]);
      for (const k of rowKeys) if (!/[<>*"]/.test(k)) localDefaults.set(k, vars);
    }
  }
  return { keys, localDefaults };
}

export function codeFacts(repo) {
  const topicsJava = readFileSync(join(repo, 'services/shared/src/main/java/vn/cchc/shared/event/Topics.java'), 'utf8');
  const constants = Object.fromEntries(
    [...topicsJava.matchAll(/static final String ([A-Z_]+) = "([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  const topics = [...topicsJava.matchAll(/new Spec\(([A-Z_]+), (true|false)\)/g)].map((m) => ({
    name: constants[m[1]],
    compacted: m[2] === 'true',
  }));
  const topicsTxt = readFileSync(join(repo, 'deploy/local/kafka/topics.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [name, partitions, , configs] = l.trim().split(/\s+/);
      const config = configs === '-' ? {} : Object.fromEntries(configs.split(',').map((kv) => kv.split('=')));
      return { name, partitions: Number(partitions), config };
    });
  const shared = parseProperties(
    readFileSync(join(repo, 'services/shared/src/main/resources/META-INF/microprofile-config.properties'), 'utf8'),
  );
  const sharedDocs = documented(join(repo, 'services/shared/README.md'));
  const services = {};
  for (const svc of SERVICES) {
    const dir = join(repo, 'services', svc);
    const own = parseProperties(readFileSync(join(dir, 'src/main/resources/application.properties'), 'utf8'));
    const props = new Map(svc === 'gateway' ? own : [...shared, ...own]);
    const produced = new Set();
    for (const f of javaFiles(join(dir, 'src/main/java'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bTopics\.([A-Z_]+)\b/g)) {
        if (constants[m[1]]) produced.add(constants[m[1]]);
      }
    }
    const consumed = new Set();
    for (const [k, v] of props) if (/^mp\.messaging\.incoming\.[^.]+\.topic$/.test(k)) consumed.add(v);
    const jdbc = props.get('quarkus.datasource.jdbc.url');
    const ownDocs = documented(join(dir, 'README.md'));
    const docs = svc === 'gateway' ? [ownDocs] : [ownDocs, sharedDocs];
    services[svc] = {
      port: Number(props.get('quarkus.http.port')),
      database: jdbc ? jdbc.replace(/\?.*$/, '').split('/').pop() : null,
      produced: svc === 'gateway' ? new Set() : produced,
      consumed,
      props,
      documented: new Set(docs.flatMap((d) => [...d.keys])),
      localDefaults: new Map(docs.flatMap((d) => [...d.localDefaults])),
    };
  }
  return { topics, topicsTxt, services };
}
