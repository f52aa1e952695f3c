import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  generateServiceKey, publicJwkOf, serviceNameSchema, serviceSigningKeySchema, type ServiceName, type ServiceSigningKey, type TrustedServiceKeys,
} from '@jalon/auth';

/**
 * The services' signing keys of a local run, made at the first start into the data folder (only
 * the owner may read them) and reused after, so tokens and logs stay comparable across restarts.
 * Production gives each service its key through JALON_SERVICE_KEY instead.
 */
export async function serviceKeysIn(dataFolder: string): Promise<(service: ServiceName) => Record<string, string>> {
  const folder = path.join(dataFolder, 'service-keys');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const keys = new Map<ServiceName, ServiceSigningKey>();
  for (const service of serviceNameSchema.options) {
    const file = path.join(folder, `${service}.jwk.json`);
    if (!existsSync(file)) {
      writeFileSync(file, `${JSON.stringify(await generateServiceKey(service))}\n`, { mode: 0o600 });
      chmodSync(file, 0o600);
    }
    keys.set(service, serviceSigningKeySchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
  }
  const trusted: TrustedServiceKeys = Object.fromEntries([...keys].map(([service, key]) => [service, [publicJwkOf(key)]]));
  return (service) => ({ JALON_SERVICE_KEY: JSON.stringify(keys.get(service)), JALON_TRUSTED_KEYS: JSON.stringify(trusted) });
}
