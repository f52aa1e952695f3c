import { sql, type Kysely } from 'kysely';

/**
 * The figures of a strategic plan's chapter 7: its staff table (7.1) and its budget tables (7.2).
 * A table has rows labelled as the source labels them; a row has one value per year and measure
 * (staff: mandate holders, statutory, contractual, total; budget: commitment and liquidation
 * credits). Values are NUMERIC, which keeps the source's decimals exactly (20.33 stays 20.33, and
 * 28.1 is not padded to 28.10), where a float would not.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table figure_tables (
      plan_id uuid not null references strategic_plans(id) on delete cascade,
      code text not null,
      kind text not null check (kind in ('staff','budget')),
      position int not null,
      title text,
      unit text not null check (unit in ('FTE','kEUR')),
      scope_note text,
      footnote text,
      primary key (plan_id, code),
      unique (plan_id, position)
    );
    create table figure_years (
      plan_id uuid not null,
      table_code text not null,
      year int not null,
      label text not null,
      primary key (plan_id, table_code, year),
      foreign key (plan_id, table_code) references figure_tables(plan_id, code) on delete cascade
    );
    create table figure_rows (
      plan_id uuid not null,
      table_code text not null,
      position int not null,
      label text not null,
      kind text not null check (kind in ('line','subtotal','total')),
      entity_code text,
      envelope int,
      note text,
      primary key (plan_id, table_code, position),
      foreign key (plan_id, table_code) references figure_tables(plan_id, code) on delete cascade
    );
    create table figure_values (
      plan_id uuid not null,
      table_code text not null,
      row_position int not null,
      year int not null,
      measure text not null check (measure in ('mandate_holders','statutory','contractual','total','ce','cl')),
      value numeric not null,
      primary key (plan_id, table_code, row_position, year, measure),
      foreign key (plan_id, table_code, row_position) references figure_rows(plan_id, table_code, position) on delete cascade
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists figure_values; drop table if exists figure_rows; drop table if exists figure_years; drop table if exists figure_tables;`.execute(db);
}
