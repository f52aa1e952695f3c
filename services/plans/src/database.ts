/** The tables of the plans schema, one interface per table (see *.table.ts). */
export interface Database {}
