import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import type { ServiceSigningKey, TrustedServiceKeys } from './service-keys.js';
import type { ServiceName } from './service-names.js';

/** A detached Ed25519 signature by a service's key, and the id of the key that made it. */
export interface DetachedSignature { kid: string; signature: string }

/**
 * Signs a statement the service makes about its own data (e.g. the head of its audit log), with
 * the same key as its tokens: whoever trusts the service's tokens can check its statements.
 */
export function signStatement(key: ServiceSigningKey, statement: string): DetachedSignature {
  const privateKey = createPrivateKey({ key: key.jwk, format: 'jwk' });
  return { kid: key.jwk.kid, signature: sign(null, Buffer.from(statement, 'utf8'), privateKey).toString('base64url') };
}

/** Whether one of the service's trusted keys (named by kid) signed the statement. */
export function verifyStatement(trusted: TrustedServiceKeys, service: ServiceName, statement: string, signed: DetachedSignature): boolean {
  const jwk = trusted[service]?.find((k) => k.kid === signed.kid);
  if (!jwk) return false;
  try {
    return verify(null, Buffer.from(statement, 'utf8'), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(signed.signature, 'base64url'));
  } catch {
    return false;
  }
}
