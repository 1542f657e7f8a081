// deploy/k8s/check's engine: renders every overlay with `kubectl kustomize`, validates every object (schema.mjs),
// scans the workloads (policy.mjs), checks the manifests against the code (drift.mjs) and the generated realm import,
// then proves on mutated copies that each check fails when it should. Prints one line per check and
// "k8s manifests: N passed, N failed". Usage: node deploy/k8s/tools/check.mjs [--out DIR] [--verbose]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { DRIFT_RULES } from './drift.mjs';
import { codeFacts } from './facts.mjs';
import { scan } from './policy.mjs';
import { leaks, render as renderRealm, stripRealm, OUT as REALM_OUT } from './realm-import.mjs';
import { validate } from './schema.mjs';

const K8S = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPO = join(K8S, '..', '..');
const args = process.argv.slice(2);
const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1] : null;
const verbose = args.includes('--verbose');

let passed = 0;
let failed = 0;
function result(name, problems) {
  if (problems.length === 0) {
    passed++;
    console.log(`  ok    ${name}`);
  } else {
    failed++;
    console.log(`  FAIL  ${name}`);
    for (const p of problems.slice(0, 30)) console.log(`          ${p}`);
    if (problems.length > 30) console.log(`          … ${problems.length - 30} more`);
  }
}

export function renderOverlay(dir) {
  const text = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { text, docs: YAML.parseAllDocuments(text).map((d) => d.toJSON()).filter(Boolean) };
}

async function schemaProblems(docs) {
  const out = [];
  for (const d of docs) out.push(...(await validate(d)));
  return out;
}
const driftProblems = (docs, facts) => Object.entries(DRIFT_RULES).flatMap(([n, r]) => r(docs, facts).map((p) => `${n}: ${p}`));

const facts = codeFacts(REPO);
const overlays = readdirSync(join(K8S, 'overlays')).sort();
const rendered = {};
if (outDir) mkdirSync(outDir, { recursive: true });

console.log(`Overlays: ${overlays.join(', ')}`);
for (const o of overlays) {
  let r;
  try {
    r = renderOverlay(join(K8S, 'overlays', o));
  } catch (e) {
    result(`${o}: kubectl kustomize renders`, [String(e.stderr || e.message).trim()]);
    continue;
  }
  rendered[o] = r.docs;
  if (outDir) writeFileSync(join(outDir, `${o}.yaml`), r.text);
  result(`${o}: kubectl kustomize renders (${r.docs.length} objects)`, r.docs.length ? [] : ['no objects']);
  result(`${o}: every object valid (Kubernetes API schemas; structural checks for the operators' CRDs)`, await schemaProblems(r.docs));
  const s = scan(r.docs);
  result(`${o}: policy scan (${s.passed} checks passed, ${s.waived.length} waived with a reason)`, s.failed);
  if (verbose) for (const w of s.waived) console.log(`          waived ${w}`);
  for (const [name, rule] of Object.entries(DRIFT_RULES)) result(`${o}: drift — ${name}`, rule(r.docs, facts));
}
{
  const examples = join(K8S, 'examples');
  for (const f of readdirSync(examples).filter((x) => x.endsWith('.yaml'))) {
    const docs = YAML.parseAllDocuments(readFileSync(join(examples, f), 'utf8')).map((d) => d.toJSON()).filter(Boolean);
    result(`examples/${f}: every object valid`, await schemaProblems(docs));
  }
}
{
  const committed = readFileSync(REALM_OUT, 'utf8');
  result('realm import is what realm-import.mjs generates from deploy/keycloak/cchc-realm.json',
    committed === renderRealm() ? [] : ['stale: node deploy/k8s/tools/realm-import.mjs']);
  result('realm import has no password user, credential or literal client secret', leaks(YAML.parse(committed).spec.realm));
}

