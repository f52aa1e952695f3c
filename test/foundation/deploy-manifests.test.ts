import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { notificationsConfigSchema } from '@jalon/notifications/config';
import { plansConfigSchema } from '@jalon/plans';
import { portalConfigSchema } from '@jalon/portal/config';
import { workerMemoryBounds, WORKER_MIB_BESIDES_HEAP } from '@jalon/infra';
import { productionRequirements, type ProductionService } from '@jalon/service-kit';
import { workerConfigSchema } from '@jalon/worker/config';
import { validate as validEnvVar } from 'kubernetes-models/_schemas/IoK8sApiCoreV1EnvVar';
import { validate as validResources } from 'kubernetes-models/_schemas/IoK8sApiCoreV1ResourceRequirements';
import t from 'tap';
import type { z } from 'zod';
import { environmentOf, environmentProblems } from '../support/deployment-environment.js';
import { admits, declaredPorts, deploymentProblems, egressOf, INGRESS_NAMESPACE, ingressProblems, migrationProblems } from '../support/deployment-policy.js';
import { type ChartKeys, valuesKeyProblems } from '../support/helm-values.js';
import {
  KUBERNETES_SCHEMA_VERSION, kustomizationFiles, loadManifests, type Manifest, manifestFilesUnder, readYamlDocuments, schemaProblems,
} from '../support/kubernetes-manifests.js';

// infra/deploy: Jalon on Kubernetes (kustomize base and an example overlay) and the Temporal chart's values.
const deploy = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../infra/deploy');
const base = path.join(deploy, 'kubernetes/base');
const overlay = path.join(deploy, 'kubernetes/overlays/example');

const schemas: Record<ProductionService, z.ZodObject> = {
  plans: plansConfigSchema, notifications: notificationsConfigSchema, portal: portalConfigSchema, worker: workerConfigSchema,
};
const components = Object.keys(schemas) as ProductionService[];

const baseManifests = () => loadManifests(kustomizationFiles(base).resources).map((m) => m.object);

/** A patch merged as kustomize's strategic merge does for these objects: maps merge, lists are replaced. */
function merge(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch) || target === null || typeof target !== 'object' || Array.isArray(target)) return patch;
  const out: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) out[k] = merge(out[k], v);
  return out;
}

/** The overlay as `kubectl apply -k` would send it: base, the overlay's own objects, its patches, its namespace. */
function overlayManifests(): { manifests: Manifest[]; problems: string[] } {
  const files = kustomizationFiles(overlay);
  let manifests = loadManifests(files.resources).map((m) => m.object);
  const problems = [...files.problems];
  for (const patch of loadManifests(files.patches)) {
    const at = manifests.findIndex((m) => m.kind === patch.object.kind && m.metadata.name === patch.object.metadata.name);
    if (at < 0) { problems.push(`${path.basename(patch.file)} patches ${patch.object.kind}/${patch.object.metadata.name}, which the base does not have`); continue; }
    manifests[at] = merge(manifests[at], patch.object) as Manifest;
  }
  const namespace = (readYamlDocuments(path.join(overlay, 'kustomization.yaml'))[0] as { namespace: string }).namespace;
  manifests = manifests.map((m) => (m.kind === 'Namespace' ? m : { ...m, metadata: { ...m.metadata, namespace } }));
  return { manifests, problems };
}

const portalPorts = (manifests: Manifest[]) => {
  const config = manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name === 'jalon-portal')!.data;
  return { pages: Number(config.PORT), internal: Number(config.INTERNAL_PORT) };
};

/** A Kubernetes memory quantity in MiB (the manifests use Mi and Gi). */
const mebibytes = (quantity: string | undefined) => {
  const match = /^(\d+)(Mi|Gi)$/.exec(quantity ?? '');
  return match ? Number(match[1]) * (match[2] === 'Gi' ? 1024 : 1) : NaN;
};

/**
 * The worker's pod starts Node.js as `npm start` does (infra/src/worker-memory.ts: the heap cap, two
 * malloc arenas), and its memory limit holds the cap and the rest of the process, within the 1 GiB
 * the worker is meant to stay under.
 */
