import t from 'tap';
import { prefersMinimal } from '../src/cycles/return-preference.js';

t.test('Prefer: return=minimal is recognised as RFC 7240 writes it, and nothing else is', async (t) => {
  for (const header of ['return=minimal', 'Return=Minimal', 'return="minimal"', 'respond-async, return=minimal', 'return = minimal; foo=bar', ['wait=5', 'return=minimal']]) {
    t.ok(prefersMinimal(header), `${JSON.stringify(header)} asks for the minimal answer`);
  }
  for (const header of [undefined, '', 'return=representation', 'minimal', 'return', 'return=minimalist', 'x-return=minimal']) {
    t.notOk(prefersMinimal(header), `${JSON.stringify(header)} keeps the full answer`);
  }
});
