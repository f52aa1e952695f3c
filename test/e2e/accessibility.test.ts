import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cycleWorld, type CycleWorld } from '@jalon/portal/test-support/cycle-world';
import { signInByEmail } from '@jalon/portal/test-support/email-sign-in';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import t from 'tap';
import { axeViolations, expectAccessible } from '../support/accessibility.js';

const screenshots = fileURLToPath(new URL('../../test-results/accessibility/', import.meta.url));

/*
 * WCAG 2.1 AA in a real browser (Debian's Chromium), for what needs a real walk: the pages the page
 * list does not hold, a decision form refused and then sent, a keyboard-only walk from the sign-in
 * page to a recorded decision, the plan page printed; and a photograph of each page on the way
 * (test-results/accessibility/). axe over every page of the page list, in French, Dutch and German,
 * is test/e2e/every-page-accessibility.test.ts. The world: the reference strategic plan, its
 * lifecycle started, so that the committee has decision links and tasks.
 */

// A cycle world, then three walks in Chromium on a shared two-core machine: above the runner's 300 s.
t.setTimeout(900_000);

type TestedLanguage = 'fr' | 'nl' | 'de';
/** What the walks assert with (a tap subtest). */
interface Check {
  ok: (value: unknown, message: string, extra: Record<string, unknown>) => unknown;
  equal: (found: unknown, wanted: unknown, message: string) => unknown;
  match: (found: unknown, pattern: RegExp | string, message: string) => unknown;
  same: (found: unknown, wanted: unknown, message: string) => unknown;
  comment: (...message: unknown[]) => unknown;
}
const LANGUAGES: TestedLanguage[] = ['fr', 'nl', 'de'];

