import { readdirSync, readFileSync } from 'node:fs';
import t from 'tap';

/*
 * This package runs inside Temporal's deterministic workflow sandbox: reading the clock, randomness or
 * Node built-ins there breaks replay. The check is on the source text so a slip is caught before any
 * workflow test would notice.
 */
const sourceDirectory = new URL('../src/', import.meta.url);
const files = readdirSync(sourceDirectory).filter((name) => name.endsWith('.ts'));

t.ok(files.length >= 8, 'the source files are found');
for (const name of files) {
  const code = readFileSync(new URL(name, sourceDirectory), 'utf8');
  t.test(name, async (t) => {
    t.notMatch(code, /Date\.now\s*\(/, 'does not read the clock with Date.now()');
    t.notMatch(code, /new Date\(\s*\)/, 'does not read the clock with new Date()');
    t.notMatch(code, /\bDate\(\s*\)/, 'does not call Date() for the current time');
    t.notMatch(code, /Math\.random|crypto\./, 'uses no randomness');
    t.notMatch(code, /performance\.now|process\./, 'uses no timers or process state');
    t.notMatch(code, /from\s+'node:|from\s+'(fs|path|os|crypto|util)'|require\(/, 'imports no Node built-in');
    for (const match of code.matchAll(/from\s+'([^']+)'/g)) {
      const specifier = match[1] ?? '';
      t.ok(specifier === 'zod' || specifier.startsWith('./'), `imports only zod or local files (${specifier})`);
    }
  });
}
