/**
 * Renders one frozen version's PDF in a process of its own and prints its SHA-256, for the test that
 * checks the same version gives the same bytes in separate processes. Usage:
 * node --import ./infra/bin/source-imports.mjs render-version.ts DATABASE_URL strategic|operational PLAN_ID NUMBER
 */
import { sha256Hex } from '@jalon/contracts';
import { createDatabase } from '@jalon/service-kit';
import { PLANS_SCHEMA } from '../src/config.js';
import type { Database } from '../src/database.js';
import { renderVersionDocument } from '../src/documents/version-document.js';

const [url, kind, planId, number] = process.argv.slice(2);
if (!url || (kind !== 'strategic' && kind !== 'operational') || !planId || !number) throw new Error('usage: render-version.ts DATABASE_URL KIND PLAN_ID NUMBER');
const db = createDatabase<Database>(url, PLANS_SCHEMA, 1);
try {
  const pdf = await renderVersionDocument(db, kind, planId, Number(number));
  if (!pdf) throw new Error('no such version');
  console.log(sha256Hex(pdf));
} finally {
  await db.destroy();
}
