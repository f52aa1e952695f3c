/**
 * How Node.js runs Jalon's TypeScript sources: Node 24 strips the types itself (tsconfig's
 * `erasableSyntaxOnly` keeps the sources to what it can strip); this hook only follows TypeScript's
 * NodeNext rule, where a source imports `./x.js` for the file `./x.ts`. It replaces tsx, whose
 * transform on every module doubled the time a process took to load (3.7 s of CPU for the portal's
 * test world, 2.2 s with this): every test file and every service start paid it.
 */
import { registerHooks } from 'node:module';

const ours = (url) => url !== undefined && url.startsWith('file:') && /\.m?ts$/.test(url) && !url.includes('/node_modules/');

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (ours(context.parentURL) && specifier.endsWith('.js') && (specifier.startsWith('./') || specifier.startsWith('../'))) {
      return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
    }
    return nextResolve(specifier, context);
  },
});
