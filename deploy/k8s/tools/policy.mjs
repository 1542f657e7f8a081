// Policy scan: the Kubernetes checks of checkov (same ids and meaning) that apply to these manifests, plus the
// rules of issue 14 (probes on /q/health, emptyDir /tmp), for machines where checkov cannot be installed.
// A check is waived on an object by checkov's own annotation, with a reason:
//   metadata.annotations: checkov.io/skip1: CKV_K8S_43=<why>
// so real checkov honours the same waivers (deploy/k8s/check runs it too when it is on the PATH).

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'Pod', 'ReplicaSet']);
const podSpec = (d) => (d.kind === 'Pod' ? d.spec : d.spec?.template?.spec);
const containersOf = (p) => [...(p.initContainers ?? []), ...(p.containers ?? [])];
const every = (p, f) => containersOf(p).every(f);
const ctx = (p, c, key) => c.securityContext?.[key] ?? p.securityContext?.[key];

/** id -> [title, (doc, pod) => boolean passed]; applied to every workload. */
export const WORKLOAD_CHECKS = {
  CKV_K8S_8: ['liveness probe', (d, p) => every(p, (c) => !!c.livenessProbe)],
  CKV_K8S_9: ['readiness probe', (d, p) => every(p, (c) => !!c.readinessProbe)],
  CKV_K8S_10: ['CPU requests', (d, p) => every(p, (c) => !!c.resources?.requests?.cpu)],
  CKV_K8S_11: ['CPU limits', (d, p) => every(p, (c) => !!c.resources?.limits?.cpu)],
  CKV_K8S_12: ['memory requests', (d, p) => every(p, (c) => !!c.resources?.requests?.memory)],
  CKV_K8S_13: ['memory limits', (d, p) => every(p, (c) => !!c.resources?.limits?.memory)],
  CKV_K8S_14: ['image tag fixed, not latest', (d, p) => every(p, (c) => /[:@]/.test(c.image.split('/').pop()) && !/:latest$/.test(c.image))],
  CKV_K8S_15: ['image pull policy Always', (d, p) => every(p, (c) => c.imagePullPolicy === 'Always')],
  CKV_K8S_16: ['not privileged', (d, p) => every(p, (c) => c.securityContext?.privileged !== true)],
  CKV_K8S_17: ['no host PID', (d, p) => p.hostPID !== true],
  CKV_K8S_18: ['no host IPC', (d, p) => p.hostIPC !== true],
  CKV_K8S_19: ['no host network', (d, p) => p.hostNetwork !== true],
  CKV_K8S_20: ['allowPrivilegeEscalation false', (d, p) => every(p, (c) => c.securityContext?.allowPrivilegeEscalation === false)],
  CKV_K8S_21: ['not in the default namespace', (d) => !!d.metadata.namespace && d.metadata.namespace !== 'default'],
  CKV_K8S_22: ['read-only root file system', (d, p) => every(p, (c) => c.securityContext?.readOnlyRootFilesystem === true)],
  CKV_K8S_23: ['runAsNonRoot', (d, p) => every(p, (c) => ctx(p, c, 'runAsNonRoot') === true)],
  CKV_K8S_25: ['no added capabilities', (d, p) => every(p, (c) => !(c.securityContext?.capabilities?.add ?? []).length)],
  CKV_K8S_26: ['no hostPort', (d, p) => every(p, (c) => (c.ports ?? []).every((x) => !x.hostPort))],
  CKV_K8S_28: ['NET_RAW dropped', (d, p) => every(p, (c) => (c.securityContext?.capabilities?.drop ?? []).some((x) => x === 'ALL' || x === 'NET_RAW'))],
  CKV_K8S_29: ['pod securityContext', (d, p) => !!p.securityContext],
  CKV_K8S_30: ['container securityContext', (d, p) => every(p, (c) => !!c.securityContext)],
  CKV_K8S_31: ['seccomp RuntimeDefault', (d, p) => every(p, (c) => ['RuntimeDefault', 'Localhost'].includes(ctx(p, c, 'seccompProfile')?.type))],
  CKV_K8S_35: ['secrets as files, not env', (d, p) => every(p, (c) => !(c.env ?? []).some((e) => e.valueFrom?.secretKeyRef) && !(c.envFrom ?? []).some((e) => e.secretRef))],
  CKV_K8S_37: ['capabilities minimized (drop ALL)', (d, p) => every(p, (c) => (c.securityContext?.capabilities?.drop ?? []).includes('ALL'))],
  CKV_K8S_38: ['no service account token', (d, p) => p.automountServiceAccountToken === false],
  CKV_K8S_40: ['high UID (>= 10000)', (d, p) => every(p, (c) => (ctx(p, c, 'runAsUser') ?? 0) >= 10000)],
  CKV_K8S_43: ['image by digest', (d, p) => every(p, (c) => c.image.includes('@sha256:'))],
  // issue 14 §2
  CCHC_PROBES: ['startup/readiness/liveness on /q/health/started|ready|live', (d, p) =>
    every(p, (c) => c.startupProbe?.httpGet?.path === '/q/health/started' && c.readinessProbe?.httpGet?.path === '/q/health/ready' && c.livenessProbe?.httpGet?.path === '/q/health/live')],
  CCHC_TMP: ['writable /tmp from an emptyDir', (d, p) =>
    every(p, (c) => (c.volumeMounts ?? []).some((m) => m.mountPath === '/tmp' && (p.volumes ?? []).some((v) => v.name === m.name && v.emptyDir)))],
};

