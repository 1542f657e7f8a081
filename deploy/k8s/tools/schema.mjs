// Schema validation without a cluster. Kubernetes' own kinds: the JSON schemas of the Kubernetes API (OpenAPI)
// compiled into the npm package kubernetes-models (types, required fields, enums, formats), and unknown fields
// rejected as with strict field validation (strict.mjs, from the same package's type declarations).
// Prometheus Operator kinds: @kubernetes-models/prometheus-operator. The CRDs of Strimzi, CloudNativePG (+ the
// Barman Cloud plugin) and Keycloak have no offline schema here: they get a structural check of their own below
// (required fields, types, and no unknown top-level spec field), written from the operators' documentation.

import { unknownFields } from './strict.mjs';

const BUILTIN_GROUPS = new Set([
  'v1', 'apps/v1', 'batch/v1', 'autoscaling/v2', 'policy/v1', 'networking.k8s.io/v1', 'rbac.authorization.k8s.io/v1',
]);
const PROMETHEUS = 'monitoring.coreos.com/v1';

const isObj = (x) => x && typeof x === 'object' && !Array.isArray(x);
const get = (o, path) => path.split('.').reduce((x, k) => (x == null ? undefined : x[k]), o);
const T = {
  str: (x) => typeof x === 'string' && x.length > 0,
  int: (x) => Number.isInteger(x),
  pos: (x) => Number.isInteger(x) && x > 0,
  bool: (x) => typeof x === 'boolean',
  obj: isObj,
  arr: Array.isArray,
  qty: (x) => (typeof x === 'string' && /^[0-9.]+(Ki|Mi|Gi|Ti|m|k|M|G|T)?$/.test(x)) || Number.isFinite(x),
};

/** kind -> { apiVersion, required: {path: type}, spec: allowed top-level spec keys, check(doc) -> problems } */
export const CRD_SPECS = {
  Kafka: {
    apiVersion: 'kafka.strimzi.io/v1beta2',
    required: { 'spec.kafka': 'obj', 'spec.kafka.listeners': 'arr' },
    spec: ['kafka', 'zookeeper', 'entityOperator', 'cruiseControl', 'kafkaExporter', 'clusterCa', 'clientsCa', 'maintenanceTimeWindows'],
    check: (d) => [
      ...(d.spec.zookeeper ? ['KRaft only: no spec.zookeeper'] : []),
      ...(d.metadata.annotations?.['strimzi.io/node-pools'] === 'enabled' ? [] : ['annotation strimzi.io/node-pools: enabled']),
      ...d.spec.kafka.listeners.flatMap((l, i) =>
        T.str(l.name) && T.pos(l.port) && T.bool(l.tls) && ['internal', 'route', 'loadbalancer', 'nodeport', 'ingress', 'cluster-ip'].includes(l.type)
          ? []
          : [`listener ${i}: name, port, tls and type are required`],
      ),
    ],
  },
  KafkaNodePool: {
    apiVersion: 'kafka.strimzi.io/v1beta2',
    required: { 'spec.replicas': 'pos', 'spec.roles': 'arr', 'spec.storage': 'obj', 'metadata.labels.strimzi\\.io/cluster': 'str' },
    spec: ['replicas', 'roles', 'storage', 'resources', 'jvmOptions', 'template'],
    check: (d) => d.spec.roles.filter((r) => !['controller', 'broker'].includes(r)).map((r) => `unknown role ${r}`),
  },
  KafkaTopic: {
    apiVersion: 'kafka.strimzi.io/v1beta2',
    required: { 'spec.partitions': 'pos', 'spec.replicas': 'pos', 'metadata.labels.strimzi\\.io/cluster': 'str' },
    spec: ['topicName', 'partitions', 'replicas', 'config'],
  },
  KafkaUser: {
    apiVersion: 'kafka.strimzi.io/v1beta2',
    required: { 'spec.authentication.type': 'str', 'spec.authorization.acls': 'arr', 'metadata.labels.strimzi\\.io/cluster': 'str' },
    spec: ['authentication', 'authorization', 'quotas', 'template'],
    check: (d) =>
      d.spec.authorization.acls.flatMap((a, i) =>
        ['topic', 'group', 'cluster', 'transactionalId'].includes(a.resource?.type) &&
        (a.resource.type === 'cluster' || T.str(a.resource.name)) &&
        ['literal', 'prefix', undefined].includes(a.resource.patternType) &&
        T.arr(a.operations) &&
        a.operations.every((o) => ['Read', 'Write', 'Create', 'Delete', 'Alter', 'Describe', 'ClusterAction', 'AlterConfigs', 'DescribeConfigs', 'IdempotentWrite', 'All'].includes(o))
          ? []
          : [`acl ${i}: resource {type, name, patternType} and known operations are required`],
      ),
  },
  Cluster: {
    apiVersion: 'postgresql.cnpg.io/v1',
    required: { 'spec.instances': 'pos', 'spec.storage.size': 'qty' },
    spec: ['instances', 'imageName', 'primaryUpdateStrategy', 'storage', 'walStorage', 'resources', 'postgresql', 'enableSuperuserAccess',
      'bootstrap', 'managed', 'plugins', 'affinity', 'externalClusters', 'backup', 'monitoring', 'description'],
    check: (d) => [
      ...(d.spec.bootstrap && Object.keys(d.spec.bootstrap).length !== 1 ? ['bootstrap: exactly one of initdb, recovery, pg_basebackup'] : []),
      ...(d.spec.bootstrap?.recovery && !d.spec.externalClusters?.some((c) => c.name === d.spec.bootstrap.recovery.source)
        ? ['bootstrap.recovery.source must name an externalClusters entry'] : []),
      ...(d.spec.managed?.roles ?? []).flatMap((r) => (T.str(r.name) && r.passwordSecret?.name ? [] : [`role ${r.name}: name and passwordSecret required`])),
      ...(d.spec.plugins ?? []).flatMap((p) => (T.str(p.name) ? [] : ['plugin without name'])),
    ],
  },
  Database: {
    apiVersion: 'postgresql.cnpg.io/v1',
    required: { 'spec.cluster.name': 'str', 'spec.name': 'str', 'spec.owner': 'str' },
    spec: ['cluster', 'name', 'owner', 'ensure', 'databaseReclaimPolicy', 'encoding', 'locale', 'template', 'extensions', 'schemas'],
  },
  ScheduledBackup: {
    apiVersion: 'postgresql.cnpg.io/v1',
    required: { 'spec.schedule': 'str', 'spec.cluster.name': 'str' },
    spec: ['schedule', 'cluster', 'method', 'pluginConfiguration', 'immediate', 'backupOwnerReference', 'suspend', 'target', 'online'],
    check: (d) => [
      ...(d.spec.schedule.trim().split(/\s+/).length === 6 ? [] : ['schedule has six fields (seconds first)']),
      ...(d.spec.method === 'plugin' && !d.spec.pluginConfiguration?.name ? ['method plugin needs pluginConfiguration.name'] : []),
    ],
  },
  ObjectStore: {
    apiVersion: 'barmancloud.cnpg.io/v1',
    required: { 'spec.configuration.destinationPath': 'str' },
    spec: ['configuration', 'retentionPolicy', 'instanceSidecarConfiguration'],
  },
  Keycloak: {
    apiVersion: 'k8s.keycloak.org/v2alpha1',
    required: { 'spec.instances': 'pos', 'spec.db.vendor': 'str', 'spec.hostname.hostname': 'str' },
    spec: ['instances', 'db', 'http', 'hostname', 'proxy', 'ingress', 'resources', 'features', 'transaction', 'image', 'additionalOptions', 'unsupported', 'truststores', 'cache', 'startOptimized'],
    check: (d) => (d.spec.http?.httpEnabled || d.spec.http?.tlsSecret ? [] : ['http.httpEnabled or http.tlsSecret required']),
  },
  KeycloakRealmImport: {
    apiVersion: 'k8s.keycloak.org/v2alpha1',
    required: { 'spec.keycloakCRName': 'str', 'spec.realm.realm': 'str' },
    spec: ['keycloakCRName', 'realm', 'placeholders', 'resources'],
  },
};

