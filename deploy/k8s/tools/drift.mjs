// Drift check: the rendered manifests and the code must name the same topics, databases, ports and configuration,
// and the manifests nothing else. Each rule returns a list of problems (empty = passed).
import { DOMAIN_SERVICES, SERVICES, envName, varsOf } from './facts.mjs';

/** Databases the cluster holds that no service's code names, each with the reason it exists. */
export const INFRASTRUCTURE_DATABASES = { keycloak: 'Keycloak (keycloak/keycloak.yaml)' };
/** Kafka client settings a service takes from KAFKA_* variables (Quarkus maps them to kafka.*): TLS + SCRAM. */
export const KAFKA_CLIENT_SETTINGS = [
  'bootstrap.servers',
  'security.protocol',
  'sasl.mechanism',
  'sasl.jaas.config',
  'ssl.truststore.type',
  'ssl.truststore.location',
];
/** Quarkus keys set only in the cluster (not in application.properties), each with its reason. */
export const CLUSTER_ONLY_KEYS = {
  'quarkus.http.proxy.trusted-proxies': 'the ingress controller in front of the gateway (gateway README: behind a reverse proxy)',
  'quarkus.oidc.token.issuer': 'the issuer is the public Keycloak URL while the services reach Keycloak inside the cluster',
  'quarkus.mailer.host': 'SMTP relay of the environment (dossiers README)',
  'quarkus.mailer.port': 'SMTP relay of the environment',
  'quarkus.mailer.start-tls': 'SMTP relay of the environment',
  'quarkus.mailer.username': 'SMTP relay of the environment',
  'quarkus.mailer.password': 'SMTP relay of the environment',
};
/** Build-time keys (the image build): not configuration of a running pod. */
export const BUILD_TIME_PREFIXES = ['quarkus.container-image.', 'quarkus.jib.'];
const buildTime = (key) => BUILD_TIME_PREFIXES.some((p) => key.startsWith(p));
const buildTimeEnv = (name) => BUILD_TIME_PREFIXES.some((p) => name.startsWith(envName(p)));

/** Keys whose value must come from a Secret, never from a ConfigMap or a literal. */
export const SECRET_KEYS = {
  domain: ['quarkus.datasource.username', 'quarkus.datasource.password', 'kafka.sasl.jaas.config'],
  gateway: [],
};

const byKind = (docs, kind) => docs.filter((d) => d.kind === kind);
const named = (docs, kind, name) => docs.find((d) => d.kind === kind && d.metadata?.name === name);
const setEq = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
const fmt = (s) => [...s].sort().join(', ') || '(none)';

/** The environment of a Deployment's first container: name -> {value} | {secret} | {configMap}. */
export function containerEnv(docs, deployment) {
  const env = new Map();
  const c = deployment.spec.template.spec.containers[0];
  for (const ef of c.envFrom ?? []) {
    const cm = ef.configMapRef && named(docs, 'ConfigMap', ef.configMapRef.name);
    for (const [k, v] of Object.entries(cm?.data ?? {})) env.set(k, { value: v, from: 'configMap' });
    if (ef.secretRef) env.set(`*secret:${ef.secretRef.name}`, { from: 'secret' });
  }
  for (const e of c.env ?? []) {
    if (e.valueFrom?.secretKeyRef) env.set(e.name, { from: 'secret', secret: e.valueFrom.secretKeyRef });
    else env.set(e.name, { value: e.value, from: 'literal' });
  }
  return env;
}

