import { migrateNotifications } from '@jalon/notifications/migrate';
import { APPEND_ONLY_TABLES, migratePlans } from '@jalon/plans/migrate';
import { migratePortal } from '@jalon/portal/migrate';
import { createDatabase, serviceRoleOf } from '@jalon/service-kit';
import { testDatabase, testServiceRole } from '@jalon/testkit';
import { sql, type Kysely } from 'kysely';
import t from 'tap';

const services: Array<{ schema: string; migrate: (db: Kysely<any>) => Promise<unknown>; appendOnly: readonly string[] }> = [
  { schema: 'plans', migrate: migratePlans, appendOnly: APPEND_ONLY_TABLES },
  { schema: 'notifications', migrate: migrateNotifications, appendOnly: [] },
  { schema: 'portal', migrate: migratePortal, appendOnly: [] },
];

for (const service of services) {
  t.test(`the ${service.schema} service's role has the rights it needs on its tables, no DDL, no ownership, no TRUNCATE`, async (t) => {
    const url = await testDatabase(t);
    const owner = createDatabase<any>(url, service.schema, 1);
    await service.migrate(owner);
    await service.migrate(owner);
    await owner.destroy();
    const db = createDatabase<any>(await testServiceRole(t, url, service.schema), service.schema, 1);
    t.teardown(() => db.destroy());
    const { rows } = await sql<{ name: string; s: boolean; i: boolean; u: boolean; d: boolean; truncate: boolean; mine: boolean }>`
      select c.relname as name,
        has_table_privilege(c.oid, 'SELECT') as s, has_table_privilege(c.oid, 'INSERT') as i,
        has_table_privilege(c.oid, 'UPDATE') as u, has_table_privilege(c.oid, 'DELETE') as d,
        has_table_privilege(c.oid, 'TRUNCATE') or has_table_privilege(c.oid, 'TRIGGER') or has_table_privilege(c.oid, 'REFERENCES') as truncate,
        pg_has_role(c.relowner, 'USAGE') as mine
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${service.schema} and c.relkind = 'r' and c.relname not like 'kysely_%'`.execute(db);
    t.ok(rows.length > 0);
    for (const row of rows) {
      const appendOnly = service.appendOnly.includes(row.name);
      t.same({ ...row, name: undefined }, { name: undefined, s: true, i: true, u: !appendOnly, d: !appendOnly, truncate: false, mine: false },
        `${row.name}: ${appendOnly ? 'INSERT and SELECT only' : 'SELECT, INSERT, UPDATE, DELETE'}; not owned`);
    }
    const schemaRights = await sql<{ create: boolean; member: boolean }>`
      select has_schema_privilege(${service.schema}, 'CREATE') as create, pg_has_role(${serviceRoleOf(service.schema)}, 'MEMBER') as member`.execute(db);
    t.same(schemaRights.rows[0], { create: false, member: true }, 'no CREATE in its schema; a member of its group role');
    await t.rejects(sql`create table notes (text text)`.execute(db), { code: '42501' }, 'it cannot create a table');
    await t.rejects(sql`select * from kysely_migration`.execute(db), { code: '42501' }, 'nor read the migrations');
  });
}
