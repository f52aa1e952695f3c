import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ServiceTokenSigner } from '@jalon/auth';
import { z } from 'zod';

/**
 * The people of a local run (`npm start`), so that someone trying Jalon can sign in and see every
 * role's pages: fictional mailboxes on ibz.example, whose e-mails all land in the mail catcher.
 * They are added to the plans data (idempotently: an address already known is left as it is) and
 * to the local identity provider; JALON_DEMO_PEOPLE=false skips both.
 */
export const demoPeople = [
  { name: 'Cellule Corporate (démo)', email: 'corporate@ibz.example', language: 'fr', roles: [{ role: 'president_office' }] },
  { name: 'Directeur DGSP (démo)', email: 'dgsp@ibz.example', language: 'fr', roles: [{ role: 'committee_member' }, { role: 'drafter', entityCode: 'DGSP' }] },
  { name: 'Directeur-generaal DVZ (demo)', email: 'dvz@ibz.example', language: 'nl', roles: [{ role: 'committee_member' }, { role: 'drafter', entityCode: 'OE' }] },
  { name: 'Kabinet Staatssecretaris (demo)', email: 'kabinet.staatssecretaris@ibz.example', language: 'nl', roles: [{ role: 'state_secretary_cell', authorityCode: 'state-secretary-asylum-migration' }] },
  { name: 'Cabinet de la Ministre (démo)', email: 'cabinet.ministre@ibz.example', language: 'fr', roles: [{ role: 'minister_cell', authorityCode: 'minister-interior' }] },
  { name: 'Service Infocom (démo)', email: 'infocom@ibz.example', language: 'fr', roles: [{ role: 'communicator', entityCode: 'INFOCOM' }] },
  { name: 'Administration IBZ (démo)', email: 'admin@ibz.example', language: 'fr', roles: [{ role: 'org_admin' }] },
] as const;

const passwordsSchema = z.record(z.string(), z.string().min(12));

/**
 * The demo people's passwords at the identity provider, made at the first start and kept in the data
 * folder (owner-only): every checkout has its own, none is written in the repository.
 */
export function demoPasswords(dataFolder: string): Record<string, string> {
  const file = path.join(dataFolder, 'demo-passwords.json');
  const known = existsSync(file) ? passwordsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : {};
  let changed = false;
  for (const person of demoPeople) {
    if (known[person.email]) continue;
    known[person.email] = randomBytes(12).toString('base64url');
    changed = true;
  }
  if (changed) {
    writeFileSync(file, `${JSON.stringify(known, null, 2)}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return known;
}

/** Adds the demo people through the plans API, as the installation's operator. */
export async function addDemoPeople(plansUrl: string, organisationCode: string, operator: ServiceTokenSigner): Promise<string[]> {
  const added: string[] = [];
  for (const person of demoPeople) {
    const headers = { authorization: `Bearer ${await operator.sign('plans')}` };
    const known = await fetch(`${plansUrl}/people/by-email/${encodeURIComponent(person.email)}`, { headers });
    if (known.ok) continue;
    const response = await fetch(`${plansUrl}/organisations/${organisationCode}/people`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(person),
    });
    if (!response.ok) throw new Error(`adding the demo person ${person.email} failed: ${response.status} ${await response.text()}`);
    added.push(person.email);
  }
  return added;
}
