import pg from 'pg';
import { uniqueSuffix } from './test-env.js';

/** A new, empty database on the server of `adminUrl`; returns its connection URL. */
export async function scratchDatabase(adminUrl: string, prefix = 'jalon_bench'): Promise<string> {
  const name = `${prefix}_${uniqueSuffix()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