let builtin = new Map();
async function builtinClass(apiVersion, kind) {
  const mod = apiVersion === PROMETHEUS ? '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1' : `kubernetes-models/${apiVersion}`;
  if (!builtin.has(mod)) builtin.set(mod, await import(mod).catch(() => null));
  return builtin.get(mod)?.[kind];
}

/** Problems of one object (empty = valid). */
export async function validate(doc) {
  const where = `${doc.kind}/${doc.metadata?.name}`;
  if (!T.str(doc.apiVersion) || !T.str(doc.kind) || !T.str(doc.metadata?.name)) return [`${where}: apiVersion, kind, metadata.name required`];
  if (BUILTIN_GROUPS.has(doc.apiVersion) || doc.apiVersion === PROMETHEUS) {
    const Cls = await builtinClass(doc.apiVersion, doc.kind);
    if (!Cls) return [`${where}: no schema for ${doc.apiVersion} ${doc.kind}`];
    const problems = unknownFields(doc);
    try {
      new Cls(doc).validate();
    } catch (e) {
      problems.push(`${where}: ${e.message.split('\n').slice(0, 5).join('; ')}`);
    }
    return problems;
  }
  const spec = CRD_SPECS[doc.kind];
  if (!spec || spec.apiVersion !== doc.apiVersion) return [`${where}: unknown kind ${doc.apiVersion} ${doc.kind} (no schema, no structural check)`];
  const problems = [];
  for (const [path, type] of Object.entries(spec.required)) {
    // a label path is metadata.labels.<key with escaped dots>
    const value = path.startsWith('metadata.labels.')
      ? doc.metadata?.labels?.[path.slice('metadata.labels.'.length).replace(/\\\./g, '.')]
      : get(doc, path);
    if (!T[type](value)) problems.push(`${where}: ${path.replace(/\\/g, '')} must be ${type}`);
  }
  for (const k of Object.keys(doc.spec ?? {})) if (!spec.spec.includes(k)) problems.push(`${where}: unknown field spec.${k}`);
  if (!problems.length && spec.check) problems.push(...spec.check(doc).map((p) => `${where}: ${p}`));
  return problems;
}