// ---- Self-tests: every check must fail on a copy broken on purpose.
console.log('Self-tests (each mutation must be caught):');
const base = rendered['province'] ?? Object.values(rendered)[0];
const clone = () => structuredClone(base);
const find = (docs, kind, name) => docs.find((d) => d.kind === kind && d.metadata.name === name);
const mutations = {
  'a KafkaTopic removed (cchc.posting.v1)': ['drift', (d) => d.filter((x) => !(x.kind === 'KafkaTopic' && x.spec.topicName === 'cchc.posting.v1'))],
  'a topic the code does not know (cchc.extra.v1)': ['drift', (d) => [...d, { ...structuredClone(d.find((x) => x.kind === 'KafkaTopic')), metadata: { name: 'cchc-extra-v1', labels: { 'strimzi.io/cluster': 'cchc-kafka' } }, spec: { topicName: 'cchc.extra.v1', partitions: 3, replicas: 3, config: { 'min.insync.replicas': 2 } } }]],
  'compaction dropped on cchc.units.v1': ['drift', (d) => { delete d.find((x) => x.kind === 'KafkaTopic' && x.spec.topicName === 'cchc.units.v1').spec.config['cleanup.policy']; return d; }],
  'partitions changed on cchc.dossiers.v1': ['drift', (d) => { d.find((x) => x.kind === 'KafkaTopic' && x.spec.topicName === 'cchc.dossiers.v1').spec.partitions = 6; return d; }],
  'an extra database (cchc_reports)': ['drift', (d) => [...d, { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Database', metadata: { name: 'cchc-reports', namespace: 'cchc' }, spec: { cluster: { name: 'cchc-pg' }, name: 'cchc_reports', owner: 'cchc_reports' } }]],
  'a database removed (cchc_inspections)': ['drift', (d) => d.filter((x) => !(x.kind === 'Database' && x.spec.name === 'cchc_inspections'))],
  'dossiers container port 9999': ['drift', (d) => { find(d, 'Deployment', 'dossiers').spec.template.spec.containers[0].ports[0].containerPort = 9999; return d; }],
  'KAFKA_BOOTSTRAP_SERVERS removed from inspections': ['drift', (d) => { delete find(d, 'ConfigMap', 'cchc-inspections').data.KAFKA_BOOTSTRAP_SERVERS; return d; }],
  'CCHC_TRUSTED_PROXIES removed from dossiers (README default: loopback)': ['drift', (d) => { delete find(d, 'ConfigMap', 'cchc-dossiers').data.CCHC_TRUSTED_PROXIES; return d; }],
  'an unknown variable on procedures (CCHC_FOO)': ['drift', (d) => { find(d, 'ConfigMap', 'cchc-procedures').data.CCHC_FOO = 'x'; return d; }],
  'the datasource password as a literal': ['drift', (d) => { const e = find(d, 'Deployment', 'par-index').spec.template.spec.containers[0].env; e.find((x) => x.name === 'QUARKUS_DATASOURCE_PASSWORD').valueFrom = undefined; e.find((x) => x.name === 'QUARKUS_DATASOURCE_PASSWORD').value = 'x'; return d; }],
  'par-index may also write cchc.dossiers.v1': ['drift', (d) => { find(d, 'KafkaUser', 'cchc-par-index').spec.authorization.acls.push({ resource: { type: 'topic', name: 'cchc.dossiers.v1', patternType: 'literal' }, operations: ['Write'] }); return d; }],
  'dossiers loses its consumer group ACL': ['drift', (d) => { const u = find(d, 'KafkaUser', 'cchc-dossiers'); u.spec.authorization.acls = u.spec.authorization.acls.filter((a) => a.resource.type !== 'group'); return d; }],
  'gateway routes dossiers to the wrong port': ['drift', (d) => { find(d, 'ConfigMap', 'cchc-gateway').data.CCHC_DOSSIERS_URL = 'http://dossiers:8083'; return d; }],
  'the Kafka TLS listener moved to port 9094': ['drift', (d) => { d.find((x) => x.kind === 'Kafka').spec.kafka.listeners[0].port = 9094; return d; }],
  'inspections connects to the PostgreSQL replicas (cchc-pg-ro)': ['drift', (d) => { const c = find(d, 'ConfigMap', 'cchc-inspections'); c.data.QUARKUS_DATASOURCE_JDBC_URL = c.data.QUARKUS_DATASOURCE_JDBC_URL.replace('cchc-pg-rw', 'cchc-pg-ro'); return d; }],
  'procedures may not reach Keycloak (egress removed)': ['drift', (d) => { const np = find(d, 'NetworkPolicy', 'procedures'); np.spec.egress = np.spec.egress.filter((r) => !r.to?.some((t) => t.podSelector?.matchLabels?.app === 'keycloak')); return d; }],
  'a Deployment the code does not know': ['drift', (d) => [...d, { ...structuredClone(find(d, 'Deployment', 'procedures')), metadata: { name: 'reports', namespace: 'cchc' } }]],
  'readOnlyRootFilesystem removed (gateway)': ['policy', (d) => { delete find(d, 'Deployment', 'gateway').spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem; return d; }],
  'capability NET_ADMIN added (dossiers)': ['policy', (d) => { find(d, 'Deployment', 'dossiers').spec.template.spec.containers[0].securityContext.capabilities.add = ['NET_ADMIN']; return d; }],
  'service account token mounted (procedures)': ['policy', (d) => { find(d, 'Deployment', 'procedures').spec.template.spec.automountServiceAccountToken = true; return d; }],
  'liveness probe on another path (inspections)': ['policy', (d) => { find(d, 'Deployment', 'inspections').spec.template.spec.containers[0].livenessProbe.httpGet.path = '/'; return d; }],
  'a waiver without a reason': ['policy', (d) => { find(d, 'Deployment', 'gateway').metadata.annotations['checkov.io/skip1'] = 'CKV_K8S_43='; return d; }],
  'PodDisruptionBudget of par-index removed': ['policy', (d) => d.filter((x) => !(x.kind === 'PodDisruptionBudget' && x.metadata.name === 'par-index'))],
  'gateway Service of type NodePort': ['policy', (d) => { find(d, 'Service', 'gateway').spec.type = 'NodePort'; return d; }],
  'replicas "two" (schema)': ['schema', (d) => { find(d, 'Deployment', 'gateway').spec.replicas = 'two'; return d; }],
  'a misspelt field imagePullPolicyy (schema, strict)': ['schema', (d) => { find(d, 'Deployment', 'dossiers').spec.template.spec.containers[0].imagePullPolicyy = 'Always'; return d; }],
  'an unknown NetworkPolicy peer field (schema, strict)': ['schema', (d) => { find(d, 'NetworkPolicy', 'gateway').spec.egress[1].to[0].podSelektor = {}; return d; }],
  'containerPort missing (schema)': ['schema', (d) => { delete find(d, 'Deployment', 'procedures').spec.template.spec.containers[0].ports[0].containerPort; return d; }],
  'KafkaTopic without partitions (structural)': ['schema', (d) => { delete d.find((x) => x.kind === 'KafkaTopic').spec.partitions; return d; }],
  'Cluster with an unknown spec field (structural)': ['schema', (d) => { d.find((x) => x.kind === 'Cluster').spec.instancez = 3; return d; }],
  'KafkaUser ACL with an unknown operation (structural)': ['schema', (d) => { find(d, 'KafkaUser', 'cchc-dossiers').spec.authorization.acls[0].operations = ['Publish']; return d; }],
};
for (const [name, [kind, mutate]] of Object.entries(mutations)) {
  const docs = mutate(clone());
  const problems = kind === 'drift' ? driftProblems(docs, facts) : kind === 'policy' ? scan(docs).failed : await schemaProblems(docs);
  result(`${kind} check catches: ${name}`, problems.length ? [] : ['not caught']);
  if (verbose && problems.length) console.log(`          (${problems[0]})`);
}
{
  // the code side: a topic added to the code but not to the manifests
  const f2 = structuredClone({ ...facts, services: facts.services });
  f2.topics = [...facts.topics, { name: 'cchc.new.v1', compacted: false }];
  f2.topicsTxt = [...facts.topicsTxt, { name: 'cchc.new.v1', partitions: 3, config: {} }];
  result('drift check catches: a topic in the code that no KafkaTopic declares', DRIFT_RULES.topics(base, f2).length ? [] : ['not caught']);
  const local = JSON.parse(readFileSync(join(REPO, 'deploy/local/realm/cchc-realm.json'), 'utf8'));
  const stripped = stripRealm(local);
  const after = leaks(stripped.realm);
  result(`realm check catches the local realm's demo users (${stripped.removed.length} stripped) and its literal client secret`,
    leaks(local).some((l) => l.startsWith('user')) && stripped.removed.length && !after.some((l) => l.startsWith('user')) &&
      after.some((l) => l.includes('literal secret')) ? [] : ['demo users or literal secret not caught']);
}
console.log(`k8s manifests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
