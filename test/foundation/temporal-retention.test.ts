import { DEFAULT_RETENTION_DAYS, ensureNamespaceRetention } from '@jalon/infra';
import { testEnv, uniqueSuffix } from '@jalon/testkit';
import { Connection } from '@temporalio/client';
import t from 'tap';

/**
 * What `npm start` does to the Temporal namespace: creates it when absent, sets how long closed
 * workflows are kept (the decision record is in PostgreSQL), and changes nothing on a restart.
 */
t.test('the namespace\'s retention is set by Jalon: created, kept, changed', async (t) => {
  const { TEMPORAL_ADDRESS: address } = testEnv();
  const namespace = `jalon-retention-${uniqueSuffix()}`;
  const connection = await Connection.connect({ address });
  t.teardown(() => connection.close());
  const retentionDays = async () =>
    Number((await connection.workflowService.describeNamespace({ namespace })).config?.workflowExecutionRetentionTtl?.seconds ?? 0) / 86_400;

  t.equal(DEFAULT_RETENTION_DAYS, 30, 'a month by default');
  t.match(await ensureNamespaceRetention(address, namespace, DEFAULT_RETENTION_DAYS), { action: 'registered', days: 30 }, 'a missing namespace is created');
  t.equal(await retentionDays(), 30, 'with the retention asked for');
  t.match(await ensureNamespaceRetention(address, namespace, 30), { action: 'unchanged' }, 'a restart changes nothing');
  t.match(await ensureNamespaceRetention(address, namespace, 7), { action: 'updated', days: 7 }, 'another TEMPORAL_RETENTION_DAYS changes it');
  t.equal(await retentionDays(), 7, 'and Temporal holds the new retention');
});