function workerMemoryProblems(manifests: Manifest[]): string[] {
  const problems: string[] = [];
  const container = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === 'worker')?.spec.template.spec.containers[0];
  const bounds = workerMemoryBounds();
  const beforeScript: string[] = container.command.slice(1, container.command.indexOf('services/worker/src/server.ts'));
  for (const arg of bounds.nodeArgs) if (!beforeScript.includes(arg)) problems.push(`worker: node is started without ${arg}`);
  const env = environmentOf(manifests, 'worker').values;
  for (const [name, value] of Object.entries(bounds.env)) if (env[name] !== value) problems.push(`worker: ${name} is not ${value}`);
  const heap = Number(/--max-old-space-size=(\d+)/.exec(beforeScript.join(' '))?.[1]);
  const limit = mebibytes(container.resources?.limits?.memory);
  if (!(limit >= heap + WORKER_MIB_BESIDES_HEAP)) problems.push(`worker: its memory limit (${container.resources?.limits?.memory}) is below its heap cap and ${WORKER_MIB_BESIDES_HEAP} MiB`);
  if (!(limit <= 1024)) problems.push(`worker: its memory limit (${container.resources?.limits?.memory}) is above 1 GiB`);
  return problems;
}

/** Every fact this test holds the manifests to, as problems: empty when the deployment is right. */
function policyProblems(manifests: Manifest[]): string[] {
  const { pages, internal } = portalPorts(manifests);
  const problems = [...deploymentProblems(manifests), ...ingressProblems(manifests, pages), ...migrationProblems(manifests, ['plans', 'notifications', 'portal'])];
  const fromIngress = { namespace: INGRESS_NAMESPACE };
  if (!admits(manifests, fromIngress, 'portal', pages)) problems.push('the ingress controller cannot reach the portal\'s pages');
  for (const component of components) {
    for (const port of declaredPorts(manifests, component)) {
      if (component === 'portal' && port === pages) continue;
      if (admits(manifests, fromIngress, component, port)) problems.push(`the ingress controller may reach ${component} on port ${port}`);
    }
  }
  // The flows the code makes: the worker issues links on the portal's internal listener, the
  // portal and the worker call plans and notifications; nothing else reaches the internal listener.
  const wanted: Array<[string, string, number, boolean]> = [
    ['worker', 'portal', internal, true], ['plans', 'portal', internal, false], ['notifications', 'portal', internal, false],
    ['portal', 'plans', 3001, true], ['worker', 'plans', 3001, true], ['notifications', 'plans', 3001, false],
    ['portal', 'notifications', 3002, true], ['worker', 'notifications', 3002, true], ['plans', 'notifications', 3002, false],
    ['portal', 'worker', 3003, false], ['plans', 'worker', 3003, false],
  ];
  for (const [from, to, port, allowed] of wanted) {
    if (admits(manifests, { component: from }, to, port) !== allowed) problems.push(`${from} ${allowed ? 'cannot' : 'may'} reach ${to} on port ${port}`);
  }
  if (!manifests.some((m) => m.kind === 'NetworkPolicy' && Object.keys(m.spec?.podSelector ?? {}).length === 0
    && ['Ingress', 'Egress'].every((type) => m.spec.policyTypes?.includes(type)) && !m.spec.ingress && !m.spec.egress)) {
    problems.push('no default-deny NetworkPolicy for ingress and egress');
  }
  for (const component of components) {
    const env = environmentOf(manifests, component);
    problems.push(...environmentProblems(env, component, schemas[component], productionRequirements[component].keys));
  }
  if (manifests.some((m) => m.kind === 'Secret')) problems.push('a Secret is kept in git');
  problems.push(...workerMemoryProblems(manifests));
  return problems;
}

t.test(`every manifest is valid for Kubernetes ${KUBERNETES_SCHEMA_VERSION} (kubernetes-models' schemas)`, async (t) => {
  const files = manifestFilesUnder(path.join(deploy, 'kubernetes'));
  t.ok(files.length >= 9, `${files.length} manifest files`);
  const loaded = loadManifests(files);
  t.same(loaded.flatMap(schemaProblems), [], `${loaded.length} objects, each valid`);
  t.same([...kustomizationFiles(base).problems, ...kustomizationFiles(overlay).problems], [], 'every file a kustomization names exists');
  const listed = new Set([...kustomizationFiles(overlay).resources, ...kustomizationFiles(overlay).patches]);
  t.same(files.filter((f) => !listed.has(f)), [], 'every manifest is applied through the example overlay');
  const built = overlayManifests();
  t.same(built.problems, [], 'every patch of the overlay patches an object of the base');
  t.same(built.manifests.flatMap((object) => schemaProblems({ file: 'overlay', object })), [], 'the overlay, patched, is valid too');
});

