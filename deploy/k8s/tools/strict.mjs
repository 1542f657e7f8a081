// Unknown fields in Kubernetes' own kinds (what `kubernetes-validate --strict` and the API server's strict field
// validation reject): kubernetes-models' compiled schemas accept unknown properties, so this walks each object along
// the property lists of the package's type declarations (*.d.ts, generated from the same OpenAPI schemas).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const roots = ['kubernetes-models', '@kubernetes-models/apimachinery', '@kubernetes-models/prometheus-operator'].map((p) =>
  dirname(require.resolve(`${p}/package.json`)),
);

const types = new Map(); // full type name (IIoK8s...) and file-local name -> { props }
const byFile = new Map(); // "<root>/<rel path without .d.ts>" -> props of its first interface

function indexFile(path) {
  const text = readFileSync(path, 'utf8');
  const interfaces = {};
  let current = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const open = /^export interface (I\w+)(?: extends [\w, ]+)? \{/.exec(line);
    if (open) {
      current = interfaces[open[1]] = {};
      continue;
    }
    if (current && line === '}') {
      current = null;
      continue;
    }
    if (!current) continue;
    const one = /^ {4}"([^"]+)"\??: (.+);$/.exec(line);
    const multi = /^ {4}"([^"]+)"\??: \{$/.exec(line);
    if (one) current[one[1]] = one[2];
    else if (multi) {
      // "labels"?: {\n [key: string]: string;\n };  ->  { [key: string]: string; }
      let body = '';
      while (++i < lines.length && lines[i] !== '    };') body += lines[i].trim() + ' ';
      current[multi[1]] = `{ ${body.trim()} }`;
    }
  }
  for (const m of text.matchAll(/export type \{ (I\w+) as (I\w+)/g)) if (interfaces[m[1]]) types.set(m[2], interfaces[m[1]]);
  const first = Object.values(interfaces)[0];
  if (first) byFile.set(path.replace(/\.d\.ts$/, ''), first);
}
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name === '_schemas') continue;
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.d.ts')) indexFile(p);
  }
}
let indexed = false;
function ensureIndex() {
  if (!indexed) for (const r of roots) walk(r);
  indexed = true;
}

function check(value, type, path, out) {
  if (value == null || typeof value !== 'object') return;
  const arr = /^Array<(.+)>$/.exec(type);
  if (arr) {
    if (Array.isArray(value)) value.forEach((v, i) => check(v, arr[1], `${path}[${i}]`, out));
    return;
  }
  const map = /^\{\s*\[key: string\]: (.+?);?\s*\}$/.exec(type);
  if (map) {
    for (const [k, v] of Object.entries(value)) check(v, map[1], `${path}.${k}`, out);
    return;
  }
  const props = types.get(type);
  if (!props || Array.isArray(value)) return;
  for (const [k, v] of Object.entries(value)) {
    if (!(k in props)) out.push(`${path}.${k}: unknown field`);
    else check(v, props[k], `${path}.${k}`, out);
  }
}

/** Unknown fields of one object of a built-in (or Prometheus Operator) kind; [] when its type is not known. */
export function unknownFields(doc) {
  ensureIndex();
  const rel = doc.apiVersion === 'monitoring.coreos.com/v1' ? `${roots[2]}/monitoring.coreos.com/v1/${doc.kind}` : `${roots[0]}/${doc.apiVersion}/${doc.kind}`;
  const props = byFile.get(rel);
  if (!props) return [];
  const out = [];
  for (const [k, v] of Object.entries(doc)) {
    if (!(k in props)) out.push(`${doc.kind}/${doc.metadata?.name}: ${k}: unknown field`);
    else check(v, props[k], `${doc.kind}/${doc.metadata?.name}: ${k}`, out);
  }
  return out;
}
