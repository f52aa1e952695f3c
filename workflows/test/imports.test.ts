import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
// The domain without its zod schemas: a new workflow evaluates its modules again (test/workflows/bundle.test.ts).
const allowed = ['@temporalio/workflow', '@jalon/domain/pure'];

/**
 * Workflow code runs in Temporal's deterministic sandbox: a Node built-in or an I/O package
 * imported there breaks the bundle or replays. Type-only imports (of activities) are erased.
 */
t.test('workflow code imports only @temporalio/workflow, the pure domain rules and its own files', async (t) => {
  const files = readdirSync(src, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
  t.ok(files.length > 0);
  const offending: string[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(src, file), 'utf8');
    for (const m of text.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const [, typeOnly, specifier] = m;
      if (typeOnly || specifier!.startsWith('.') || allowed.includes(specifier!)) continue;
      offending.push(`${file}: ${specifier}`);
    }
  }
  t.same(offending, [], 'no other import');
});
