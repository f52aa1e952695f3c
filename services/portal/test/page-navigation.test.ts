import t from 'tap';
import { cycleWorld } from '../test-support/cycle-world.js';
import { signInByEmail } from '../test-support/email-sign-in.js';
import { csrfOf, form, formHeaders } from '../test-support/portal-app.js';

/*
 * Finding one's way in the signed-in pages: drafters reach their drafting pages from the navigation
 * (nobody else is offered them), and a form answered with its page again (a refused value) keeps a
 * language switch that leads back to that page, not to the form's action, which has no page.
 */

const w = await cycleWorld(t);
const pages = w.portal.pages;
const get = (url: string, cookie: string) => pages.inject({ url, headers: { cookie } });
const [dgsp, oe, president, outsider] = [
  await signInByEmail(w, w.people.dgsp.email), await signInByEmail(w, w.people.oe.email),
  await signInByEmail(w, w.people.president.email), await signInByEmail(w, w.people.outsider.email),
];

t.test('a drafter finds the drafting pages in the navigation, in their language; people without a drafter role do not', async (t) => {
  t.match((await get('/tasks', dgsp)).body, /<li><a href="\/drafting">Rédaction<\/a><\/li>/, 'a French-speaking drafter');
  t.match((await get('/tasks', oe)).body, /<li><a href="\/drafting">Opstellen<\/a><\/li>/, 'a Dutch-speaking drafter');
  const switched = await pages.inject({ url: '/tasks', headers: { cookie: `${dgsp}; jalon_lang=de` } });
  t.match(switched.body, /<li><a href="\/drafting">Ausarbeitung<\/a><\/li>/, 'in German when the reader chose it');
  const list = await get('/drafting', dgsp);
  t.equal(list.statusCode, 200, 'the entry leads to a page the drafter may open');
  t.match(list.body, /<a href="\/drafting" aria-current="page">Rédaction<\/a>/, 'marked as the current page there');
  for (const [who, cookie] of [['the President\'s office', president], ['someone without a role', outsider]] as const) {
    t.notMatch((await get('/tasks', cookie)).body, /href="\/drafting"/, `${who}: no drafting entry`);
  }
});

t.test('after a refused form, the language switch leads to the page the form belongs to, which opens', async (t) => {
  const dashboard = await get('/dashboard', president);
  const refused = await pages.inject({
    method: 'POST', url: '/dashboard/cycles', headers: { ...formHeaders, cookie: president }, payload: form({ csrf: csrfOf(dashboard.body), year: '1999' }),
  });
  t.equal(refused.statusCode, 400, 'a year out of range is refused with the page again');
  const back = refused.body.match(/href="\/language\/nl\?back=([^"]*)"/)?.[1];
  t.equal(back && decodeURIComponent(back), '/dashboard', 'the Dutch link comes back to the dashboard, not to the form\'s action');
  t.notMatch(refused.body, /back=%2Fdashboard%2Fcycles/);
  const switched = await pages.inject({ url: `/language/nl?back=${back}`, headers: { cookie: president } });
  t.equal(switched.statusCode, 303);
  t.equal(switched.headers.location, '/dashboard');
  const cookie = `${president}; jalon_lang=nl`;
  const dutch = await pages.inject({ url: switched.headers.location as string, headers: { cookie } });
  t.equal(dutch.statusCode, 200, 'that page exists');
  t.match(dutch.body, /<html lang="nl"/, 'in Dutch');

  const budget = await pages.inject({
    method: 'POST', url: '/dashboard/cycles/2031/budget-adoption', headers: { ...formHeaders, cookie: president }, payload: form({ csrf: csrfOf(dashboard.body), adoptedOn: 'demain' }),
  });
  t.equal(budget.statusCode, 400);
  t.match(budget.body, /href="\/language\/de\?back=%2Fdashboard"/, 'a form deeper under the page: the same page');
});

t.test('the page address of a form is the nearest page above its action', async (t) => {
  const { nearestPage } = await import('../src/web/page-address.js');
  const routes = ['/', '/organisation', '/organisation/people', '/drafting/:year/:entity', '/drafting/:year/:entity/objectives/:code'].map((r) => r.split('/'));
  t.equal(nearestPage(routes, '/organisation/settings'), '/organisation');
  t.equal(nearestPage(routes, '/organisation/people/42/roles/7/remove'), '/organisation/people');
  t.equal(nearestPage(routes, '/drafting/2030/DGSP/objectives'), '/drafting/2030/DGSP');
  t.equal(nearestPage(routes, '/drafting/2030/DGSP/objectives/DGSP-2030-01/result'), '/drafting/2030/DGSP/objectives/DGSP-2030-01');
  t.equal(nearestPage(routes, '/drafting/2030/DGSP/objectives/DGSP-2030-01'), '/drafting/2030/DGSP/objectives/DGSP-2030-01', 'a form posted to its own page');
  t.equal(nearestPage(routes, '/sign-out'), '/', 'nothing above: the start page');
});
