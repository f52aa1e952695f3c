import t from 'tap';
import { csrfOf, form, formHeaders, member, portalApp } from '../test-support/portal-app.js';

/*
 * A holder and the deputy standing in for them share one seat: once one has decided, the other's
 * link says who decided for them, in their own language, and decides nothing more.
 */

const portal = await portalApp(t);
const app = portal.pages;
const post = (path: string, fields: Record<string, string>) => app.inject({ method: 'POST', url: path, headers: formHeaders, payload: form(fields) });

t.test('the deputy\'s link, once the holder has decided, says the holder decided for them', async (t) => {
  const deputy = { ...member('dgsp-deputy', 'nl'), onBehalfOf: 'dgsp' };
  const { input, state } = await portal.startRound({ members: [member('dgsp'), deputy, member('oe')] });
  const holderLink = await portal.issue(input, input.members[0]!);
  const deputyLink = await portal.issue(input, deputy);

  const deputyForm = await app.inject({ method: 'GET', url: deputyLink.path });
  t.equal(deputyForm.statusCode, 200, 'before anyone decided, the deputy may decide');

  const holderPage = await app.inject({ method: 'GET', url: holderLink.path });
  const decided = await post(holderLink.path, { csrf: csrfOf(holderPage.body), 'outcome:plan': 'approve', 'comment:plan': '' });
  t.equal(decided.statusCode, 200);

  const after = await app.inject({ method: 'GET', url: deputyLink.path });
  t.equal(after.statusCode, 409);
  t.match(after.body, 'DGSP heeft al voor u beslist', 'the deputy reads who decided, in Dutch');
  t.notMatch(after.body, /<form method="post"/, 'no form to decide again');

  const late = await post(deputyLink.path, { csrf: csrfOf(deputyForm.body), 'outcome:plan': 'request_changes', 'comment:plan': 'Neen.' });
  t.equal(late.statusCode, 409, 'a form opened before the holder decided is refused');
  t.match(late.body, 'DGSP heeft al voor u beslist');
  const round = await state();
  t.same(round.decisions.map((d) => d.personId), ['dgsp'], 'one decision for the seat');
  t.same(round.pending, ['oe'], 'only the other seat is awaited');
  t.equal((await portal.linkRow(deputyLink.linkId)).used_at, null, 'the deputy\'s link was not consumed by the refusal');
});