async function world(t: { teardown: (fn: () => unknown) => void }) {
  const executablePath = process.env.JALON_CHROMIUM;
  if (!executablePath) throw new Error('Chromium is not installed and could not be installed (needs root and apt-get): install Debian\'s chromium package or set JALON_CHROMIUM');
  mkdirSync(screenshots, { recursive: true });
  const w = await cycleWorld(t, { browser: true, strategicPlanSigned: false });
  const started = await w.api('POST', `/organisations/${w.ORG}/strategic-plans/${w.plans.planId}/lifecycle`, w.people.president);
  if (started.statusCode !== 201) throw new Error(`the lifecycle did not start: ${started.statusCode} ${started.body}`);
  const browser: Browser = await chromium.launch({
    executablePath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  t.teardown(() => browser.close());
  return { w, browser };
}

/** The committee's e-mailed link to the strategic plan's review, for this member. */
async function reviewLinkOf(w: CycleWorld, email: string): Promise<string> {
  const [mail] = await w.notifications.catcher.waitFor((m) => m.to.includes(email) && /\/decisions\//.test(m.text), { timeoutMs: 30_000 });
  const link = mail!.text.match(/http:\/\/127\.0\.0\.1:\d+\/decisions\/[A-Za-z0-9_-]+/)?.[0];
  if (!link) throw new Error(`no decision link in the e-mail to ${email}`);
  return link;
}

/** A browser signed in as this person (the e-mailed sign-in, its session cookie given to the browser). */
async function signedInContext(browser: Browser, w: CycleWorld, email: string): Promise<BrowserContext> {
  const [name, value] = (await signInByEmail(w, email)).split('=') as [string, string];
  const context = await browser.newContext({ locale: 'fr-BE' });
  await context.addCookies([{ name, value, url: w.portalUrl }]);
  return context;
}

t.test('accessibility in Chromium', async (t) => {
  const { w, browser } = await world(t);
  await t.test('the pages a walk reaches: no serious or critical axe violation; the signed-in pages photographed', (t) => walkedPages(t, w, browser));
  await t.test('keyboard only: from the sign-in page to a recorded decision', (t) => keyboardWalk(t, w, browser));
  await t.test('the plan page printed: no navigation, full addresses, priorities on a new page', (t) => printedPlan(t, w, browser));
});

async function walkedPages(t: Check, w: CycleWorld, browser: Browser) {
  const photograph = async (page: Page, url: string, name: string, status: number) => {
    const response = await page.goto(`${w.portalUrl}${url}`);
    t.equal(response?.status(), status, `${name}: ${status}`);
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  };
  const visit = async (page: Page, url: string, name: string, status: number) => {
    await photograph(page, url, name, status);
    await expectAccessible(t, page, name);
  };

  // Pages for anyone that the page list does not hold: the statement and an unknown address, in every language.
  const anonymous = await (await browser.newContext({ locale: 'fr-BE' })).newPage();
  await visit(anonymous, '/sign-in', 'sign-in-fr', 200);
  for (const language of LANGUAGES) {
    await visit(anonymous, `/accessibility?lang=${language}`, `accessibility-statement-${language}`, 200);
    t.equal(await anonymous.getAttribute('html', 'lang'), language, `the statement in ${language}`);
    await visit(anonymous, `/nowhere?lang=${language}`, `not-found-${language}`, 404);
    t.equal(await anonymous.getAttribute('html', 'lang'), language, `the 404 page in ${language}`);
  }
  // The check can fail: a field without a label, put on a page, is found and named.
  await anonymous.evaluate('document.querySelector("main").insertAdjacentHTML("beforeend", "<input type=text id=unlabelled>")');
  const found = await axeViolations(anonymous);
  t.ok(found.some((v) => v.id === 'label' && (v.impact === 'critical' || v.impact === 'serious') && v.targets.includes('#unlabelled')), 'axe finds an unlabelled field, serious or critical, and names it', { found });

  // The committee member's e-mailed link, walked: the form, refused empty, then the decision recorded.
  const link = new URL(await reviewLinkOf(w, w.people.dgsp.email));
  const reader = await (await browser.newContext({ locale: 'fr-BE' })).newPage();
  for (const language of LANGUAGES) {
    await photograph(reader, `${link.pathname}?lang=${language}`, `decision-page-${language}`, 200);
    t.match(await reader.textContent('main'), language === 'de' ? /Der Text, über den Sie entscheiden/ : language === 'nl' ? /De tekst waarover u beslist/ : /Le texte soumis à votre décision/, `the frozen text's heading in ${language}`);
  }
  await reader.goto(`${w.portalUrl}${link.pathname}?lang=fr`);
  // The browser would refuse an empty choice itself (required); the server's answer is checked too.
  await reader.evaluate('document.querySelector("main form").noValidate = true');
  await reader.getByRole('button', { name: 'Envoyer ma décision' }).click();
  await reader.locator('.error-summary').waitFor();
  await expectAccessible(t, reader, 'decision-form-errors-fr');
  await reader.getByLabel('J’approuve').check();
  await reader.getByRole('button', { name: 'Envoyer ma décision' }).click();
  await reader.getByRole('heading', { name: /enregistrée/i }).waitFor();
  await reader.screenshot({ path: path.join(screenshots, 'decision-recorded-fr.png'), fullPage: true });
  await expectAccessible(t, reader, 'decision-recorded-fr');
  await photograph(reader, `${link.pathname}?lang=fr`, 'decision-already-used-fr', 410);

  // The signed-in pages of the President's office, of a committee member and of the Minister's cell,
  // photographed as Chromium shows them. test/e2e/every-page-accessibility.test.ts runs axe over each
  // of them in the three languages; running it here again doubled this file's time.
  const president = await (await signedInContext(browser, w, w.people.president.email)).newPage();
  const member = await (await signedInContext(browser, w, w.people.oe.email)).newPage();
  const minister = await (await signedInContext(browser, w, w.people.verlinden.email)).newPage();
  await member.goto(`${w.portalUrl}/tasks`);
  const taskPath = await member.getByRole('link', { name: /comité|directiecomité/i }).first().getAttribute('href');
  t.ok(taskPath, 'the committee member has the review among their tasks', {});
  await photograph(president, '/dashboard', 'dashboard-fr', 200);
  await photograph(president, '/tasks', 'tasks-fr', 200);
  await photograph(president, '/plans', 'plans-list-fr', 200);
  await photograph(president, '/strategic-drafts/new', 'new-strategic-plan-fr', 200);
  await photograph(president, `/plans/strategic/${w.plans.planId}`, 'plan-page-fr', 200);
  await photograph(president, `/plans/strategic/${w.plans.planId}/compare?from=1&to=1`, 'compare-fr', 200);
  await photograph(president, '/signature', 'forbidden-fr', 403);
  await photograph(president, '/nowhere', 'not-found-signed-in-fr', 404);
  await photograph(member, '/tasks', 'member-tasks-fr', 200);
  await photograph(member, taskPath!, 'task-decision-page-fr', 200);
  await photograph(member, '/dashboard', 'member-forbidden-fr', 403);
  await photograph(minister, '/signature', 'signature-fr', 200);
}

/** Where the focus is, and whether a sighted keyboard user can see it. */
interface Focus { tag: string; id: string; text: string; href: string | null; type: string | null; value: string | null; outline: string; outlineWidth: number; onScreen: boolean }
const focusNow = (page: Page) => page.evaluate(`(() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(), id: el.id, text: (el.textContent || '').trim().slice(0, 80), href: el.getAttribute('href'), type: el.getAttribute('type'), value: el.getAttribute('value'),
    outline: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth) || 0,
    onScreen: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth,
  };
})()`) as Promise<Focus>;

/**
 * Presses Tab (or Shift+Tab) until the focus is on what `wanted` recognises, checking at every stop
 * that the focus can be seen: an outline at least 2px wide, on an element on the screen.
 */
async function tabTo(t: Check, page: Page, what: string, wanted: (f: Focus) => boolean, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<Focus> {
  const unseen: string[] = [];
  for (let stop = 0; stop < 80; stop++) {
    await page.keyboard.press(key);
    const focus = await focusNow(page);
    if (focus.tag !== 'body' && (focus.outline === 'none' || focus.outlineWidth < 2 || !focus.onScreen)) unseen.push(`${focus.tag}#${focus.id} "${focus.text}"`);
    if (wanted(focus)) {
      t.same(unseen, [], `every focus stop on the way to ${what} is visible`);
      return focus;
    }
  }
  throw new Error(`${what}: never reached with ${key}`);
}

async function keyboardWalk(t: Check, w: CycleWorld, browser: Browser) {
  const context = await browser.newContext({ locale: 'nl-BE' });
  const page = await context.newPage();
  await page.goto(`${w.portalUrl}/sign-in`);

  // The skip link comes first, is seen, and takes the focus to the content.
  const skip = await tabTo(t, page, 'the skip link', (f) => f.tag === 'a');
  t.equal(skip.href, '#content', 'the first Tab reaches the skip link');
  await page.keyboard.press('Enter');
  t.equal((await focusNow(page)).id, 'content', 'Enter on it moves the focus to the main content');

  // The e-mail sign-in, typed and sent with Enter.
  await tabTo(t, page, 'the e-mail field', (f) => f.tag === 'input' && f.type === 'email');
  await page.keyboard.type(w.people.oe.email);
  const seen = new Set(w.notifications.catcher.messages.map((m) => m.id));
  await page.keyboard.press('Enter');
  await page.getByRole('status').waitFor();
  const [mail] = await w.notifications.catcher.waitFor((m) => !seen.has(m.id) && m.to.includes(w.people.oe.email) && /\/sign-in\//.test(m.text), { timeoutMs: 20_000 });
  // Opening the e-mail's link is the mail program's business; from then on, the keyboard again.
  await page.goto(mail!.text.match(/http:\/\/127\.0\.0\.1:\d+\/sign-in\/[A-Za-z0-9_-]+/)![0]);
  await tabTo(t, page, 'the confirmation button', (f) => f.tag === 'button' && f.type === 'submit' && !/sign-out/.test(f.text));
  await Promise.all([page.waitForURL(/\/tasks$/), page.keyboard.press('Enter')]);
  await page.screenshot({ path: path.join(screenshots, 'keyboard-01-tasks.png'), fullPage: true });

  // My tasks → the committee's review → approve with Space → send with Enter.
  await tabTo(t, page, 'the review task', (f) => f.tag === 'a' && (f.href ?? '').startsWith('/tasks/'));
  await Promise.all([page.waitForURL(/\/tasks\/[0-9a-f-]+$/), page.keyboard.press('Enter')]);
  await tabTo(t, page, 'the choice "approve"', (f) => f.tag === 'input' && f.type === 'radio' && f.value === 'approve');
  await page.keyboard.press('Space');
  t.equal(await page.evaluate('document.activeElement.checked'), true, 'Space chooses "approve"');
  const back = await tabTo(t, page, 'the send button, backwards and forwards', (f) => f.tag === 'textarea');
  t.equal(back.tag, 'textarea', 'Tab reaches the comment');
  await tabTo(t, page, 'the choice again, with Shift+Tab', (f) => f.tag === 'input' && f.type === 'radio', 'Shift+Tab');
  await tabTo(t, page, 'the send button', (f) => f.tag === 'button' && f.type === 'submit' && f.text.length > 0 && !/afmelden|déconnecter/i.test(f.text) && (f.id === '' || f.id !== 'sign-out'));
  await page.screenshot({ path: path.join(screenshots, 'keyboard-02-decision.png'), fullPage: true });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1 }).filter({ hasText: /geregistreerd|enregistrée/i }).waitFor();
  await page.screenshot({ path: path.join(screenshots, 'keyboard-03-recorded.png'), fullPage: true });
  t.ok(true, 'the decision is recorded, with the keyboard alone', {});
}

async function printedPlan(t: Check, w: CycleWorld, browser: Browser) {
  const page = await (await signedInContext(browser, w, w.people.president.email)).newPage();
  // Paper cannot be clicked: a link (here the comparison's way back to the plan) prints its full address.
  await page.goto(`${w.portalUrl}/plans/strategic/${w.plans.planId}/compare?from=1&to=1`);
  await page.emulateMedia({ media: 'print' });
  const back = await page.evaluate(`getComputedStyle(document.querySelector('main a[href^="/plans/"]'), '::after').content`) as string;
  t.match(back, `${w.portalUrl}/plans/strategic/${w.plans.planId}`, 'a link is followed by its full address');
  await page.goto(`${w.portalUrl}/plans/strategic/${w.plans.planId}`);
  const printed = await page.evaluate(`(() => {
    const shown = (selector) => [...document.querySelectorAll(selector)].some((el) => getComputedStyle(el).display !== 'none');
    const priorities = document.querySelector('section[aria-labelledby="priorities-heading"]');
    const objective = document.querySelector('details.objective .plan-text');
    return {
      nav: shown('nav'), banner: shown('header.banner'), forms: shown('main form'), buttons: shown('button'), footer: shown('footer'),
      prioritiesBreak: priorities ? getComputedStyle(priorities).breakBefore : null,
      objectiveText: objective ? objective.getBoundingClientRect().height : 0,
      colour: getComputedStyle(document.querySelector('main')).color,
    };
  })()`) as { nav: boolean; banner: boolean; forms: boolean; buttons: boolean; footer: boolean; prioritiesBreak: string | null; objectiveText: number; colour: string };
  t.same({ nav: printed.nav, banner: printed.banner, forms: printed.forms, buttons: printed.buttons, footer: printed.footer }, { nav: false, banner: false, forms: false, buttons: false, footer: false },
    'printed: no navigation, banner, forms, buttons or footer');
  t.equal(printed.prioritiesBreak, 'page', 'the priorities begin a new page');
  t.ok(printed.objectiveText > 0, 'a folded objective\'s text is printed', {});
  t.equal(printed.colour, 'rgb(0, 0, 0)', 'in black');
  await page.screenshot({ path: path.join(screenshots, 'plan-print.png'), fullPage: true });
  await page.pdf({ path: path.join(screenshots, 'plan-print.pdf'), format: 'A4', printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  t.equal(await page.evaluate(`getComputedStyle(document.querySelector('nav')).display`) !== 'none', true, 'on screen, the navigation is back');
}
