/**
 * BENCH_PG_STATEMENTS=1: what PostgreSQL spent its time on during a level, from pg_stat_statements
 * (`npm run bench` then starts its PostgreSQL with the module loaded). Every statement of every
 * database on the server is counted: Jalon's services, and Temporal's own on the server engine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { benchEngine, resultsDir } from './bench-record.js';

const TOP = 25;

interface Statement { database: string; calls: number; total_ms: number; mean_ms: number; rows: number; shared_blks_hit: number; shared_blks_read: number; query: string }

export class StatementWatch {
  private readonly admin: pg.Pool;
  private constructor(admin: pg.Pool) {
    this.admin = admin;
  }

  /** null unless BENCH_PG_STATEMENTS is set; fails if the server was started without the module */
  static async start(adminUrl: string): Promise<StatementWatch | null> {
    if (!process.env.BENCH_PG_STATEMENTS) return null;
    const admin = new pg.Pool({ connectionString: adminUrl, max: 1 });
    await admin.query('create extension if not exists pg_stat_statements');
    return new StatementWatch(admin);
  }

  /** Forgets what came before: the next report covers what runs from now on. */
  async reset(): Promise<void> {
    await this.admin.query('select pg_stat_statements_reset()');
  }

  /** Writes the statements that took the most time since the reset to bench/results/<benchmark>.<engine>.<label>.statements.md. */
  async report(benchmark: string, label: string): Promise<string> {
    const { rows } = await this.admin.query<Statement>(`
      select d.datname as database, s.calls::int, round(s.total_exec_time::numeric, 1)::float as total_ms, round(s.mean_exec_time::numeric, 3)::float as mean_ms,
             s.rows::int, s.shared_blks_hit::int, s.shared_blks_read::int, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 400) as query
        from pg_stat_statements s join pg_database d on d.oid = s.dbid
       order by s.total_exec_time desc limit ${TOP}`);
    const total = await this.admin.query<{ ms: number; calls: number }>('select coalesce(sum(total_exec_time), 0)::float as ms, coalesce(sum(calls), 0)::float as calls from pg_stat_statements');
    const lines = [
      `# ${benchmark}, ${benchEngine()} engine, ${label}: PostgreSQL's statements by total time`,
      '',
      `All statements: ${total.rows[0]!.calls} calls, ${(total.rows[0]!.ms / 1000).toFixed(1)} s of execution.`,
      '',
      '| database | calls | total ms | mean ms | rows | blocks hit | blocks read | statement |',
      '|---|---|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.database} | ${r.calls} | ${r.total_ms} | ${r.mean_ms} | ${r.rows} | ${r.shared_blks_hit} | ${r.shared_blks_read} | \`${r.query.replace(/\|/g, '\\|')}\` |`),
      '',
    ];
    mkdirSync(resultsDir(), { recursive: true });
    const file = path.join(resultsDir(), `${benchmark}.${benchEngine()}.${label}.statements.md`);
    writeFileSync(file, lines.join('\n'));
    return file;
  }

  async close(): Promise<void> {
    await this.admin.end();
  }
}