t.test('probes on /health, non-root, read-only, unprivileged; only the portal\'s pages face the ingress; each process gets what it reads', async (t) => {
  t.same(policyProblems(baseManifests()), [], 'the base');
  const built = overlayManifests().manifests;
  t.same(policyProblems(built), [], 'the example overlay');
  for (const manifests of [baseManifests(), built]) {
    const publicUrl = new URL(environmentOf(manifests, 'portal').values.PUBLIC_BASE_URL!);
    const hosts = manifests.filter((m) => m.kind === 'Ingress').flatMap((i) => i.spec.rules.map((r: Manifest) => r.host));
    t.same(hosts, [publicUrl.host], 'the Ingress serves the host of PUBLIC_BASE_URL, which links in e-mails lead to');
    t.equal(environmentOf(manifests, 'notifications').values.PUBLIC_BASE_URL, environmentOf(manifests, 'portal').values.PUBLIC_BASE_URL, 'notifications checks links against the portal\'s address');
  }
});

t.test('each process may connect only where its code does: the services it calls, PostgreSQL, Temporal, SMTP, the provider, DNS', async (t) => {
  const dns = ['TCP/53 → namespace/kube-system kube-dns', 'UDP/53 → namespace/kube-system kube-dns'];
  const postgres = 'TCP/5432 → addresses 192.0.2.10/32';
  const provider = 'TCP/443 → addresses 203.0.113.0/24';
  const temporal = 'TCP/7233 → namespace/temporal frontend';
  const expected: Record<string, string[]> = {
    plans: [...dns, postgres, provider],
    notifications: [...dns, postgres, 'TCP/465 → addresses 198.51.100.25/32', 'TCP/587 → addresses 198.51.100.25/32'],
    portal: [...dns, 'TCP/3001 → plans', 'TCP/3002 → notifications', postgres, provider, temporal],
    worker: [...dns, 'TCP/3001 → plans', 'TCP/3002 → notifications', 'TCP/3004 → portal', temporal],
  };
  const manifests = baseManifests();
  for (const component of components) t.same(egressOf(manifests, component), [...expected[component]!].sort(), component);
  const opened = structuredClone(manifests);
  opened.find((m) => m.kind === 'NetworkPolicy' && m.metadata.name === 'worker')!.spec.egress.push({ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] });
  t.not(egressOf(opened, 'worker').join('\n'), [...expected.worker!].sort().join('\n'), 'a rule to anywhere changes what the worker may reach');
  t.match(egressOf(opened, 'worker').join('\n'), /any port → addresses 0\.0\.0\.0\/0/);
});

t.test('the worker\'s /health listens on the pod\'s address, and the kubelet asks it there', async (t) => {
  const manifests = baseManifests();
  t.equal(environmentOf(manifests, 'worker').values.HOST, '0.0.0.0', 'HOST=0.0.0.0 in the worker\'s ConfigMap');
  const worker = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === 'worker')!.spec.template.spec.containers[0];
  for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
    t.match(worker[probe], { httpGet: { path: '/health', port: 'health' } }, `its ${probe} is an HTTP GET on the pod's address`);
  }
  t.equal(workerConfigSchema.shape.HOST.parse(undefined), '127.0.0.1', 'while a laptop keeps it on 127.0.0.1');
});

t.test('every Secret key a Deployment reads is documented in infra/deploy/README.md', async (t) => {
  const rows = readFileSync(path.join(deploy, 'README.md'), 'utf8').split('\n').filter((line) => line.startsWith('| `'));
  const documented = (secret: string, key: string) => rows.some((row) => row.startsWith(`| \`${secret}\``) && row.split('|')[2]!.includes(`\`${key}\``));
  const refs = components.flatMap((c) => Object.values(environmentOf(baseManifests(), c).secrets));
  t.ok(refs.length >= 20, `${refs.length} secret references`);
  t.same(refs.filter((r) => !documented(r.name, r.key)), [], 'each in the Secrets table, in its Secret\'s row');
  t.notOk(documented('jalon-worker', 'CSRF_SECRET'), 'a key is found in its own Secret\'s row only');
});

