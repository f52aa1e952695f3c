import type { Manifest } from './kubernetes-manifests.js';

/*
 * The facts the deployment must keep, checked on the manifests as written: each returns the
 * problems it finds, one sentence each, so that a broken manifest names what is wrong.
 */

/** The namespace of the ingress controller, the only one people's requests come from. */
export const INGRESS_NAMESPACE = 'ingress-nginx';
/** The namespace Jalon's processes run in (overlays/example). */
export const JALON_NAMESPACE = 'jalon';
/** The label that tells Jalon's processes apart. */
export const COMPONENT = 'app.kubernetes.io/component';

const ofKind = (manifests: Manifest[], kind: string) => manifests.filter((m) => m.kind === kind);
const componentOf = (deployment: Manifest): string => deployment.spec?.template?.metadata?.labels?.[COMPONENT];

interface ContainerPort { name?: string; containerPort: number }
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Container = Record<string, any>;

/** A port by number or by the name the container gives it; undefined when the container has none such. */
export function resolvePort(container: Container, port: number | string): number | undefined {
  const ports: ContainerPort[] = container.ports ?? [];
  if (typeof port === 'number') return ports.some((p) => p.containerPort === port) ? port : undefined;
  return ports.find((p) => p.name === port)?.containerPort;
}

/** The port a probe asks /health on, or a sentence saying why it does not. */
function healthProbePort(container: Container, probe: Container | undefined): number | string {
  if (!probe) return 'has none';
  if (probe.httpGet) {
    if (probe.httpGet.path !== '/health') return `asks ${probe.httpGet.path}, not /health`;
    return resolvePort(container, probe.httpGet.port) ?? `asks port ${probe.httpGet.port}, which the container does not declare`;
  }
  // A probe that asks /health from inside the container (a process listening on 127.0.0.1 only).
  const command = (probe.exec?.command ?? []).join(' ');
  const asked = /http:\/\/127\.0\.0\.1:(\d+)\/health\b/.exec(command);
  if (!asked) return 'neither asks /health over HTTP nor runs a command that does';
  return resolvePort(container, Number(asked[1])) ?? `asks port ${asked[1]}, which the container does not declare`;
}

/** Probes on /health, non-root, read-only, no privilege, limits: for every container of every Deployment. */
export function deploymentProblems(manifests: Manifest[]): string[] {
  const problems: string[] = [];
  for (const deployment of ofKind(manifests, 'Deployment')) {
    const pod = deployment.spec?.template?.spec ?? {};
    const name = deployment.metadata.name;
    if (pod.automountServiceAccountToken !== false) problems.push(`${name}: mounts a service account token`);
    if (pod.hostNetwork || pod.hostPID || pod.hostIPC) problems.push(`${name}: shares a namespace of the node`);
    const inits = new Set<Container>(pod.initContainers ?? []);
    for (const container of [...inits, ...(pod.containers ?? [])] as Container[]) {
      const where = `${name}/${container.name}`;
      // An init container runs to its end before the others start: Kubernetes refuses probes on it.
      for (const kind of inits.has(container) ? [] : ['readinessProbe', 'livenessProbe'] as const) {
        const port = healthProbePort(container, container[kind]);
        if (typeof port === 'string') problems.push(`${where}: ${kind} ${port}`);
      }
      const sc = container.securityContext ?? {};
      if ((sc.runAsNonRoot ?? pod.securityContext?.runAsNonRoot) !== true) problems.push(`${where}: may run as root (runAsNonRoot is not true)`);
      if ((sc.runAsUser ?? pod.securityContext?.runAsUser) === 0) problems.push(`${where}: runs as user 0`);
      if (sc.readOnlyRootFilesystem !== true) problems.push(`${where}: its root filesystem is writable`);
      if (sc.allowPrivilegeEscalation !== false) problems.push(`${where}: may escalate privileges`);
      if (sc.privileged === true) problems.push(`${where}: is privileged`);
      if (!(sc.capabilities?.drop ?? []).includes('ALL')) problems.push(`${where}: keeps Linux capabilities (drop ALL)`);
      if ((sc.capabilities?.add ?? []).length > 0) problems.push(`${where}: adds capabilities`);
      if (!container.resources?.requests?.cpu || !container.resources?.requests?.memory || !container.resources?.limits?.memory) {
        problems.push(`${where}: has no cpu and memory requests and memory limit`);
      }
    }
  }
  return problems;
}