export function topicRule(docs, facts) {
  const problems = [];
  const kt = byKind(docs, 'KafkaTopic').map((d) => ({ name: d.spec.topicName ?? d.metadata.name, d }));
  const inManifests = new Set(kt.map((t) => t.name));
  const inCode = new Set(facts.topics.map((t) => t.name));
  const inTxt = new Set(facts.topicsTxt.map((t) => t.name));
  if (!setEq(inCode, inTxt)) problems.push(`Topics.ALL {${fmt(inCode)}} differs from topics.txt {${fmt(inTxt)}}`);
  for (const n of inCode) if (!inManifests.has(n)) problems.push(`topic ${n} (Topics.ALL) has no KafkaTopic`);
  for (const n of inManifests) if (!inCode.has(n)) problems.push(`KafkaTopic ${n} is not a topic of the code`);
  for (const { name, d } of kt) {
    const txt = facts.topicsTxt.find((t) => t.name === name);
    const code = facts.topics.find((t) => t.name === name);
    const cfg = d.spec.config ?? {};
    if (txt && d.spec.partitions !== txt.partitions)
      problems.push(`KafkaTopic ${name}: partitions ${d.spec.partitions}, topics.txt ${txt.partitions}`);
    if (d.spec.replicas !== 3) problems.push(`KafkaTopic ${name}: replicas ${d.spec.replicas}, want 3`);
    if (String(cfg['min.insync.replicas']) !== '2') problems.push(`KafkaTopic ${name}: min.insync.replicas must be 2`);
    const compact = String(cfg['cleanup.policy'] ?? 'delete').includes('compact');
    if (code && compact !== code.compacted)
      problems.push(`KafkaTopic ${name}: compacted=${compact}, Topics.ALL says ${code.compacted}`);
    if (txt && compact !== (txt.config['cleanup.policy'] ?? '').includes('compact'))
      problems.push(`KafkaTopic ${name}: compaction differs from topics.txt`);
    // retention: the topics read models are rebuilt from keep every record (topics.txt retention.ms=-1)
    if (txt && String(cfg['retention.ms'] ?? '') !== String(txt.config['retention.ms'] ?? ''))
      problems.push(`KafkaTopic ${name}: retention.ms ${cfg['retention.ms'] ?? '(default)'}, topics.txt ${txt.config['retention.ms'] ?? '(default)'}`);
  }
  return problems;
}

export function userRule(docs, facts) {
  const problems = [];
  const dlq = facts.topics.find((t) => /dlq/.test(t.name))?.name ?? 'cchc.dlq.v1';
  const users = byKind(docs, 'KafkaUser');
  const expectedNames = new Set(DOMAIN_SERVICES.map((s) => `cchc-${s}`));
  for (const u of users)
    if (!expectedNames.has(u.metadata.name)) problems.push(`KafkaUser ${u.metadata.name} belongs to no service`);
  for (const svc of DOMAIN_SERVICES) {
    const u = named(docs, 'KafkaUser', `cchc-${svc}`);
    if (!u) {
      problems.push(`service ${svc} has no KafkaUser cchc-${svc}`);
      continue;
    }
    const f = facts.services[svc];
    // operations per topic, merged: a service that reads its own topic back (dossiers' webhooks) needs Read and Write
    const wantOps = new Map();
    const wantOp = (t, op) => wantOps.set(t, new Set([...(wantOps.get(t) ?? []), 'Describe', op]));
    for (const t of new Set([...f.produced, dlq])) wantOp(t, 'Write');
    for (const t of f.consumed) wantOp(t, 'Read');
    const want = new Set([...wantOps].map(([t, ops]) => `topic:literal:${t}:${[...ops].sort().join(',')}`));
    if (f.consumed.size) want.add(`group:prefix:cchc-${svc}:Read`);
    const have = new Set();
    const acls = u.spec.authorization?.acls ?? [];
    const merged = new Map();
    for (const a of acls) {
      const k = `${a.resource.type}:${a.resource.patternType ?? 'literal'}:${a.resource.name}`;
      const ops = merged.get(k) ?? new Set();
      for (const op of a.operations ?? [a.operation]) ops.add(op);
      merged.set(k, ops);
    }
    for (const [k, ops] of merged) have.add(`${k}:${[...ops].sort().join(',')}`);
    for (const w of want) if (!have.has(w)) problems.push(`KafkaUser cchc-${svc} lacks ${w}`);
    for (const h of have) if (!want.has(h)) problems.push(`KafkaUser cchc-${svc} grants ${h}, which the code does not use`);
    if (u.spec.authentication?.type !== 'scram-sha-512' && u.spec.authentication?.type !== 'tls')
      problems.push(`KafkaUser cchc-${svc}: authentication must be scram-sha-512 or tls`);
  }
  return problems;
}