/** checkov.io/skipN annotations: id -> reason; a waiver without a reason is itself a problem. */
export function waivers(doc) {
  const out = new Map();
  const bad = [];
  for (const [k, v] of Object.entries(doc.metadata?.annotations ?? {})) {
    if (!/^checkov\.io\/skip\d+$/.test(k)) continue;
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(v);
    if (!m || m[2].trim().length < 10) bad.push(`${k}: "${v}" must be ID=<reason of at least 10 characters>`);
    else out.set(m[1], m[2].trim());
  }
  return { waived: out, bad };
}

/** { failed: [...], waived: [...], passed: n } over every workload, and the Ingress/Service/HPA/PDB rules. */
export function scan(docs) {
  const failed = [];
  const waived = [];
  let passed = 0;
  const deployments = docs.filter((d) => d.kind === 'Deployment').map((d) => d.metadata.name);
  for (const d of docs) {
    const where = `${d.kind}/${d.metadata?.name}`;
    const { waived: w, bad } = waivers(d);
    failed.push(...bad.map((b) => `${where}: ${b}`));
    if (!WORKLOADS.has(d.kind)) continue;
    const p = podSpec(d);
    for (const [id, [title, test]] of Object.entries(WORKLOAD_CHECKS)) {
      if (test(d, p)) passed++;
      else if (w.has(id)) waived.push(`${where}: ${id} (${title}) waived: ${w.get(id)}`);
      else failed.push(`${where}: ${id} ${title}`);
    }
  }
  // every Deployment has a PodDisruptionBudget and a NetworkPolicy selecting it; no Service of type NodePort/LB
  for (const name of deployments) {
    const sel = (x) => x.spec?.selector?.matchLabels?.['app.kubernetes.io/name'] === name || x.spec?.podSelector?.matchLabels?.['app.kubernetes.io/name'] === name;
    for (const kind of ['PodDisruptionBudget', 'NetworkPolicy']) {
      if (docs.some((x) => x.kind === kind && sel(x))) passed++;
      else failed.push(`Deployment/${name}: CCHC_${kind === 'NetworkPolicy' ? 'NETPOL' : 'PDB'} no ${kind}`);
    }
  }
  for (const s of docs.filter((d) => d.kind === 'Service')) {
    if (!s.spec.type || s.spec.type === 'ClusterIP') passed++;
    else failed.push(`Service/${s.metadata.name}: CCHC_SERVICE_TYPE ${s.spec.type} exposes it outside the ingress`);
  }
  for (const i of docs.filter((d) => d.kind === 'Ingress')) {
    const hosts = new Set(i.spec.rules.map((r) => r.host));
    const tls = new Set((i.spec.tls ?? []).flatMap((t) => t.hosts));
    if ([...hosts].every((h) => tls.has(h))) passed++;
    else failed.push(`Ingress/${i.metadata.name}: CCHC_INGRESS_TLS every host needs TLS`);
    const backends = i.spec.rules.flatMap((r) => r.http.paths.map((x) => x.backend.service.name));
    if (backends.every((b) => b === 'gateway' || b === 'cchc-keycloak-service')) passed++;
    else failed.push(`Ingress/${i.metadata.name}: CCHC_INGRESS_GATEWAY only the gateway (and Keycloak's login) are exposed`);
  }
  return { failed, waived, passed };
}
