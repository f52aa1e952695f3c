import { readFile } from 'node:fs/promises';
import { organisationFileSchema, type OrganisationRecords } from './organisation.references.js';

/** Why a file cannot be loaded, one line per problem, each naming the JSON path at fault. */
export class OrganisationFileError extends Error {
  readonly file: string;
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`${file} cannot be loaded:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.file = file;
    this.problems = problems;
    this.name = 'OrganisationFileError';
  }
}

/** `entities[2].parentCode`, as one finds it in the file. */
export const jsonPath = (path: ReadonlyArray<PropertyKey>) =>
  path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${String(key)}` : String(key)), '') || '(the whole file)';

/** Reads and validates an organisation file with the schema of the reference's organisation part. */
export async function readOrganisationFile(file: string): Promise<OrganisationRecords> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new OrganisationFileError(file, [`the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new OrganisationFileError(file, [`not JSON: ${(error as Error).message}`]);
  }
  const parsed = organisationFileSchema.safeParse(data);
  if (!parsed.success) throw new OrganisationFileError(file, parsed.error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`));
  return parsed.data;
}