export function databaseRule(docs, facts) {
  const problems = [];
  const want = new Set(DOMAIN_SERVICES.map((s) => facts.services[s].database));
  const infra = new Set(Object.keys(INFRASTRUCTURE_DATABASES));
  const have = new Set(byKind(docs, 'Database').map((d) => d.spec.name));
  for (const c of byKind(docs, 'Cluster')) {
    const db = c.spec.bootstrap?.initdb?.database;
    if (db) have.add(db);
  }
  for (const db of want) if (!have.has(db)) problems.push(`database ${db} (a service's JDBC URL) is not in the manifests`);
  for (const db of have)
    if (!want.has(db) && !infra.has(db)) problems.push(`database ${db} is named by no service (nor infrastructure)`);
  for (const svc of DOMAIN_SERVICES) {
    const d = named(docs, 'Deployment', svc);
    if (!d) continue;
    const url = containerEnv(docs, d).get('QUARKUS_DATASOURCE_JDBC_URL')?.value ?? '';
    const db = url.replace(/\?.*$/, '').split('/').pop();
    if (db !== facts.services[svc].database)
      problems.push(`${svc}: QUARKUS_DATASOURCE_JDBC_URL names ${db || 'nothing'}, the code ${facts.services[svc].database}`);
    const dbDoc = byKind(docs, 'Database').find((x) => x.spec.name === facts.services[svc].database);
    if (dbDoc && dbDoc.spec.owner !== facts.services[svc].database)
      problems.push(`database ${dbDoc.spec.name}: owner ${dbDoc.spec.owner}, want the service's own role`);
  }
  return problems;
}

export function portRule(docs, facts) {
  const problems = [];
  const gwEnv = named(docs, 'Deployment', 'gateway') ? containerEnv(docs, named(docs, 'Deployment', 'gateway')) : new Map();
  const gwNp = named(docs, 'NetworkPolicy', 'gateway');
  for (const svc of SERVICES) {
    const port = facts.services[svc].port;
    const d = named(docs, 'Deployment', svc);
    const s = named(docs, 'Service', svc);
    const np = named(docs, 'NetworkPolicy', svc);
    if (!d || !s || !np) {
      problems.push(`${svc}: Deployment, Service and NetworkPolicy named ${svc} are all required`);
      continue;
    }
    // a management interface (quarkus.management.port, set through its variable): metrics only, not in the Service
    const env = containerEnv(docs, d);
    const mgmtVar = varsOf(facts.services[svc].props.get('quarkus.management.port') ?? '')[0];
    const mgmtValue = env.get('QUARKUS_MANAGEMENT_PORT')?.value ?? (mgmtVar && env.get(mgmtVar)?.value);
    const mgmt = mgmtValue !== undefined && Number(mgmtValue) > 0 ? Number(mgmtValue) : undefined;
    const allowed = mgmt === undefined ? [port] : [port, mgmt];
    const cPorts = (d.spec.template.spec.containers[0].ports ?? []).map((p) => p.containerPort);
    if (cPorts.length !== allowed.length || cPorts.some((p) => !allowed.includes(p)))
      problems.push(`${svc}: containerPort ${cPorts}, quarkus.http.port ${port}${mgmt ? `, management ${mgmt}` : ''}`);
    const sPorts = s.spec.ports.map((p) => p.port);
    if (sPorts.length !== 1 || sPorts[0] !== port) problems.push(`${svc}: Service port ${sPorts}, want ${port}`);
    const npPorts = (np.spec.ingress ?? []).flatMap((r) => (r.ports ?? []).map((p) => p.port));
    if (!npPorts.length || npPorts.some((p) => !allowed.includes(p)))
      problems.push(`${svc}: NetworkPolicy ingress ports ${npPorts}, want ${allowed}`);
    const envPort = containerEnv(docs, d).get('QUARKUS_HTTP_PORT')?.value;
    if (envPort !== undefined && Number(envPort) !== port) problems.push(`${svc}: QUARKUS_HTTP_PORT ${envPort}, want ${port}`);
    if (svc === 'gateway') continue;
    // the gateway's route to this service: its upstream variable, the Service DNS name and port, and egress
    const upstream = facts.services.gateway.props.get(`cchc.gateway.routes.${svc}.upstream`) ?? '';
    const v = varsOf(upstream)[0];
    const url = v && gwEnv.get(v)?.value;
    if (!url) problems.push(`gateway: ${v ?? 'the upstream variable'} of route ${svc} is not set`);
    else if (url !== `http://${svc}:${port}`) problems.push(`gateway: ${v}=${url}, want http://${svc}:${port}`);
    const egress = (gwNp?.spec.egress ?? []).some(
      (r) =>
        (r.to ?? []).some((t) => t.podSelector?.matchLabels?.['app.kubernetes.io/name'] === svc) &&
        (r.ports ?? []).some((p) => p.port === port),
    );
    if (!egress) problems.push(`gateway: NetworkPolicy has no egress to ${svc}:${port}`);
  }
  const deployments = new Set(byKind(docs, 'Deployment').map((d) => d.metadata.name));
  for (const n of deployments) if (!SERVICES.includes(n)) problems.push(`Deployment ${n} is not a service of the code`);
  return problems;
}

