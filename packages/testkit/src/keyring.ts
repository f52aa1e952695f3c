import { generateKeyring } from '@jalon/auth';

let keyring: ReturnType<typeof generateKeyring> | undefined;

/**
 * The services' keys for one test process: every service a test starts trusts the others' keys,
 * as `npm start` sets them up. A test that needs a stranger's key generates one of its own.
 */
export function testKeyring(): ReturnType<typeof generateKeyring> {
  keyring ??= generateKeyring();
  return keyring;
}
