import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { waitForHttp } from './ports.js';
import { PrerequisiteError } from './prerequisite-error.js';
import type { Supervisor } from './supervisor.js';

export interface TemporalUiOptions {
  binary: string;
  port: number;
  /** the Temporal frontend's gRPC address the UI talks to */
  temporalAddress: string;
  namespace: string;
  /** where its configuration and log are written */
  folder: string;
}

/**
 * The UI server's configuration, as the dev server configures its own UI: 127.0.0.1 only, no
 * sign-in, no codec endpoint (payloads stay encrypted in it, as in the dev server's UI: README,
 * "Temporal: TLS, API key and encrypted payloads").
 */
export function temporalUiConfig(options: Pick<TemporalUiOptions, 'port' | 'temporalAddress' | 'namespace'>): string {
  const config = {
    temporalGrpcAddress: options.temporalAddress,
    host: '127.0.0.1',
    port: options.port,
    publicPath: '',
    enableUi: true,
    defaultNamespace: options.namespace,
    // Its session cookie is set over plain HTTP on 127.0.0.1.
    cors: { cookieInsecure: true, allowOrigins: [`http://127.0.0.1:${options.port}`] },
    // It would call out to the Internet for a newer release at every page.
    notifyOnNewVersion: false,
    showTemporalSystemNamespace: false,
    auth: { enabled: false },
    hideLogs: true,
  };
  return `# Written by Jalon at every start (infra/src/temporal-ui-server.ts); edits are overwritten.\n${stringify(config)}`;
}

/** Starts the Web UI under the supervisor, against the server engine's frontend, and waits until it answers. */
export async function startTemporalUi(supervisor: Supervisor, options: TemporalUiOptions): Promise<string> {
  const configDir = path.join(options.folder, 'ui-config');
  mkdirSync(configDir, { recursive: true });
  writeFileSync(path.join(configDir, 'jalon.yaml'), temporalUiConfig(options));
  const logFile = path.join(options.folder, 'temporal-ui.log');
  const child = supervisor.start({
    name: 'temporal-ui',
    command: options.binary,
    args: ['--root', options.folder, '--config', 'ui-config', '--env', 'jalon', 'start'],
    logFile,
    // With the services: nothing calls it, and it calls the server, which stops after it.
    stopTier: 2,
  });
  const died = new Promise<never>((_, reject) => {
    child.once('exit', (code) => reject(new PrerequisiteError(`The Temporal Web UI stopped at start (exit code ${code})`, `Its log is ${logFile}`)));
  });
  const url = `http://127.0.0.1:${options.port}`;
  await Promise.race([waitForHttp(url, 60_000), died]);
  died.catch(() => undefined);
  return url;
}
