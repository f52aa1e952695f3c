import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { actor, worker } from '@jalon/plans/test-support/plans-app';
import { cycleWorld, type CycleWorld } from '@jalon/portal/test-support/cycle-world';
import { launchChromium } from '@jalon/portal/test-support/chromium';
import type { Browser, Page } from 'playwright-core';
import t from 'tap';

const screenshots = fileURLToPath(new URL('../../test-results/screenshots/legislature/', import.meta.url));

/*
 * A whole legislature done in pages, in Chromium, on real Temporal, PostgreSQL and SMTP: the
 * strategic plan from its draft to the Minister's signature (a change requested on objective 21,
 * edited and re-reviewed alone), then a yearly cycle from the dashboard to transmission. People act
 * only through pages and the links of their e-mails; the test reads the cycle's state to wait, never
 * to act. Every page is photographed into test-results/screenshots/legislature.
 */

// The first organisation's legislature and the second's, on two cores shared with other work.
t.setTimeout(1_200_000);

/** The assertions the steps make (tap's Test has them). */
interface Asserts {
  equal(found: unknown, wanted: unknown, message: string): unknown;
  match(found: unknown, wanted: unknown, message: string): unknown;
  notMatch(found: unknown, wanted: unknown, message: string): unknown;
  same(found: unknown, wanted: unknown, message: string): unknown;
}