t.test('the checks fail on broken manifests', async (t) => {
  const broken = (change: (manifests: Manifest[]) => void) => {
    const manifests = structuredClone(baseManifests());
    change(manifests);
    return policyProblems(manifests).join('\n');
  };
  const deployment = (ms: Manifest[], name: string) => ms.find((m) => m.kind === 'Deployment' && m.metadata.name === name)!;
  const policy = (ms: Manifest[], name: string) => ms.find((m) => m.kind === 'NetworkPolicy' && m.metadata.name === name)!;
  t.match(broken((ms) => { delete deployment(ms, 'plans').spec.template.spec.containers[0].readinessProbe; }), /plans\/plans: readinessProbe has none/);
  t.match(broken((ms) => { deployment(ms, 'portal').spec.template.spec.containers[0].livenessProbe.httpGet.path = '/'; }), /livenessProbe asks \/, not \/health/);
  t.match(broken((ms) => { deployment(ms, 'worker').spec.template.spec.securityContext.runAsNonRoot = false; }), /worker\/worker: may run as root/);
  t.match(broken((ms) => { delete deployment(ms, 'portal').spec.template.spec.initContainers; }), /portal: no init container runs infra\/src\/cli\/migrate\.ts/);
  t.match(broken((ms) => { deployment(ms, 'plans').spec.template.spec.initContainers[0].command.splice(-1, 1, 'portal'); }), /plans: its init container migrates portal, not plans/);
  const worker = (ms: Manifest[]) => deployment(ms, 'worker').spec.template.spec.containers[0];
  t.match(broken((ms) => { worker(ms).command.splice(1, 1); }), /worker: node is started without --max-old-space-size=512/);
  t.match(broken((ms) => { worker(ms).resources.limits.memory = '640Mi'; }), /worker: its memory limit \(640Mi\) is below its heap cap and 256 MiB/);
  t.match(broken((ms) => { worker(ms).resources.limits.memory = '1536Mi'; }), /worker: its memory limit \(1536Mi\) is above 1 GiB/);
  t.match(broken((ms) => { worker(ms).env = worker(ms).env.filter((e: Manifest) => e.name !== 'MALLOC_ARENA_MAX'); }), /worker: MALLOC_ARENA_MAX is not 2/);
  t.match(broken((ms) => { deployment(ms, 'notifications').spec.template.spec.initContainers[0].env[0].valueFrom.secretKeyRef.key = 'DATABASE_URL'; }), /notifications: its init container does not migrate as DATABASE_OWNER_URL/);
  t.match(broken((ms) => { delete deployment(ms, 'plans').spec.template.spec.initContainers[0].securityContext.readOnlyRootFilesystem; }), /plans\/migrate: its root filesystem is writable/);
  t.match(broken((ms) => { delete deployment(ms, 'notifications').spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem; }), /root filesystem is writable/);
  t.match(broken((ms) => { ms.find((m) => m.kind === 'Ingress')!.spec.rules[0].http.paths[0].backend.service.name = 'portal-internal'; }), /reaches portal on port 3004, not the portal's public listener/);
  t.match(broken((ms) => { policy(ms, 'plans').spec.ingress[0].from.push({ namespaceSelector: {} }); }), /ingress controller may reach plans on port 3001/);
  t.match(broken((ms) => { policy(ms, 'portal').spec.ingress[0].ports.push({ protocol: 'TCP', port: 'internal' }); }), /ingress controller may reach portal on port 3004/);
  const swapped = broken((ms) => { policy(ms, 'portal').spec.ingress[1].from[0].podSelector.matchLabels['app.kubernetes.io/component'] = 'plans'; });
  t.match(swapped, /worker cannot reach portal on port 3004/);
  t.match(swapped, /plans may reach portal on port 3004/);
  t.match(broken((ms) => { ms.splice(ms.findIndex((m) => m.metadata.name === 'default-deny'), 1); }), /no default-deny/);
  t.match(broken((ms) => { policy(ms, 'worker').spec.ingress = [{}]; }), /ingress controller may reach worker on port 3003/);
  t.match(broken((ms) => { ms.find((m) => m.metadata.name === 'jalon-portal')!.data.CSRF_SECRET = 'x'.repeat(40); }), /CSRF_SECRET holds a secret/);
  t.match(broken((ms) => { ms.find((m) => m.metadata.name === 'jalon-worker')!.data.PORTAL_ADDRESS = 'http://portal'; }), /worker: PORTAL_ADDRESS is set, but the process does not read it/);
  t.match(broken((ms) => { deployment(ms, 'plans').spec.template.spec.containers[0].env.shift(); }), /plans: DATABASE_URL is required and not set/);
  t.match(broken((ms) => { ms.find((m) => m.metadata.name === 'jalon-notifications')!.data.MAIL_DOMAIN = 'not a domain'; }), /MAIL_DOMAIN=not a domain is refused/);
  const invalid = structuredClone(deployment(baseManifests(), 'plans'));
  invalid.spec.template.spec.containers[0].ports[0].containerPort = 'http';
  t.match(schemaProblems({ file: 'plans.yaml', object: invalid }).join('\n'), /containerPort must be integer/, 'the schema refuses a wrong type');
  t.match(schemaProblems({ file: 'x.yaml', object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: {} } as Manifest }).join('\n'), /spec must have required property selector/, 'and a missing field');
  t.match(schemaProblems({ file: 'x.yaml', object: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'x' } } as Manifest }).join('\n'), /no schema known for v1 Secret/, 'a kind this deployment should not hold is refused');
});

