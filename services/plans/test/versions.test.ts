import t from 'tap';
import { plansApp, worker } from '../test-support/plans-app.js';

t.test('a version\'s hash changes when, and only when, the plan\'s content changes', async (t) => {
  const { app, planId } = await plansApp(t);
  const freeze = () => app.inject({ method: 'POST', url: `/strategic-plans/${planId}/versions`, headers: worker });

  const first = await freeze();
  t.equal(first.statusCode, 201);
  t.match(first.json().sha256, /^[0-9a-f]{64}$/);

  const same = await freeze();
  t.equal(same.statusCode, 200, 'freezing unchanged content returns the existing version');
  t.equal(same.json().number, 1);
  t.equal(same.json().sha256, first.json().sha256);

  // A change of status or revision is not a change of content.
  await app.inject({ method: 'POST', url: `/strategic-plans/${planId}/status`, headers: worker, payload: { expectedRevision: 1, status: 'in_committee' } });
  await app.inject({ method: 'POST', url: `/strategic-plans/${planId}/status`, headers: worker, payload: { expectedRevision: 2, status: 'draft' } });
  t.equal((await freeze()).json().sha256, first.json().sha256, 'status changes leave the hash alone');

  const objective = (await app.inject({ url: `/strategic-plans/${planId}/objectives/21`, headers: worker })).json();
  await app.inject({ method: 'PATCH', url: `/strategic-plans/${planId}/objectives/21`, headers: worker, payload: { expectedRevision: objective.revision, text: `${objective.text}\n\nPrécision ajoutée.` } });
  const second = await freeze();
  t.equal(second.statusCode, 201);
  t.equal(second.json().number, 2);
  t.not(second.json().sha256, first.json().sha256, 'a changed text gives a new hash');

  const back = (await app.inject({ url: `/strategic-plans/${planId}/objectives/21`, headers: worker })).json();
  await app.inject({ method: 'PATCH', url: `/strategic-plans/${planId}/objectives/21`, headers: worker, payload: { expectedRevision: back.revision, text: objective.text } });
  const third = await freeze();
  t.equal(third.json().number, 3, 'going back is a new version…');
  t.equal(third.json().sha256, first.json().sha256, '…with the same hash as the content it restores');

  const compare = (await app.inject({ url: `/strategic-plans/${planId}/versions/1/compare?to=2`, headers: worker })).json();
  t.equal(compare.identical, false);
  t.same(compare.sections.objectives, { added: [], removed: [], changed: [{ key: '21', fields: ['text'] }] }, 'the comparison names objective 21 and its text');
  t.same(compare.sections.priorities.changed, []);
  t.equal((await app.inject({ url: `/strategic-plans/${planId}/versions/1/compare?to=3`, headers: worker })).json().identical, true);

  const stored = (await app.inject({ url: `/strategic-plans/${planId}/versions/2`, headers: worker })).json();
  t.equal(stored.snapshot.objectives.length, 22, 'the snapshot holds the whole plan');
  t.equal((await app.inject({ url: `/strategic-plans/${planId}/versions`, headers: worker })).json().length, 3);
  t.equal((await app.inject({ url: `/strategic-plans/${planId}/versions/9`, headers: worker })).statusCode, 404);
});
