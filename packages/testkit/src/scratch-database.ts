import pg from 'pg';
import { uniqueSuffix } from './test-env.js';

/** `name` on the server of `adminUrl`, made unless it is there already; returns its connection URL. */
export async function namedDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a database name this helper makes: ${name}`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new, empty database on the server of `adminUrl`; returns its connection URL. */
export async function scratchDatabase(adminUrl: string, prefix = 'jalon_bench'): Promise<string> {
  return namedDatabase(adminUrl, `${prefix}_${uniqueSuffix()}`);
}