/** What every step uses: screenshots, e-mails, waiting on Temporal, signing in and deciding in pages. */
function legislatureKit(t: Asserts, w: CycleWorld, browser: Browser) {
  const catcher = w.notifications.catcher;
  const planId = w.plans.planId;
  let shots = 0;
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshots, `${String(++shots).padStart(2, '0')}-${name}.png`), fullPage: true });
  const main = async (page: Page) => (await page.textContent('main')) ?? '';
  const linkIn = (text: string, route: string) => {
    const found = text.match(new RegExp(`http://127\\.0\\.0\\.1:\\d+/${route}/[A-Za-z0-9_-]+`))?.[0];
    if (!found) throw new Error(`no ${route} link in: ${text}`);
    return found;
  };
  /** The e-mails sent so far: a step's e-mails are those that came after. */
  const seenNow = () => new Set(catcher.messages.map((m) => m.id));
  const strategicStatus = async () => (await w.plans.app.inject({ url: `/strategic-plans/${planId}`, headers: worker })).json().status as string;
  const waitForStatus = async (status: string) => {
    for (let i = 0; i < 600 && await strategicStatus() !== status; i++) await new Promise((r) => setTimeout(r, 100));
    t.equal(await strategicStatus(), status, `the strategic plan is ${status}`);
  };

  /** Reloads the page until its main content says what the step waits for (Temporal runs beside the test). */
  const reloadUntil = async (page: Page, ok: (text: string) => boolean | Promise<boolean>) => {
    for (let i = 0; i < 150 && !await ok(await main(page)); i++) {
      await new Promise((r) => setTimeout(r, 200));
      await page.reload();
    }
  };

  /** A person signs in with the e-mailed link, in their own browser. */
  const signIn = async (email: string, locale: string) => {
    const page = await (await browser.newContext({ locale })).newPage();
    const seen = seenNow();
    await page.goto(`${w.portalUrl}/sign-in`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('form[action="/sign-in"] button[type="submit"]').click();
    await page.waitForURL((u) => u.pathname === '/sign-in' && u.search === '');
    const [mail] = await catcher.waitFor((m) => !seen.has(m.id) && m.to.includes(email) && /\/sign-in\//.test(m.text), { timeoutMs: 30_000 });
    await page.goto(linkIn(mail!.text, 'sign-in'));
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    return page;
  };

  /** A person opens the link of their e-mail (no session) and decides on each item of its page. */
  const decide = async (email: string, since: Set<string>, name: string, outcomes: Record<string, 'approve' | 'request_changes'>, comments: Record<string, string> = {}) => {
    const [mail] = await catcher.waitFor((m) => !since.has(m.id) && m.to.includes(email) && /\/decisions\//.test(m.text), { timeoutMs: 60_000 });
    const page = await (await browser.newContext()).newPage();
    await page.goto(linkIn(mail!.text, 'decisions'));
    const text = await main(page);
    for (const [item, outcome] of Object.entries(outcomes)) await page.locator(`input[name="outcome:${item}"][value="${outcome}"]`).check();
    for (const [item, comment] of Object.entries(comments)) await page.locator(`textarea[name="comment:${item}"]`).fill(comment);
    await shot(page, name);
    const items = await page.locator('input[name^="outcome:"][value="approve"]').evaluateAll((inputs) => inputs.map((i) => String((i as unknown as { name: string }).name).slice('outcome:'.length)));
    await page.locator('form:has(input[name^="outcome:"]) button[type="submit"]').click();
    await page.getByRole('heading', { name: /enregistrée|geregistreerd/ }).waitFor();
    await page.context().close();
    return { mail: mail!, text, items };
  };

  return { shot, main, seenNow, waitForStatus, reloadUntil, signIn, decide };
}
type Kit = ReturnType<typeof legislatureKit>;

/** Steps 1 to 5: the strategic plan, from its draft to the Minister's signature; returns the President's office's page. */
async function strategicPlanToSignature(t: Asserts, w: CycleWorld, k: Kit) {
  const { people } = w;
  const draft = `/strategic-drafts/${w.plans.planId}`;
  const { shot, main, seenNow, waitForStatus, reloadUntil, signIn, decide } = k;
  // 1. The President's office signs in, finds the draft from its dashboard and starts the lifecycle.
  const office = await signIn(people.president.email, 'fr-BE');
  await office.goto(`${w.portalUrl}/dashboard`);
  await office.getByRole('heading', { name: 'Tableau de bord – Cellule Corporate' }).waitFor();
  await shot(office, 'dashboard-draft-plan');
  await office.locator(`main a[href="${draft}"]`).first().click();
  await office.getByRole('heading', { name: 'Projet de plan stratégique', level: 1 }).waitFor();
  t.match(await main(office), 'Rédaction par le bureau du président', 'the draft page says the stage in words');
  await shot(office, 'draft-page');
  let since = seenNow();
  await office.getByRole('button', { name: 'Lancer le cycle du plan stratégique' }).click();
  await office.getByText('Le cycle est lancé : le projet est envoyé au comité de direction.').waitFor();
  // The page answers once the signal is sent; the workflow moves the stage just after (reload until it has).
  await reloadUntil(office, (text) => text.includes('Examen par le comité de direction'));
  t.match(await main(office), 'Examen par le comité de direction', 'the plan is with the committee');
  await shot(office, 'lifecycle-started');

  // 2. The two committee members approve from their e-mailed links.
  const first = await decide(people.dgsp.email, since, 'committee-dgsp-v1', { plan: 'approve' });
  t.match(first.text, 'Le texte soumis à votre décision (version 1)', 'the member reads the frozen version he approves');
  await decide(people.oe.email, since, 'committee-dvz-v1', { plan: 'approve' });

  // 3. The State Secretary's cell approves 20 and 22 and requests a change on objective 21.
  const comment = 'Précisez le calendrier du retour volontaire.';
  const review = await decide(people.mahdi.email, since, 'state-secretary-v1', { 20: 'approve', 21: 'request_changes', 22: 'approve' }, { 21: comment });
  t.same(review.items, ['20', '21', '22'], 'the State Secretary is asked about the objectives in his competence');
  t.match(review.text, /Strategische doelstelling 21/, 'in Dutch, objective 21 by name');

  // 4. The President's office reads the comment beside objective 21, edits it, resubmits.
  await reloadUntil(office, (text) => text.includes(comment));
  const changes = await main(office);
  t.match(changes, 'Modifications demandées par : le secrétaire d’État.', 'the banner names who asked');
  t.match(changes, /Commentaires sur « 21\.[^»]*»\s+Kabinet Mahdi \(Cellule stratégique du Secrétaire d’État\)[^\n]*\s+Précisez le calendrier du retour volontaire\.\s+Modifier – Objectif stratégique 21/, 'the comment, by name, beside objective 21');
  t.match(changes, 'Le secrétaire d’État n’examinera à nouveau que les objectifs de sa compétence modifiés depuis son approbation.', 'the page says only what changed goes back');
  await shot(office, 'changes-requested');
  await office.locator(`main a[href="${draft}/objectives/21"]`).first().click();
  const text = office.locator('textarea[name="text"]');
  await text.fill(`${await text.inputValue()}\n\nLe retour volontaire est proposé dans les 30 jours.`);
  await shot(office, 'objective-21-form');
  await office.locator(`form[action="${draft}/objectives/21"] button[type="submit"]`).click();
  await office.getByText('Les modifications sont enregistrées.').waitFor();
  since = seenNow();
  await office.getByRole('button', { name: 'Renvoyer le projet modifié' }).click();
  await office.getByText('Le projet modifié est renvoyé pour examen.').waitFor();
  await shot(office, 'resubmitted');

  // The committee approves version 2; objective 21 alone goes back to the State Secretary.
  const again = await decide(people.dgsp.email, since, 'committee-dgsp-v2', { plan: 'approve' });
  t.match(again.text, /Ce qui a changé depuis la version 1[\s\S]*Objectif stratégique 21/, 'the member is shown what changed: objective 21');
  await decide(people.oe.email, since, 'committee-dvz-v2', { plan: 'approve' });
  const reReview = await decide(people.mahdi.email, since, 'state-secretary-v2', { 21: 'approve' });
  t.same(reReview.items, ['21'], 'only objective 21 is reviewed again');
  t.notMatch(reReview.text, /doelstelling 20|doelstelling 22/, 'objectives 20 and 22, approved and unchanged, are not shown to decide');
  t.match(reReview.text, /Wat er veranderd is sinds versie 1[\s\S]*Le retour volontaire est proposé dans les 30 jours\./, 'the new wording of objective 21');
  await waitForStatus('awaiting_signature');

  // 5. The Minister's cell signs in its signed-in page: version 2 and its SHA-256.
  const minister = await signIn(people.verlinden.email, 'fr-BE');
  await minister.goto(`${w.portalUrl}/tasks`);
  await minister.getByRole('link', { name: /Signer « .* », version 2/ }).click();
  await minister.getByRole('heading', { name: 'Signature du plan stratégique' }).waitFor();
  const toSign = await main(minister);
  t.match(toSign, /Version figée\s*v2/, 'the frozen version to sign');
  t.match(toSign, /Empreinte SHA-256\s*[0-9a-f]{64}/, 'its SHA-256');
  await shot(minister, 'signature-page');
  await minister.getByRole('button', { name: 'Signer la version 2' }).click();
  await minister.getByText('La signature de la version 2 est enregistrée.', { exact: false }).waitFor();
  await shot(minister, 'signed');
  await waitForStatus('signed');
  return office;
}

/** Step 6: a yearly cycle from the dashboard to transmission. */
async function yearlyCycle(t: Asserts, w: CycleWorld, k: Kit, office: Page, year: number) {
  const { people } = w;
  const catcher = w.notifications.catcher;
  const { shot, main, seenNow, reloadUntil, signIn, decide } = k;
  // 6. A yearly cycle, launched from the dashboard.
  await office.goto(`${w.portalUrl}/dashboard`);
  let since = seenNow();
  await office.getByLabel('Année du plan opérationnel').fill(String(year));
  await office.getByRole('button', { name: 'Lancer le cycle' }).click();
  await office.getByText(`Le cycle ${year} est lancé.`).waitFor();
  await shot(office, 'cycle-launched');
  await w.waitFor(year, 'drafting tasks sent', (v) => v.stage === 'drafting' && v.drafting.length > 0);
  // The drafting tasks' links are issued with their e-mails: the pages find them once they are sent.
  await catcher.waitFor((m) => !since.has(m.id) && (m.to.includes(people.dgsp.email) || m.to.includes(people.oe.email)), { count: 2, timeoutMs: 60_000 });

  // Two drafters enter a SMART objective each in their page, in French and in Dutch, and finish.
  const drafters = [
    { email: people.dgsp.email, locale: 'fr-BE', entity: 'DGSP', so: '12', statement: 'Renforcer la coordination des services de secours.', indicator: 'Zones couvertes', target: 'Toutes les zones', means: 'Deux ETP', saved: /est enregistré/ },
    { email: people.oe.email, locale: 'nl-BE', entity: 'OE', so: '21', statement: 'Verkorten van de behandelingstermijn van verblijfsaanvragen.', indicator: 'Gemiddelde termijn', target: '60 dagen', means: 'Digitaal dossier', saved: /is opgeslagen/ },
  ];
  for (const d of drafters) {
    const page = await signIn(d.email, d.locale);
    await page.goto(`${w.portalUrl}/drafting/${year}/${d.entity}`);
    const add = page.locator(`form[action="/drafting/${year}/${d.entity}/objectives"]`);
    await add.locator('[name="strategicObjectiveNumber"]').selectOption(d.so);
    await add.locator('[name="statement"]').fill(d.statement);
    await add.locator('[name="indicator"]').fill(d.indicator);
    await add.locator('[name="target"]').fill(d.target);
    await add.locator('[name="means"]').fill(d.means);
    await add.locator('[name="deadline"]').fill(`${year}-06-30`);
    await shot(page, `drafting-${d.entity}-form`);
    await add.locator('button[type="submit"]').click();
    await page.getByText(d.saved).first().waitFor();
    t.match(await main(page), `${d.entity}-${year}-01`, `${d.entity}: the objective is entered`);
    await page.locator('#finish').click();
    await page.waitForURL(/finished=1/);
    await shot(page, `drafting-${d.entity}-finished`);
    await page.context().close();
  }
  await w.waitFor(year, 'both entities done', (v) => ['DGSP', 'OE'].every((e) => v.drafting.find((d: { entityCode: string }) => d.entityCode === e)?.status === 'done'));

  // The President's office closes the drafting from the dashboard and consolidates on its page.
  await office.goto(`${w.portalUrl}/dashboard`);
  await office.getByRole('button', { name: 'Clôturer la rédaction et consolider' }).click();
  await office.getByText(/rédaction du plan .* est clôturée/).waitFor();
  await w.waitFor(year, 'consolidation', (v) => v.stage === 'consolidation' && v.holders.length > 0);
  await office.goto(`${w.portalUrl}/consolidation/${year}`);
  await reloadUntil(office, async () => await office.locator('#consolidation-done').count() > 0);
  const consolidation = await main(office);
  t.match(consolidation, new RegExp(`DGSP-${year}-01[\\s\\S]*OE-${year}-01|OE-${year}-01[\\s\\S]*DGSP-${year}-01`), 'both entities\' objectives, consolidated');
  await shot(office, 'consolidation');
  since = seenNow();
  await office.locator('#consolidation-done').click();
  await office.getByText(/La consolidation est enregistrée/).waitFor();

  // The committee approves from its e-mails; the State Secretary reviews the objective in his competence.
  await decide(people.dgsp.email, since, 'yearly-committee-dgsp', { plan: 'approve' });
  await decide(people.oe.email, since, 'yearly-committee-dvz', { plan: 'approve' });
  const yearly = await decide(people.mahdi.email, since, 'yearly-state-secretary', { [`OE-${year}-01`]: 'approve' });
  t.same(yearly.items, [`OE-${year}-01`], 'the State Secretary reviews the objective serving objective 21, only');
  await w.waitFor(year, 'transmitted', (v) => v.transmission !== null);
  await office.goto(`${w.portalUrl}/dashboard`);
  const row = office.getByRole('row', { name: new RegExp(`^${year}`) });
  t.match(await row.textContent(), /Transmission|En vigueur/, 'the dashboard shows the plan transmitted');
  await shot(office, 'yearly-transmitted');
}

/** The second organisation's people: named by its administrator in pages, signing in with the e-mailed link. */
const mobility = {
  code: 'spf-mobilite',
  admin: { name: 'Anne Dubois', email: 'anne.dubois@mobilit.example' },
  office: { name: 'Bureau stratégique Mobilité', email: 'strategie@mobilit.example', locale: 'fr-BE' },
  members: [{ name: 'Claire Martin', email: 'claire.martin@mobilit.example', language: 'fr' }, { name: 'Pieter Janssens', email: 'pieter.janssens@mobilit.example', language: 'nl' }],
  drafter: { name: 'Luc Peeters', email: 'luc.peeters@mobilit.example', entity: 'DG_ROUTE' },
  cabinet: { name: 'Cabinet de la Ministre de la Mobilité', email: 'cabinet@mobilit.example' },
};

/** Step 7: the operator's administrator creates a second organisation in pages and names its first administrator. */
async function secondOrganisation(t: Asserts, w: CycleWorld, k: Kit) {
  const { shot, main, signIn } = k;
  // The operator's administrator is a fixture (registered like the other people of the world); from
  // here on everything is done in pages.
  const registered = await w.plans.app.inject({
    method: 'POST', url: `/organisations/${w.ORG}/people`, headers: actor,
    payload: { name: 'Zoé Admin', email: 'admin@ibz.example', language: 'fr', roles: [{ role: 'org_admin' }] },
  });
  t.equal(registered.statusCode, 201, 'the operator\'s administrator exists');
  const operator = await signIn('admin@ibz.example', 'fr-BE');
  await operator.goto(`${w.portalUrl}/organisations/new`);
  await operator.getByRole('heading', { name: 'Créer une organisation', level: 1 }).waitFor();
  await operator.locator('input[name="code"]').fill(mobility.code);
  await operator.locator('input[name="name.fr"]').fill('SPF Mobilité et Transports');
  await operator.locator('input[name="name.nl"]').fill('FOD Mobiliteit en Vervoer');
  await operator.locator('input[name="shortName"]').fill('Mobilité');
  // Its people sign in with the e-mailed link (they are not at the identity provider of the test).
  await operator.getByLabel('Permettre la connexion par lien envoyé par e-mail').check();
  await shot(operator, 'new-organisation-form');
  await operator.locator('form[action="/organisations/new"] button[type="submit"]').click();
  await operator.getByText('L’organisation Mobilité a été créée.').waitFor();
  await shot(operator, 'new-organisation-created');
  const second = await w.plans.app.inject({ url: `/organisations/${mobility.code}`, headers: worker });
  t.match(second.json(), { shortName: 'Mobilité', languages: ['fr', 'nl'], settings: { emailSignIn: true } }, 'the second organisation exists in the plans service');

  // Its first administrator, named from the creation notice.
  await operator.getByRole('link', { name: 'Nommer le premier administrateur de Mobilité' }).click();
  await operator.getByRole('heading', { name: 'Premier administrateur – SPF Mobilité et Transports', level: 1 }).waitFor();
  await operator.getByLabel('Nom et prénom').fill(mobility.admin.name);
  await operator.getByLabel('Adresse e-mail professionnelle').fill(mobility.admin.email);
  await operator.locator('select[name="language"]').selectOption('fr');
  await operator.getByRole('button', { name: 'Nommer l’administrateur' }).click();
  await operator.getByText(`${mobility.admin.name} administre désormais l’organisation SPF Mobilité et Transports.`).waitFor();
  await shot(operator, 'first-administrator-named');
  await operator.getByLabel('Nom et prénom').fill('Second Administrateur');
  await operator.getByLabel('Adresse e-mail professionnelle').fill('second@mobilit.example');
  await operator.getByRole('button', { name: 'Nommer l’administrateur' }).click();
  await operator.locator('.error-summary').waitFor();
  t.match(await main(operator), 'Cette organisation a déjà un administrateur', 'a second one is refused, in French');
  await operator.context().close();
}

/** The new organisation's administrator signs in and builds it: entities, the Minister who signs, people with roles. */
async function buildSecondOrganisation(t: Asserts, w: CycleWorld, k: Kit) {
  const { shot, main, signIn } = k;
  const admin = await signIn(mobility.admin.email, 'fr-BE');
  await admin.goto(`${w.portalUrl}/organisation`);
  await admin.getByRole('heading', { name: 'Administration de l’organisation', level: 1 }).waitFor();
  t.match(await main(admin), 'SPF Mobilité et Transports', 'the administrator manages the new organisation');
  const entities = [
    { code: 'DG_ROUTE', fr: 'DG Transport routier', nl: 'DG Wegvervoer', kind: 'directorate_general' },
    { code: 'SE_STRATEGIE', fr: 'Service d’encadrement Stratégie', nl: 'Stafdienst Strategie', kind: 'staff_directorate' },
  ];
  for (const e of entities) {
    const form = admin.locator('form[action="/organisation/entities"]');
    await form.locator('[name="code"]').fill(e.code);
    await form.locator('[name="name.fr"]').fill(e.fr);
    await form.locator('[name="name.nl"]').fill(e.nl);
    await form.locator('[name="kind"]').selectOption(e.kind);
    await form.locator('button[type="submit"]').click();
    await admin.getByRole('rowheader', { name: e.fr }).waitFor();
  }
  const authority = admin.locator('form[action="/organisation/authorities"]');
  await authority.locator('[name="code"]').fill('ministre-mobilite');
  await authority.locator('[name="kind"]').selectOption('minister');
  await authority.locator('[name="title.fr"]').fill('Ministre de la Mobilité');
  await authority.locator('[name="title.nl"]').fill('Minister van Mobiliteit');
  await authority.locator('[name="holderName"]').fill('Élise Lambert');
  await authority.locator('[name="signs.yes"]').check();
  await authority.locator('button[type="submit"]').click();
  await admin.getByRole('rowheader', { name: 'Ministre de la Mobilité' }).waitFor();
  await shot(admin, 'second-organisation-built');

  await admin.goto(`${w.portalUrl}/organisation/people`);
  const people = [
    { ...mobility.office, language: 'fr', role: 'president_office' },
    ...mobility.members.map((m) => ({ ...m, role: 'committee_member' })),
    { ...mobility.drafter, language: 'fr', role: 'drafter', entityCode: mobility.drafter.entity },
    { ...mobility.cabinet, language: 'fr', role: 'minister_cell', authorityCode: 'ministre-mobilite' },
  ];
  for (const p of people) {
    const add = admin.locator('form[action="/organisation/people"]');
    await add.locator('[name="name"]').fill(p.name);
    await add.locator('[name="email"]').fill(p.email);
    await add.locator('[name="language"]').selectOption(p.language);
    await add.locator('button[type="submit"]').click();
    const section = admin.locator('section', { has: admin.getByRole('heading', { name: p.name, level: 3 }) });
    const give = section.locator('form[action$="/roles"]');
    await give.locator('[name="role"]').selectOption(p.role);
    if ('entityCode' in p) await give.locator('[name="entityCode"]').selectOption(p.entityCode);
    if ('authorityCode' in p) await give.locator('[name="authorityCode"]').selectOption(p.authorityCode);
    await give.locator('button[type="submit"]').click();
    // A held role has its "Retirer" link (to a confirmation page): the page came back with the role.
    await section.locator('a[href*="/roles/"][href$="/remove"]').first().waitFor();
  }
  const listed = await main(admin);
  t.match(listed, /Luc Peeters[\s\S]*Rédacteur ou rédactrice — DG Transport routier/, 'the drafter of the DG, by name');
  t.match(listed, /Cabinet de la Ministre de la Mobilité[\s\S]*Cellule stratégique du Ministre — Ministre de la Mobilité/, 'the Minister\'s cell');
  await shot(admin, 'second-organisation-people');
  await admin.context().close();
}
/** Step 7, continued: the new organisation's President's office writes its strategic plan in pages; the committee approves, the Minister's cell signs. */
async function secondStrategicPlan(t: Asserts, w: CycleWorld, k: Kit) {
  const { shot, main, seenNow, reloadUntil, signIn, decide } = k;
  const catcher = w.notifications.catcher;
  const office = await signIn(mobility.office.email, mobility.office.locale);
  await office.goto(`${w.portalUrl}/dashboard`);
  await office.getByRole('link', { name: 'Nouveau plan stratégique' }).click();
  await office.getByRole('heading', { name: 'Nouveau plan stratégique', level: 1 }).waitFor();
  const first = new Date().getUTCFullYear() + 10;
  await office.getByLabel('Référence du plan').fill(`PS-MOB-${first}`);
  await office.getByLabel('Première année').fill(String(first));
  await office.getByLabel('Dernière année').fill(String(first + 4));
  await office.getByLabel('Titre en français').fill(`Plan stratégique Mobilité ${first}-${first + 4}`);
  await office.getByLabel('Titre en néerlandais').fill(`Strategisch plan Mobiliteit ${first}-${first + 4}`);
  await shot(office, 'second-new-plan-form');
  await office.getByRole('button', { name: 'Créer le plan stratégique' }).click();
  await office.getByText('Le plan stratégique a été créé : complétez le projet.').waitFor();
  const planId = new URL(office.url()).pathname.split('/')[2]!;
  const draft = `/strategic-drafts/${planId}`;

  // A priority, two objectives owned by the DG (one with an ambition), a risk domain.
  await office.goto(`${w.portalUrl}${draft}/priorities`);
  await office.locator('[name="priority:0:title"]').fill('Une mobilité sûre et durable');
  await office.locator('[name="priority:0:text"]').fill('Réduire le nombre de victimes de la route et les émissions du transport.');
  await office.locator(`form[action="${draft}/priorities"] button[type="submit"]`).click();
  await office.getByText('Les modifications sont enregistrées.').waitFor();
  const objectives = [
    { title: 'Sécurité routière', text: 'Diminuer de moitié le nombre de tués sur les routes.', ambition: 'Un plan d’action par province.' },
    { title: 'Transport de marchandises', text: 'Faire passer une part du fret de la route au rail et aux voies navigables.', ambition: '' },
  ];
  for (const o of objectives) {
    await office.goto(`${w.portalUrl}${draft}/new-objective`);
    await office.locator('[name="title"]').fill(o.title);
    await office.locator('[name="text"]').fill(o.text);
    await office.locator(`[name="owner:${mobility.drafter.entity}"]`).check();
    if (o.ambition) {
      await office.locator('[name="ambition:0:text"]').fill(o.ambition);
      await office.locator(`[name="ambition:0:owner:${mobility.drafter.entity}"]`).check();
    }
    await office.locator(`form[action="${draft}/new-objective"] button[type="submit"]`).click();
    await office.getByText('Les modifications sont enregistrées.').waitFor();
  }
  await office.goto(`${w.portalUrl}${draft}/risk-domains`);
  await office.locator('[name="risk:0:title"]').fill('Accidents graves');
  await office.locator('[name="risk:0:weaknesses"]').fill('Données d’accidents incomplètes');
  await office.locator('[name="risk:0:threats"]').fill('Hausse du trafic');
  await office.locator('[name="risk:0:objective:1"]').check();
  await office.locator(`form[action="${draft}/risk-domains"] button[type="submit"]`).click();
  await office.getByText('Les modifications sont enregistrées.').waitFor();
  const written = await main(office);
  t.match(written, /Une mobilité sûre et durable[\s\S]*Sécurité routière[\s\S]*Transport de marchandises[\s\S]*Accidents graves/, 'the draft holds the priority, both objectives and the risk domain');
  await shot(office, 'second-draft-written');

  const since = seenNow();
  await office.getByRole('button', { name: 'Lancer le cycle du plan stratégique' }).click();
  await office.getByText('Le cycle est lancé : le projet est envoyé au comité de direction.').waitFor();
  await reloadUntil(office, (text) => text.includes('Examen par le comité de direction'));
  await shot(office, 'second-lifecycle-started');
  const [claire, pieter] = mobility.members;
  const approval = await decide(claire!.email, since, 'second-committee-fr', { plan: 'approve' });
  t.match(approval.text, /Sécurité routière[\s\S]*Transport de marchandises/, 'the committee reads the plan it approves');
  await decide(pieter!.email, since, 'second-committee-nl', { plan: 'approve' });
  const status = async () => (await w.plans.app.inject({ url: `/strategic-plans/${planId}`, headers: worker })).json().status as string;
  for (let i = 0; i < 300 && await status() !== 'awaiting_signature'; i++) await new Promise((r) => setTimeout(r, 100));
  t.equal(await status(), 'awaiting_signature', 'after the committee, the plan awaits the Minister\'s signature');
  const asked = catcher.messages.filter((m) => !since.has(m.id) && /\/decisions\//.test(m.text)).flatMap((m) => m.to);
  t.same([...new Set(asked)].sort(), [claire!.email, pieter!.email].sort(), 'no State Secretary step: only the committee was asked to decide');

  const cabinet = await signIn(mobility.cabinet.email, 'fr-BE');
  await cabinet.goto(`${w.portalUrl}/tasks`);
  await cabinet.getByRole('link', { name: /Signer « .* », version 1/ }).click();
  await cabinet.getByRole('heading', { name: 'Signature du plan stratégique' }).waitFor();
  await shot(cabinet, 'second-signature-page');
  await cabinet.getByRole('button', { name: 'Signer la version 1' }).click();
  await cabinet.getByText('La signature de la version 1 est enregistrée.', { exact: false }).waitFor();
  for (let i = 0; i < 300 && await status() !== 'signed'; i++) await new Promise((r) => setTimeout(r, 100));
  t.equal(await status(), 'signed', 'the Minister\'s cell signed the second organisation\'s plan');
  await cabinet.context().close();
  return { office, year: first };
}

/** Step 7, end: the second organisation's yearly cycle, from its dashboard to transmission. */
async function secondYearlyCycle(t: Asserts, w: CycleWorld, k: Kit, office: Page, year: number) {
  const { shot, main, seenNow, reloadUntil, signIn, decide } = k;
  const catcher = w.notifications.catcher;
  const planStatus = async () => {
    const plans = (await w.plans.app.inject({ url: `/organisations/${mobility.code}/operational-plans`, headers: worker })).json().items as Array<{ year: number; status: string }>;
    return plans.find((p) => p.year === year)?.status;
  };
  await office.goto(`${w.portalUrl}/dashboard`);
  let since = seenNow();
  await office.getByLabel('Année du plan opérationnel').fill(String(year));
  await office.getByRole('button', { name: 'Lancer le cycle' }).click();
  await office.getByText(`Le cycle ${year} est lancé.`).waitFor();
  await reloadUntil(office, async () => await office.locator(`#adopted-${year}`).count() > 0);
  await office.locator(`#adopted-${year}`).fill(`${year - 1}-12-20`);
  await office.locator(`form[action="/dashboard/cycles/${year}/budget-adoption"] button[type="submit"]`).click();
  await office.getByText(`Adoption du budget enregistrée`, { exact: false }).waitFor();
  await shot(office, 'second-cycle-budget');

  // The DG's drafter is e-mailed, enters a SMART objective serving strategic objective 1, and finishes.
  await catcher.waitFor((m) => !since.has(m.id) && m.to.includes(mobility.drafter.email), { timeoutMs: 60_000 });
  const drafter = await signIn(mobility.drafter.email, 'fr-BE');
  const entity = mobility.drafter.entity;
  await drafter.goto(`${w.portalUrl}/drafting/${year}/${entity}`);
  const add = drafter.locator(`form[action="/drafting/${year}/${entity}/objectives"]`);
  await add.locator('[name="strategicObjectiveNumber"]').selectOption('1');
  await add.locator('[name="statement"]').fill('Installer des radars de tronçon sur les axes les plus accidentogènes.');
  await add.locator('[name="indicator"]').fill('Axes équipés');
  await add.locator('[name="target"]').fill('Dix axes');
  await add.locator('[name="means"]').fill('Marché public commun avec les régions');
  await add.locator('[name="deadline"]').fill(`${year}-09-30`);
  await add.locator('button[type="submit"]').click();
  await drafter.getByText(/est enregistré/).first().waitFor();
  t.match(await main(drafter), `${entity}-${year}-01`, 'the drafter\'s objective is entered');
  await drafter.locator('#finish').click();
  await drafter.waitForURL(/finished=1/);
  await shot(drafter, 'second-drafting-finished');
  await drafter.context().close();

  // Its only drafting entity has finished: the drafting closes by itself (nobody to wait for). The
  // President's office consolidates; the committee approves; no State Secretary.
  await office.goto(`${w.portalUrl}/consolidation/${year}`);
  await reloadUntil(office, async () => await office.locator('#consolidation-done').count() > 0);
  t.match(await main(office), `${entity}-${year}-01`, 'the consolidation shows the DG\'s objective');
  await shot(office, 'second-consolidation');
  since = seenNow();
  await office.locator('#consolidation-done').click();
  await office.getByText(/La consolidation est enregistrée/).waitFor();
  const [claire, pieter] = mobility.members;
  await decide(claire!.email, since, 'second-yearly-committee-fr', { plan: 'approve' });
  await decide(pieter!.email, since, 'second-yearly-committee-nl', { plan: 'approve' });
  for (let i = 0; i < 300 && !['transmitted', 'closed'].includes(await planStatus() ?? ''); i++) await new Promise((r) => setTimeout(r, 200));
  t.match(await planStatus(), /transmitted|closed/, 'the second organisation\'s yearly plan is transmitted');
  const asked = catcher.messages.filter((m) => !since.has(m.id) && /\/decisions\//.test(m.text)).flatMap((m) => m.to);
  t.same([...new Set(asked)].sort(), [claire!.email, pieter!.email].sort(), 'no State Secretary review of the yearly plan');
  await office.goto(`${w.portalUrl}/dashboard`);
  const row = office.getByRole('row', { name: new RegExp(`^${year}`) });
  t.match(await row.textContent(), /Transmission|En vigueur/, 'its dashboard shows the plan transmitted');
  await shot(office, 'second-yearly-transmitted');
}

t.test('a legislature in the browser: strategic plan to signature, then a yearly cycle to transmission', async (t) => {
  const w = await cycleWorld(t, { browser: true, strategicPlanSigned: false, portal: { codec: { operatorOrganisation: 'spf-interieur' } } });
  const browser = await launchChromium(t);
  if (!browser) return;
  mkdirSync(screenshots, { recursive: true });
  const k = legislatureKit(t, w, browser);
  const office = await strategicPlanToSignature(t, w, k);
  await yearlyCycle(t, w, k, office, new Date().getUTCFullYear() + 60);
  await secondOrganisation(t, w, k);
  await buildSecondOrganisation(t, w, k);
  const second = await secondStrategicPlan(t, w, k);
  await secondYearlyCycle(t, w, k, second.office, second.year);
});
