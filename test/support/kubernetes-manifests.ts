import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, PersistentVolumeClaim, Service, ServiceAccount } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';

/*
 * Reading infra/deploy/kubernetes and validating it against the Kubernetes API's own schemas, as
 * published by the `kubernetes-models` package (its 5.x line carries the OpenAPI schemas of
 * Kubernetes 1.36). Those schemas check types, enums and required fields, but let unknown fields
 * pass; the policy checks of the deployment test close that gap for the fields that matter.
 */

/** The Kubernetes version whose schemas the installed kubernetes-models carries (its 5.0.0 release note). */
export const KUBERNETES_SCHEMA_VERSION = '1.36';

// Any manifest object: the checks read it field by field, as loosely as YAML gives it.
export type Manifest = Record<string, any> & { apiVersion: string; kind: string; metadata: { name: string } };
export interface LoadedManifest { file: string; object: Manifest }

const models: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Namespace': Namespace,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'v1/Service': Service,
  'v1/ServiceAccount': ServiceAccount,
  'apps/v1/Deployment': Deployment,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'networking.k8s.io/v1/Ingress': Ingress,
};

/** Every YAML document of a file, parsed; a syntax error is thrown with the file's name. */
export function readYamlDocuments(file: string): unknown[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]!.message}`);
    return doc.toJS();
  }).filter((value) => value !== null && value !== undefined);
}

interface Kustomization { resources?: string[]; patches?: Array<{ path: string }>; images?: Array<{ name: string }> }

/** The files of a kustomization, its bases' first (what `kubectl apply -k` would read), and its patches. */
export function kustomizationFiles(dir: string): { resources: string[]; patches: string[]; problems: string[] } {
  const kustomization = readYamlDocuments(path.join(dir, 'kustomization.yaml'))[0] as Kustomization;
  const out = { resources: [] as string[], patches: [] as string[], problems: [] as string[] };
  for (const entry of kustomization.resources ?? []) {
    const target = path.resolve(dir, entry);
    if (!existsSync(target)) out.problems.push(`${dir}/kustomization.yaml names ${entry}, which does not exist`);
    else if (existsSync(path.join(target, 'kustomization.yaml'))) {
      const base = kustomizationFiles(target);
      out.resources.push(...base.resources);
      out.patches.push(...base.patches);
      out.problems.push(...base.problems);
    } else out.resources.push(target);
  }
  for (const patch of kustomization.patches ?? []) {
    const target = path.resolve(dir, patch.path);
    if (existsSync(target)) out.patches.push(target);
    else out.problems.push(`${dir}/kustomization.yaml patches with ${patch.path}, which does not exist`);
  }
  return out;
}

/** Every file of a folder tree that holds Kubernetes objects (kustomization.yaml is kustomize's own). */
export function manifestFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name) && path.basename(name) !== 'kustomization.yaml')
    .map((name) => path.join(dir, name))
    .sort();
}

export function loadManifests(files: string[]): LoadedManifest[] {
  return files.flatMap((file) => readYamlDocuments(file).map((object) => ({ file, object: object as Manifest })));
}

/** The schema errors of one object: empty when it is valid for the pinned Kubernetes version. */
export function schemaProblems({ file, object }: LoadedManifest): string[] {
  const where = `${path.basename(file)} ${object?.kind ?? '?'}/${object?.metadata?.name ?? '?'}`;
  const Model = models[`${object?.apiVersion}/${object?.kind}`];
  if (!Model) return [`${where}: no schema known for ${object?.apiVersion} ${object?.kind}`];
  try {
    new Model(object as never).validate();
    return [];
  } catch (error) {
    return [`${where}: ${(error as Error).message}`];
  }
}