/**
 * Each service with a schema is migrated before it starts, by an init container running the
 * migrate-only command for that service (`npm run migrate -- <service>`) as the schema's owner.
 */
export function migrationProblems(manifests: Manifest[], services: readonly string[]): string[] {
  const problems: string[] = [];
  for (const service of services) {
    const pod = ofKind(manifests, 'Deployment').find((d) => componentOf(d) === service)?.spec?.template?.spec;
    const init: Container | undefined = (pod?.initContainers ?? []).find((c: Container) => (c.command ?? []).includes('infra/src/cli/migrate.ts'));
    if (!init) { problems.push(`${service}: no init container runs infra/src/cli/migrate.ts`); continue; }
    if (init.command.at(-1) !== service) problems.push(`${service}: its init container migrates ${init.command.at(-1)}, not ${service}`);
    const owner = (init.env ?? []).find((e: Container) => e.name === 'DATABASE_OWNER_URL')?.valueFrom?.secretKeyRef;
    if (owner?.name !== `jalon-${service}` || owner?.key !== 'DATABASE_OWNER_URL') problems.push(`${service}: its init container does not migrate as DATABASE_OWNER_URL of Secret jalon-${service}`);
  }
  return problems;
}

/** Services whose selector picks a Deployment's pods, with the container port each Service port reaches. */
function serviceTargets(manifests: Manifest[], service: Manifest): Array<{ component: string; servicePort: Manifest; containerPort: number | undefined }> {
  const selector: Record<string, string> = service.spec?.selector ?? {};
  return ofKind(manifests, 'Deployment')
    .filter((d) => Object.entries(selector).every(([k, v]) => d.spec?.template?.metadata?.labels?.[k] === v))
    .flatMap((d) => (service.spec?.ports ?? []).map((servicePort: Manifest) => ({
      component: componentOf(d),
      servicePort,
      containerPort: resolvePort(d.spec.template.spec.containers[0], servicePort.targetPort ?? servicePort.port),
    })));
}

/**
 * The Ingress reaches the portal's pages and nothing else: each backend is a Service port whose
 * pods are the portal's and whose target is the portal's public listener (`publicPort`).
 */
export function ingressProblems(manifests: Manifest[], publicPort: number): string[] {
  const problems: string[] = [];
  const services = ofKind(manifests, 'Service');
  for (const service of services) {
    if (service.spec?.type && service.spec.type !== 'ClusterIP') problems.push(`Service ${service.metadata.name} is of type ${service.spec.type}: reachable from outside without the Ingress`);
  }
  const ingresses = ofKind(manifests, 'Ingress');
  if (ingresses.length === 0) problems.push('no Ingress: people cannot reach the pages');
  for (const ingress of ingresses) {
    const backends = [ingress.spec?.defaultBackend, ...(ingress.spec?.rules ?? []).flatMap((r: Manifest) => (r.http?.paths ?? []).map((p: Manifest) => p.backend))]
      .filter(Boolean);
    for (const backend of backends) {
      const service = services.find((s) => s.metadata.name === backend.service?.name);
      if (!service) { problems.push(`Ingress ${ingress.metadata.name} names Service ${backend.service?.name ?? '(none)'}, which is not one of the manifests`); continue; }
      const wanted = backend.service.port;
      const targets = serviceTargets(manifests, service).filter((t) => t.servicePort.name === wanted?.name || t.servicePort.port === wanted?.number);
      if (targets.length === 0) problems.push(`Ingress ${ingress.metadata.name} names a port of Service ${service.metadata.name} that reaches no pod`);
      for (const t of targets) {
        if (t.component !== 'portal' || t.containerPort !== publicPort) {
          problems.push(`Ingress ${ingress.metadata.name} reaches ${t.component} on port ${t.containerPort ?? t.servicePort.targetPort}, not the portal's public listener (${publicPort})`);
        }
      }
    }
  }
  return problems;
}

/** Where a connection comes from: a pod of this namespace (by component) or the ingress controller's namespace. */
export type Source = { component: string } | { namespace: string };

const matches = (selector: Manifest | undefined, labels: Record<string, string>) =>
  Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v) && (selector?.matchExpressions ?? []).length === 0;

