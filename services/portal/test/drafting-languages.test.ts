import type { OperationalPlan, StrategicPlan } from '@jalon/contracts';
import t from 'tap';
import type { PageLanguage } from '../src/ui/page-language.js';
import { consolidationContent } from '../src/web/drafting/consolidation-page.js';
import { draftingCopy } from '../src/web/drafting/drafting-catalogue.js';
import type { DraftingData } from '../src/web/drafting/drafting-data.js';
import { draftingContent, editContent } from '../src/web/drafting/drafting-page.js';
import { parseObjectiveForm } from '../src/web/drafting/objective-form.js';

/*
 * The drafting and consolidation pages in French, Dutch and German: each says everything in the
 * reader's language (German is rendered here until the signed-in pages offer it), dates in the
 * reader's locale, faults beside their fields, and never an English sentence of the plans API.
 */

const languages = ['fr', 'nl', 'de'] as const;
// German pages are rendered through the same functions; the union of page languages gains 'de' elsewhere.
const as = (language: typeof languages[number]) => language as PageLanguage;

const strategic = {
  id: 's', organisationCode: 'spf-interieur', title: { fr: 'Plan', nl: 'Plan' }, status: 'signed', revision: 1,
  priorities: [], riskDomains: [], addenda: [], communicationPlan: [],
  objectives: [{ number: 21, title: 'Une politique de retour efficace', text: '', category: 'core_mission', domain: 'foreigners', ownerEntityCodes: ['OE'], reviewedBy: [], ambitions: [], revision: 1 }],
} as unknown as StrategicPlan;
const plan = {
  id: 'p', organisationCode: 'spf-interieur', strategicPlanId: 's', year: 2061, status: 'drafting', revision: 4, budgetAdoptedOn: null, dueDate: null,
  awaitingBudgetAdoption: true, inForce: { from: '2061-01-01', to: '2061-12-31' }, transmittedAt: null, transmittedVersion: null, projects: [],
  objectives: [{
    code: 'OE-2061-01', strategicObjectiveNumber: 21, statement: 'Réduire les délais', indicator: 'Délai médian', target: '60 jours', ownerEntityCode: 'OE',
    means: 'Deux ETP', deadline: '2061-06-30', revision: 2, result: null, previousResult: null, carriedFrom: null,
  }],
} as unknown as OperationalPlan;
const comment = {
  id: 1, organisationCode: 'spf-interieur', personName: 'Kabinet Mahdi', item: 'OE-2061-01', outcome: 'request_changes', comment: 'Précisez la cible.',
  version: 3, recordedAt: '2061-02-01T10:00:00Z',
} as unknown as DraftingData['changeRequests'][number];
const data: DraftingData = {
  year: 2061, entityCode: 'OE', entityName: { fr: 'Office des Étrangers', nl: 'Dienst Vreemdelingenzaken' }, plan, strategic,
  cycle: undefined, task: undefined, openTask: undefined, changeRequests: [comment], names: new Map(),
};
const expected = {
  fr: { title: 'Objectifs opérationnels 2061 – Office des Étrangers', date: '30 juin 2061', field: 'Échéance' },
  nl: { title: 'Operationele doelstellingen 2061 – Dienst Vreemdelingenzaken', date: '30 juni 2061', field: 'Termijn' },
  de: { title: 'Operative Ziele 2061 – Office des Étrangers', date: '30. Juni 2061', field: 'Frist' },
};
// Words of the plans API's English refusals and of an English page: none may reach a reader.
const english = /\b(the|objective|deadline|plan's|drafting|refused|entity|Save|Add)\b/;

for (const language of languages) {
  t.test(`the drafting pages in ${language}`, async (t) => {
    const x = expected[language];
    const page = draftingContent(as(language), data, 'csrf', '00000000-0000-4000-8000-000000000000').toString();
    t.match(page, `<h1>${x.title}</h1>`, 'the title names the year and the entity');
    t.match(page, x.date, 'the deadline in the reader\'s locale');
    t.match(page, `<label for="objective-deadline">${x.field}</label>`, 'every field labelled');
    t.match(page, /<aside class="review-comments"[^>]*>[\s\S]*Précisez la cible\.[\s\S]*Kabinet Mahdi/, 'the reviewer\'s comment beside the objective, by name');
    t.notMatch(page.replace(/<[^>]+>/g, ' '), english, 'no English');

    const parsed = parseObjectiveForm({ strategicObjectiveNumber: '21', statement: '', indicator: 'x', target: 'x', means: 'x', deadline: '2062-01-01' }, 2061, as(language));
    t.equal(parsed.ok, false);
    const errors = parsed.ok ? {} : parsed.errors;
    t.same(Object.keys(errors).sort(), ['deadline', 'statement'], 'each faulty field named');
    t.equal(errors.deadline, draftingCopy[language].drafting.deadlineOutside(2061), 'in the reader\'s language');
    const refused = editContent(as(language), data, plan.objectives[0]!, 'csrf', { values: {}, errors }).toString();
    t.match(refused, `<p class="error" id="objective-deadline-error">${draftingCopy[language].drafting.deadlineOutside(2061)}</p>`, 'the fault beside its field');
    t.match(refused, /<a href="#objective-statement">/, 'the summary links to the field');

    const consolidation = consolidationContent(as(language), { year: 2061, plan, strategic, cycle: undefined, hasTask: true, changeRequests: [], names: new Map() }, 'csrf').toString();
    t.match(consolidation, `<h1>${draftingCopy[language].consolidation.title(2061)}</h1>`);
    t.match(consolidation, /<h3 id="so-21">21\. Une politique de retour efficace<\/h3>[\s\S]*OE-2061-01/, 'objectives grouped by strategic objective');
    t.notMatch(consolidation.replace(/<[^>]+>/g, ' '), english, 'no English');
  });
}

t.test('every refusal code the drafting pages map has its message in each language, each one its own', async (t) => {
  const codes = Object.keys(draftingCopy.fr.drafting.refused).sort();
  for (const language of languages) t.same(Object.keys(draftingCopy[language].drafting.refused).sort(), codes, language);
  for (const code of codes) {
    const said = languages.map((l) => draftingCopy[l].drafting.refused[code]);
    t.equal(new Set(said).size, 3, `${code}: three different sentences`);
  }
});