export function configRule(docs, facts) {
  const problems = [];
  for (const svc of SERVICES) {
    const d = named(docs, 'Deployment', svc);
    if (!d) {
      problems.push(`service ${svc} has no Deployment`);
      continue;
    }
    const f = facts.services[svc];
    const env = containerEnv(docs, d);
    // 1. every key whose default points at the local stack is set for the cluster
    for (const [key, value] of f.props) {
      if (!/127\.0\.0\.1|localhost/.test(value) || buildTime(key)) continue;
      const names = [envName(key), ...varsOf(value)];
      if (!names.some((n) => env.has(n))) problems.push(`${svc}: ${key} defaults to the local stack; set ${names.join(' or ')}`);
    }
    // ... and so is every key whose documented default (README configuration table) points at the local stack
    for (const [key, vars] of f.localDefaults) {
      if (f.props.has(key) || buildTime(key)) continue;
      const names = [envName(key), ...vars];
      if (!names.some((n) => env.has(n)))
        problems.push(`${svc}: ${key} defaults to the local stack (README); set ${names.join(' or ')}`);
    }
    if (env.get('QUARKUS_HTTP_HOST')?.value !== '0.0.0.0') problems.push(`${svc}: QUARKUS_HTTP_HOST must be 0.0.0.0`);
    // 2. secrets come from Secrets
    for (const key of svc === 'gateway' ? SECRET_KEYS.gateway : SECRET_KEYS.domain) {
      const e = env.get(envName(key));
      if (!e || e.from !== 'secret') problems.push(`${svc}: ${envName(key)} must come from a Secret (secretKeyRef)`);
    }
    // 3. nothing the service does not know
    const known = new Set();
    for (const [key, value] of f.props) {
      known.add(envName(key));
      for (const v of varsOf(value)) known.add(v);
    }
    for (const key of f.documented) if (!/[<>*"]/.test(key)) known.add(envName(key));
    for (const key of Object.keys(CLUSTER_ONLY_KEYS)) known.add(envName(key));
    if (svc !== 'gateway') for (const s of KAFKA_CLIENT_SETTINGS) known.add(envName(`kafka.${s}`));
    for (const name of env.keys()) {
      if (name.startsWith('*secret:')) problems.push(`${svc}: envFrom a whole Secret (${name.slice(8)}) hides which keys it sets`);
      else if (buildTimeEnv(name)) problems.push(`${svc}: ${name} is a build-time key: no effect in a running pod`);
      else if (!known.has(name)) problems.push(`${svc}: ${name} is no configuration key of the service`);
    }
  }
  return problems;
}

/** host and port of a URL or host:port list entry (jdbc:postgresql://h:p/db, http://h:p/x, h:p). */
function hostPort(value) {
  const m = /^(?:[a-z:]+\/\/)?([^/:,]+):(\d+)/.exec(String(value ?? '').replace(/^jdbc:/, ''));
  return m ? { host: m[1], port: Number(m[2]) } : null;
}
const egressTo = (np, labels, port) =>
  (np?.spec.egress ?? []).some(
    (r) =>
      (r.to ?? []).some((t) => t.podSelector && Object.entries(labels).every(([k, v]) => t.podSelector.matchLabels?.[k] === v)) &&
      (r.ports ?? []).some((p) => p.port === port),
  );

/** The services reach PostgreSQL, Kafka and Keycloak at the Service names and ports the operators create, and their
 *  NetworkPolicies let them through on exactly those ports. */
export function infrastructureRule(docs) {
  const problems = [];
  const pg = byKind(docs, 'Cluster').find((c) => c.spec.bootstrap?.initdb);
  const kafka = byKind(docs, 'Kafka')[0];
  const kc = byKind(docs, 'Keycloak')[0];
  if (!pg || !kafka || !kc) return ['a CloudNativePG Cluster, a Strimzi Kafka and a Keycloak are required'];
  const listener = kafka.spec.kafka.listeners.find((l) => l.tls && l.authentication?.type === 'scram-sha-512');
  if (!listener) problems.push('Kafka: no TLS listener with SCRAM-SHA-512 authentication (what the services use)');
  const kcPort = kc.spec.http?.httpPort ?? 8080;
  for (const svc of SERVICES) {
    const d = named(docs, 'Deployment', svc);
    if (!d) continue;
    const env = containerEnv(docs, d);
    const np = named(docs, 'NetworkPolicy', svc);
    const oidc = hostPort(env.get(svc === 'gateway' ? 'CCHC_OIDC_URL' : 'QUARKUS_OIDC_AUTH_SERVER_URL')?.value);
    if (!oidc || oidc.host !== `${kc.metadata.name}-service` || oidc.port !== kcPort)
      problems.push(`${svc}: the OIDC URL must be http://${kc.metadata.name}-service:${kcPort}/realms/cchc`);
    else if (!egressTo(np, { 'app.kubernetes.io/instance': kc.metadata.name }, kcPort))
      problems.push(`${svc}: NetworkPolicy has no egress to Keycloak on ${kcPort}`);
    if (svc === 'gateway') continue;
    const db = hostPort(env.get('QUARKUS_DATASOURCE_JDBC_URL')?.value);
    if (!db || db.host !== `${pg.metadata.name}-rw` || db.port !== 5432)
      problems.push(`${svc}: the JDBC URL must name ${pg.metadata.name}-rw:5432`);
    else if (!egressTo(np, { 'cnpg.io/cluster': pg.metadata.name }, 5432))
      problems.push(`${svc}: NetworkPolicy has no egress to PostgreSQL on 5432`);
    const bs = hostPort(env.get('KAFKA_BOOTSTRAP_SERVERS')?.value);
    if (listener && (!bs || bs.host !== `${kafka.metadata.name}-kafka-bootstrap` || bs.port !== listener.port))
      problems.push(`${svc}: KAFKA_BOOTSTRAP_SERVERS must be ${kafka.metadata.name}-kafka-bootstrap:${listener.port}`);
    else if (listener && !egressTo(np, { 'strimzi.io/cluster': kafka.metadata.name }, listener.port))
      problems.push(`${svc}: NetworkPolicy has no egress to the Kafka brokers on ${listener.port}`);
    if (env.get('KAFKA_SECURITY_PROTOCOL')?.value !== 'SASL_SSL' || env.get('KAFKA_SASL_MECHANISM')?.value !== 'SCRAM-SHA-512')
      problems.push(`${svc}: KAFKA_SECURITY_PROTOCOL=SASL_SSL and KAFKA_SASL_MECHANISM=SCRAM-SHA-512 are required`);
    const jaas = env.get('KAFKA_SASL_JAAS_CONFIG');
    if (jaas?.secret?.name !== `cchc-${svc}`) problems.push(`${svc}: KAFKA_SASL_JAAS_CONFIG must come from the KafkaUser's Secret cchc-${svc}`);
  }
  return problems;
}

export const DRIFT_RULES = {
  topics: topicRule,
  'kafka users and ACLs': userRule,
  databases: databaseRule,
  ports: portRule,
  'infrastructure endpoints (PostgreSQL, Kafka, Keycloak)': infrastructureRule,
  'configuration keys': configRule,
};
