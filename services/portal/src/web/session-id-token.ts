import { z } from 'zod';
import { seal, unseal } from '../auth/sealed-value.js';
import { SESSION_HOURS } from './sessions-repository.js';

/*
 * The provider's ID token is handed back to it when a person signs out (id_token_hint). It is kept
 * sealed with a key derived from the session's cookie value: only the browser holding the session
 * can have it opened, and the table alone (a backup, a dump) opens nothing.
 */

const PURPOSE = 'session-id-token';

export const sealIdToken = (sessionToken: string, idToken: string) => seal(sessionToken, PURPOSE, idToken, SESSION_HOURS * 3600);

export const openIdToken = (sessionToken: string | undefined, sealed: string | null): string | null =>
  (sessionToken && sealed ? unseal(sessionToken, PURPOSE, sealed, z.string()) ?? null : null);