function peerAdmits(peer: Manifest, source: Source, podLabels: (component: string) => Record<string, string>): boolean {
  // An address range may hold anything, the ingress controller's pods included.
  if (peer.ipBlock) return true;
  if ('namespace' in source) return peer.namespaceSelector !== undefined && matches(peer.namespaceSelector, { 'kubernetes.io/metadata.name': source.namespace });
  // A peer without namespaceSelector is this namespace; with one, the namespaces it selects.
  if (peer.namespaceSelector !== undefined && !matches(peer.namespaceSelector, { 'kubernetes.io/metadata.name': JALON_NAMESPACE })) return false;
  return peer.podSelector === undefined || matches(peer.podSelector, podLabels(source.component));
}

/** Whether some NetworkPolicy admits `source` to the pods of `component` on `port` (Kubernetes' union semantics). */
export function admits(manifests: Manifest[], source: Source, component: string, port: number): boolean {
  const deployments = ofKind(manifests, 'Deployment');
  const target = deployments.find((d) => componentOf(d) === component);
  if (!target) return false;
  const labels = target.spec.template.metadata.labels as Record<string, string>;
  const podLabels = (c: string) => deployments.find((d) => componentOf(d) === c)?.spec.template.metadata.labels ?? { [COMPONENT]: c };
  const container = target.spec.template.spec.containers[0];
  const governing = ofKind(manifests, 'NetworkPolicy')
    .filter((p) => matches(p.spec?.podSelector, labels) && (p.spec?.policyTypes ?? ['Ingress']).includes('Ingress'));
  // A pod no policy selects for Ingress takes every connection.
  if (governing.length === 0) return true;
  return governing.some((policy) => (policy.spec.ingress ?? []).some((rule: Manifest) => {
    const fromOk = !rule.from || rule.from.length === 0 || rule.from.some((peer: Manifest) => peerAdmits(peer, source, podLabels));
    const portOk = !rule.ports || rule.ports.length === 0 || rule.ports.some((p: Manifest) => p.port === undefined || resolvePort(container, p.port) === port || p.port === port);
    return fromOk && portOk;
  }));
}

/** The ports every container of a component declares. */
export function declaredPorts(manifests: Manifest[], component: string): number[] {
  const d = ofKind(manifests, 'Deployment').find((x) => componentOf(x) === component);
  return (d?.spec.template.spec.containers ?? []).flatMap((c: Container) => (c.ports ?? []).map((p: ContainerPort) => p.containerPort));
}

/**
 * Where a component's pods may open connections, as `port → destination` (a component of this
 * namespace, `namespace/<name>`, or `addresses <cidr>`), sorted: what the egress rules allow.
 */
export function egressOf(manifests: Manifest[], component: string): string[] {
  const target = ofKind(manifests, 'Deployment').find((d) => componentOf(d) === component);
  if (!target) return [];
  const labels = target.spec.template.metadata.labels as Record<string, string>;
  const rules = ofKind(manifests, 'NetworkPolicy')
    .filter((p) => matches(p.spec?.podSelector, labels) && (p.spec?.policyTypes ?? []).includes('Egress'))
    .flatMap((p) => p.spec.egress ?? []);
  const describe = (peer: Manifest): string => {
    if (peer.ipBlock) return `addresses ${peer.ipBlock.cidr}${peer.ipBlock.except ? ' except some' : ''}`;
    const namespace = peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'];
    const pods = peer.podSelector?.matchLabels?.[COMPONENT] ?? peer.podSelector?.matchLabels?.['k8s-app'];
    if (peer.namespaceSelector !== undefined) return `namespace/${namespace ?? 'any'}${pods ? ` ${pods}` : ''}`;
    return pods ?? 'every pod of the namespace';
  };
  const out = new Set<string>();
  for (const rule of rules) {
    const peers: string[] = rule.to?.length ? rule.to.map(describe) : ['anywhere'];
    const ports: string[] = rule.ports?.length ? rule.ports.map((p: Manifest) => `${p.protocol ?? 'TCP'}/${p.port ?? 'any'}`) : ['any port'];
    for (const peer of peers) for (const port of ports) out.add(`${port} → ${peer}`);
  }
  return [...out].sort();
}
