import t from 'tap';
import type { PlanChapter } from '@jalon/contracts';
import { plansApp, worker } from '../../test-support/plans-app.js';
import { sourceText } from './source-text.js';

/**
 * Chapters 2 to 5 (mission, environment, vision, values) come back from the API as the source
 * writes them: every paragraph is a passage of the source, characters included, once the page
 * layout is undone (a run of blanks and line breaks is one blank, a no-break space if it starts with one).
 */
const squeeze = (text: string) => text.replace(/[ \u00a0\t\n]+/g, (run) => (run.startsWith('\u00a0') ? '\u00a0' : ' '));
const source = squeeze(sourceText);

t.test('chapters 2 to 5 are served with their titles and their paragraphs, as in the source', async (t) => {
  const { app, planId } = await plansApp(t);
  const res = await app.inject({ url: `/strategic-plans/${planId}/chapters`, headers: worker });
  t.equal(res.statusCode, 200);
  const chapters = res.json() as PlanChapter[];
  t.same(chapters.map((c) => [c.number, c.title]), [[2, 'Notre mission'], [3, 'Notre environnement'], [4, 'Notre vision'], [5, 'Notre culture et nos valeurs']]);
  const paragraphs = chapters.flatMap((c) => c.text.split('\n\n').map((text) => ({ chapter: c.number, text })));
  t.ok(paragraphs.length > 150, `${paragraphs.length} paragraphs kept apart`);
  const missing = paragraphs.filter((p) => !source.includes(p.text)).map((p) => `${p.chapter}: ${p.text.slice(0, 80)}`);
  t.same(missing, [], 'every paragraph is a passage of the source');
  const nbsp = (words: string) => words.replace(/ /g, '\u00a0');
  t.equal(chapters[0]?.text.split('\n\n')[0], nbsp('Les 5.648 collaborateurs1 du SPF Intérieur contribuent à la préparation et l’exécution de la stratégie fédérale dans les 4 domaines suivants :'),
    'the mission\'s first paragraph, its two lines joined, its no-break spaces kept');
  t.match(chapters[0]?.text ?? '', 'semi\u2010publics', 'U+2010 kept');
  const again = await app.inject({ url: '/strategic-plans/00000000-0000-4000-8000-000000000000/chapters', headers: worker });
  t.equal(again.statusCode, 404, 'an unknown plan has no chapters to read');
});
