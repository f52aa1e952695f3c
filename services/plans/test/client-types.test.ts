import { readFile } from 'node:fs/promises';
import t from 'tap';
import { clientTypesFile, plansClientTypes } from '../src/openapi/client-types.js';

t.test('the types of @jalon/plans-client are those of the current API (else: npm run generate:plans-client)', async (t) => {
  const committed = await readFile(clientTypesFile, 'utf8');
  t.ok(committed === await plansClientTypes(), 'packages/plans-client/generated/plans-api.ts is up to date; regenerate it with npm run generate:plans-client');
});
