/**
 * `npm run generate:plans-client`: writes the types of @jalon/plans-client from this service's
 * OpenAPI document. Run it after changing a route or a contract of the plans service.
 */
import { writeFile } from 'node:fs/promises';
import { runMain } from '@jalon/service-kit';
import { clientTypesFile, plansClientTypes } from '../openapi/client-types.js';

runMain('generate-plans-client', async () => {
  await writeFile(clientTypesFile, await plansClientTypes(), 'utf8');
  console.log(`generate-plans-client: wrote ${clientTypesFile}`);
});