t.test('the Temporal chart\'s values: its own keys, PostgreSQL with secrets, the namespace and the codec endpoint', async (t) => {
  const chart = JSON.parse(readFileSync(path.join(deploy, 'temporal/chart-1.1.1-value-keys.json'), 'utf8')) as ChartKeys;
  t.match(chart, { chart: 'temporal', version: '1.1.1', appVersion: /^1\.30\./ }, 'the chart release that ships server 1.30');
  const values = readYamlDocuments(path.join(deploy, 'temporal/values.yaml'))[0] as Manifest;
  t.same(valuesKeyProblems(values, chart), [], 'no key the chart does not know');
  t.same(valuesKeyProblems({ server: { frontend: { replicas: 2 } }, web: { additionalEnv: {} } }, chart), ['server.frontend.replicas: not a value of chart temporal 1.1.1', 'web.additionalEnv: the chart wants a list'], 'an unknown key is found');
  const persistence = values.server.config.persistence;
  for (const store of [persistence.defaultStore, persistence.visibilityStore]) {
    const sql = persistence.datastores[store]?.sql;
    t.match(sql, { pluginName: 'postgres12', existingSecret: /\S/, createDatabase: true, manageSchema: true }, `${store}: PostgreSQL, schema set up and updated by the chart's job`);
    t.notOk('password' in sql, `${store}: no password in the values`);
  }
  t.not(persistence.datastores.default.sql.databaseName, persistence.datastores.visibility.sql.databaseName, 'two databases');
  const namespace = values.server.config.namespaces;
  t.match(namespace, { create: true, namespace: [{ name: 'default', retention: /^\d+d$/ }] }, 'the namespace `default`, with its retention');
  t.equal(environmentOf(baseManifests(), 'worker').values.TEMPORAL_NAMESPACE, 'default', 'the one the worker uses');
  const env = Object.fromEntries((values.web.additionalEnv as Array<{ name: string; value: string }>).map((e) => [e.name, e.value]));
  const codec = new URL(env.TEMPORAL_CODEC_ENDPOINT!);
  t.equal(codec.pathname, '/codec', 'the UI decodes through the portal\'s codec endpoint');
  t.equal(Number(codec.port), portalPorts(baseManifests()).internal, 'on the portal\'s internal listener');
  t.equal(env.TEMPORAL_CODEC_PASS_ACCESS_TOKEN, 'true', 'with the operator\'s access token');
  t.equal(new URL(env.TEMPORAL_AUTH_CALLBACK_URL!).origin, environmentOf(baseManifests(), 'portal').values.TEMPORAL_UI_ORIGIN, 'the portal allows the UI\'s origin');
  const containers = ['frontend', 'history', 'matching', 'worker'].map((s) => values.server[s].resources).concat(values.web.resources);
  t.ok(values.web.additionalEnv.every((e: unknown) => validEnvVar(e)) && containers.every((r: unknown) => validResources(r)), 'env and resources are valid Kubernetes objects');
});
