import t from 'tap';
import { notificationRequestSchema, templateParamsSchemas, type TemplateName } from '@jalon/contracts';
import { renderTemplate } from '../src/templates/registry.js';

/* The operational plan's e-mails: drafting task, problem raised, plan transmitted, project added or withdrawn. */

const plan = { fr: 'Plan stratégique 2022–2024', nl: 'Strategisch plan 2022–2024' };
const reader = (language: 'fr' | 'nl' | 'de' | 'en') => ({ language, name: 'Sophie Martin' });
const sha256 = '3f8a2c9b71d04e6a5b2f9c8d7e6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a';

const drafting = {
  planTitle: plan,
  entityName: { fr: 'Office des Étrangers', nl: 'Dienst Vreemdelingenzaken' },
  year: 2023,
  due: '2023-01-31',
  link: 'https://jalon.ibz.example/t/oe-2023',
  // Out of order on purpose: the e-mail lists them by number.
  strategicObjectives: [
    { number: 21, title: { fr: 'Une politique de retour efficace', nl: 'Een doeltreffend terugkeerbeleid' } },
    { number: 20, title: { fr: 'Un accès au territoire maîtrisé', nl: 'Een beheerste toegang tot het grondgebied' } },
  ],
};
const problem = {
  planTitle: plan,
  year: 2023,
  raisedBy: 'Laura Szabo',
  description: 'Les crédits de l’enveloppe 2 ne couvrent pas le projet X.\nÀ discuter <script>alert(1)</script> & vite.',
  raisedAt: '2022-12-05T09:30:00Z',
  link: 'https://jalon.ibz.example/problems/7',
};
const transmitted = {
  planTitle: plan,
  year: 2023,
  version: 3,
  sha256,
  inForce: { from: '2023-01-01', to: '2023-12-31' },
  scope: 'competence' as const,
  objectives: [
    { code: 'OO 20.1', title: { fr: 'Réduire le délai de traitement des visas', nl: 'De behandelingstermijn van visa verkorten' } },
    { code: 'OO 22.3', title: 'Retours volontaires <accompagnés>' },
  ],
  link: 'https://jalon.ibz.example/plans/op-2023/v3',
};
const projectChange = {
  planTitle: plan,
  year: 2023,
  action: 'add' as const,
  projectTitle: 'Nouvelle <b>eID</b> & lecteurs',
  ownerEntity: { fr: 'DG Identité et Affaires citoyennes', nl: 'AD Identiteit en Burgerzaken' },
  requestedByParty: 'spf' as const,
  reason: 'Priorité du gouvernement.\nFinancement <confirmé> par la note de politique générale.',
  requestedOn: '2023-03-01',
};

/** The paths of the params a schema refuses, joined with dots; empty when it accepts them. */
function refused(name: TemplateName, params: unknown): string[] {
  const result = templateParamsSchemas[name].safeParse(params);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

t.test('drafting task: what to draft, for which entity and year, by when, and where to confirm', async (t) => {
  const fr = renderTemplate('drafting_task', drafting, reader('fr'));
  t.equal(fr.subject, 'À rédiger\u00a0: objectifs opérationnels 2023 – Office des Étrangers');
  t.match(fr.text, /Nous vous demandons de rédiger les objectifs opérationnels de votre entité pour le plan opérationnel 2023, qui met en œuvre «\u00a0Plan stratégique 2022–2024\u00a0»\./);
  t.match(fr.text, /\nEntité\u00a0: Office des Étrangers\n/);
  t.match(fr.text, /SMART \(spécifique, mesurable, acceptable, réaliste et défini dans le temps\), se rattacher à un objectif du plan stratégique signé et préciser les moyens/);
  t.match(fr.text, /Objectifs stratégiques dont votre entité est responsable\u00a0:\n20\. Un accès au territoire maîtrisé\n21\. Une politique de retour efficace\n/, 'listed by number');
  t.match(fr.text, /Merci d’encoder vos objectifs au plus tard le mardi 31 janvier 2023\./);
  t.match(fr.text, /Une fois vos objectifs encodés, confirmez-le sur la page de la tâche\./);
  t.match(fr.text, /Ouvrir la tâche\u00a0: https:\/\/jalon\.ibz\.example\/t\/oe-2023\nCe lien vous est personnel/);
  t.notMatch(fr.text, /Pas encore d’échéance/);

  const nl = renderTemplate('drafting_task', drafting, reader('nl'));
  t.equal(nl.subject, 'Op te stellen: operationele doelstellingen 2023 – Dienst Vreemdelingenzaken');
  t.match(nl.text, /de operationele doelstellingen van uw entiteit op te stellen voor het operationeel plan 2023, dat uitvoering geeft aan ‘Strategisch plan 2022–2024’\./);
  t.match(nl.text, /SMART zijn \(specifiek, meetbaar, acceptabel, realistisch en tijdsgebonden\)/);
  t.match(nl.text, /Strategische doelstellingen waarvoor uw entiteit verantwoordelijk is:\n20\. Een beheerste toegang tot het grondgebied\n21\. Een doeltreffend terugkeerbeleid\n/);
  t.match(nl.text, /Gelieve uw doelstellingen uiterlijk op dinsdag 31 januari 2023 in te voeren\./);
  t.match(nl.text, /Zodra uw doelstellingen zijn ingevoerd, bevestigt u dat op de pagina van de taak\./);
  t.match(nl.text, /Deze link is persoonlijk/);
  t.notMatch(nl.text, /Office des Étrangers|Une politique/, 'nothing in French for a Dutch reader');
});

t.test('drafting task before the budget is adopted: no deadline yet, and why', async (t) => {
  const { due: _due, ...undated } = drafting;
  const fr = renderTemplate('drafting_task', undated, reader('fr'));
  t.match(fr.text, /Pas encore d’échéance\u00a0: elle sera fixée lorsque la Chambre aura adopté le budget \(douzièmes provisoires\)\./);
  t.notMatch(fr.text, /au plus tard/);
  const nl = renderTemplate('drafting_task', undated, reader('nl'));
  t.match(nl.text, /Nog geen uiterste datum: die wordt vastgelegd zodra de Kamer de begroting heeft aangenomen \(voorlopige twaalfden\)\./);
  t.notMatch(nl.text, /uiterlijk op/);
  t.equal(fr.subject, renderTemplate('drafting_task', drafting, reader('fr')).subject);

  const { strategicObjectives: _owned, ...noList } = drafting;
  t.strictSame(templateParamsSchemas.drafting_task.parse(noList).strategicObjectives, [], 'the list defaults to empty');
  t.notMatch(renderTemplate('drafting_task', noList, reader('fr')).text, /Objectifs stratégiques dont/, 'no empty heading');
});

t.test('drafting task: names are escaped in HTML, bad params are refused at their field', async (t) => {
  const mail = renderTemplate('drafting_task', { ...drafting, entityName: 'DG <b>Sécurité</b> & Prévention' }, reader('fr'));
  t.match(mail.html, /DG &lt;b&gt;Sécurité&lt;\/b&gt; &amp; Prévention/);
  t.notMatch(mail.html, /<b>Sécurité/);
  t.match(mail.subject, /DG <b>Sécurité<\/b> & Prévention$/, 'a subject is plain text, not HTML');

  t.strictSame(refused('drafting_task', drafting), []);
  t.strictSame(refused('drafting_task', { ...drafting, year: 1999 }), ['year']);
  t.strictSame(refused('drafting_task', { ...drafting, year: 2023.5 }), ['year']);
  t.strictSame(refused('drafting_task', { ...drafting, due: '31/01/2023' }), ['due']);
  t.strictSame(refused('drafting_task', { ...drafting, link: 'javascript:alert(1)' }), ['link']);
  t.strictSame(refused('drafting_task', { ...drafting, strategicObjectives: [{ number: 0, title: 'x' }] }), ['strategicObjectives.0.number']);
  t.strictSame(refused('drafting_task', { ...drafting, strategicObjectives: Array.from({ length: 101 }, (_, i) => ({ number: i + 1, title: 'x' })) }), ['strategicObjectives']);
});

t.test('problem raised: to both cells at once, with who raised it, when, and the description as written', async (t) => {
  const fr = renderTemplate('problem_raised', problem, reader('fr'));
  t.equal(fr.subject, 'Problème signalé\u00a0: plan opérationnel 2023');
  t.match(fr.text, /Un problème a été constaté lors de l’élaboration du plan opérationnel 2023, qui met en œuvre «\u00a0Plan stratégique 2022–2024\u00a0»\./);
  t.match(fr.text, /Signalé par\u00a0: Laura Szabo\nSignalé le\u00a0: lundi 5 décembre 2022 à 10:30\n/, 'the time in Brussels');
  t.match(fr.text, /Description du problème\u00a0:\n {2}Les crédits de l’enveloppe 2 ne couvrent pas le projet X\.\n {2}À discuter <script>alert\(1\)<\/script> & vite\./, 'the text version keeps the text as typed');
  t.match(fr.text, /le SPF consultera le Ministre et le Secrétaire d’État à ce sujet dans les plus brefs délais/);
  t.match(fr.text, /Voir le détail\u00a0: https:\/\/jalon\.ibz\.example\/problems\/7/);
  t.notMatch(fr.text, /personnel/, 'a link the two cells share is not called personal');

  const nl = renderTemplate('problem_raised', problem, reader('nl'));
  t.equal(nl.subject, 'Probleem gemeld: operationeel plan 2023');
  t.match(nl.text, /Bij de opmaak van het operationeel plan 2023, dat uitvoering geeft aan ‘Strategisch plan 2022–2024’, werd een probleem vastgesteld\./);
  t.match(nl.text, /Gemeld door: Laura Szabo\nGemeld op: maandag 5 december 2022 om 10:30\n/);
  t.match(nl.text, /zal de FOD de Minister en de Staatssecretaris hierover zo snel mogelijk raadplegen/);
  t.match(nl.text, /Beschrijving van het probleem:\n {2}Les crédits/, 'the description is shown in the language it was written in');

  t.match(fr.html, /<blockquote[^>]*>Les crédits de l’enveloppe 2 ne couvrent pas le projet X\.<br>\nÀ discuter &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; vite\.<\/blockquote>/);
  t.notMatch(fr.html, /<script/);

  const { link: _link, ...unlinked } = problem;
  t.notMatch(renderTemplate('problem_raised', unlinked, reader('fr')).text, /Voir le détail/, 'no button without a link');
  t.strictSame(refused('problem_raised', { ...problem, description: '   ' }), ['description']);
  t.strictSame(refused('problem_raised', { ...problem, description: 'x'.repeat(4001) }), ['description']);
  t.strictSame(refused('problem_raised', { ...problem, raisedBy: 'x'.repeat(201) }), ['raisedBy']);
  t.strictSame(refused('problem_raised', { ...problem, raisedAt: 'yesterday' }), ['raisedAt']);
});

t.test('plan transmitted: the version, its hash and its period; the whole plan or the reader\'s part', async (t) => {
  const whole = { ...transmitted, scope: 'whole' as const, objectives: [] };
  const fr = renderTemplate('plan_transmitted', whole, reader('fr'));
  t.equal(fr.subject, 'Pour information\u00a0: plan opérationnel 2023 (version 3)');
  t.match(fr.text, /Le SPF vous transmet, pour information, le plan opérationnel 2023, qui met en œuvre «\u00a0Plan stratégique 2022–2024\u00a0»\./);
  t.match(fr.text, /\nVersion\u00a0: 3\nEmpreinte SHA-256\u00a0: 3f8a2c9b71d0…\nEn vigueur\u00a0: du 1er janvier 2023 au 31 décembre 2023\n/);
  t.match(fr.text, new RegExp(`comparez son empreinte SHA-256 complète\u00a0: ${sha256}\n`), 'the full hash, to check the document');
  t.notMatch(fr.text, /Objectifs opérationnels/, 'no list when none is given');
  t.match(fr.text, /Consulter le plan\u00a0: https:\/\/jalon\.ibz\.example\/plans\/op-2023\/v3/);

  const nl = renderTemplate('plan_transmitted', whole, reader('nl'));
  t.equal(nl.subject, 'Ter informatie: operationeel plan 2023 (versie 3)');
  t.match(nl.text, /De FOD bezorgt u, ter informatie, het operationeel plan 2023, dat uitvoering geeft aan ‘Strategisch plan 2022–2024’\./);
  t.match(nl.text, /\nVersie: 3\nSHA-256-hashwaarde: 3f8a2c9b71d0…\nVan kracht: van 1 januari 2023 tot en met 31 december 2023\n/);
  t.match(nl.text, new RegExp(`volledige SHA-256-hashwaarde: ${sha256}\n`));

  const part = renderTemplate('plan_transmitted', transmitted, reader('fr'));
  t.equal(part.subject, 'Transmission\u00a0: plan opérationnel 2023, partie relevant de vos compétences (version 3)');
  t.match(part.text, /Le SPF vous transmet la partie du plan opérationnel 2023 qui relève de vos compétences\./);
  t.notMatch(part.text, /pour information/, 'the part is not described as sent for information only');
  t.match(part.text, /Objectifs opérationnels relevant de vos compétences\u00a0:\nOO 20\.1 – Réduire le délai de traitement des visas\nOO 22\.3 – Retours volontaires <accompagnés>\n/);
  const partNl = renderTemplate('plan_transmitted', transmitted, reader('nl'));
  t.equal(partNl.subject, 'Toezending: operationeel plan 2023, deel binnen uw bevoegdheden (versie 3)');
  t.match(partNl.text, /Operationele doelstellingen binnen uw bevoegdheden:\nOO 20\.1 – De behandelingstermijn van visa verkorten\n/);
  t.match(part.html, /OO 22\.3 – Retours volontaires &lt;accompagnés&gt;/);
  t.notMatch(part.html, /<accompagnés>/);
  t.match(part.html, new RegExp(sha256), 'the full hash is in the HTML too');
});

t.test('plan transmitted with its PDF: both hashes, the file to check with sha256sum and the public page, in French and Dutch', async (t) => {
  const pdfSha256 = 'c0ffee'.padEnd(64, '0');
  const withDocument = (fileName: string, lang: string) => ({
    ...transmitted, scope: 'whole' as const, objectives: [],
    document: { fileName, pdfSha256, publicationUrl: `https://jalon.ibz.example/publication/spf-interieur?lang=${lang}` },
  });
  const fr = renderTemplate('plan_transmitted', withDocument('plan-operationnel-2023-v3.pdf', 'fr'), reader('fr'));
  t.match(fr.text, /\nEmpreinte SHA-256 du JSON canonique\u00a0: 3f8a2c9b71d0…\nEmpreinte SHA-256 du PDF\u00a0: c0ffee000000…\nPièce jointe\u00a0: plan-operationnel-2023-v3\.pdf\n/);
  t.match(fr.text, `exécutez «\u00a0sha256sum plan-operationnel-2023-v3.pdf\u00a0»\u00a0: le résultat doit être ${pdfSha256}`);
  t.match(fr.text, `l’empreinte du JSON canonique de cette version est ${sha256}`);
  t.match(fr.text, 'sur la page publique https://jalon.ibz.example/publication/spf-interieur?lang=fr.');
  t.notMatch(fr.text, /comparez son empreinte/, 'the sentence without the PDF gives way to the one with it');
  const nl = renderTemplate('plan_transmitted', withDocument('operationeel-plan-2023-v3.pdf', 'nl'), reader('nl'));
  t.match(nl.text, /\nSHA-256-hashwaarde van de canonieke JSON: 3f8a2c9b71d0…\nSHA-256-hashwaarde van de pdf: c0ffee000000…\nBijlage: operationeel-plan-2023-v3\.pdf\n/);
  t.match(nl.text, `voert u „sha256sum operationeel-plan-2023-v3.pdf” uit: het resultaat moet ${pdfSha256} zijn`);
  t.match(nl.text, 'op de openbare pagina https://jalon.ibz.example/publication/spf-interieur?lang=nl.');
  t.match(nl.html, new RegExp(pdfSha256), 'the PDF\'s full hash is in the HTML too');
});

t.test('plan transmitted: a hash, a period and a part that do not hold are refused at their field', async (t) => {
  t.strictSame(refused('plan_transmitted', transmitted), []);
  t.strictSame(refused('plan_transmitted', { ...transmitted, sha256: 'z'.repeat(64) }), ['sha256']);
  t.strictSame(refused('plan_transmitted', { ...transmitted, sha256: sha256.toUpperCase() }), ['sha256']);
  t.strictSame(refused('plan_transmitted', { ...transmitted, sha256: sha256.slice(1) }), ['sha256']);
  t.strictSame(refused('plan_transmitted', { ...transmitted, version: 0 }), ['version']);
  t.strictSame(refused('plan_transmitted', { ...transmitted, scope: 'partial' }), ['scope']);
  t.strictSame(refused('plan_transmitted', { ...transmitted, inForce: { from: '2023-01-01', to: '2022-12-31' } }), ['inForce.to']);
  t.strictSame(refused('plan_transmitted', { ...transmitted, inForce: { from: '2023-02-30', to: '2023-12-31' } }), ['inForce.from']);
  t.strictSame(refused('plan_transmitted', { ...transmitted, objectives: [] }), ['objectives'], 'a part must say which objectives it holds');
  t.strictSame(refused('plan_transmitted', { ...transmitted, objectives: [{ code: '', title: 'x' }] }), ['objectives.0.code']);

  const request = notificationRequestSchema.safeParse({
    idempotencyKey: 'wf:transmitted:v3:cell@ibz.example', kind: 'plan_transmitted', template: 'plan_transmitted',
    recipient: { email: 'cell@ibz.example', name: 'Cellule', language: 'fr' }, params: { ...transmitted, sha256: 'not-a-hash' },
  });
  t.strictSame(request.success ? [] : request.error.issues.map((i) => i.path.join('.')), ['params.sha256'], 'the API names params.sha256');
});

t.test('project changed: which project, added or withdrawn, at whose request, why and when', async (t) => {
  const fr = renderTemplate('project_changed', projectChange, reader('fr'));
  t.equal(fr.subject, 'Projet ajouté\u00a0: plan opérationnel 2023 – Nouvelle <b>eID</b> & lecteurs');
  t.match(fr.text, /Le projet «\u00a0Nouvelle <b>eID<\/b> & lecteurs\u00a0» a été ajouté au plan opérationnel 2023 à la demande du SPF\./);
  t.match(fr.text, /Entité responsable\u00a0: DG Identité et Affaires citoyennes\nDate de la demande\u00a0: 1er mars 2023\n/);
  t.match(fr.text, /Motif de la demande\u00a0:\n {2}Priorité du gouvernement\.\n {2}Financement <confirmé>/);
  const nl = renderTemplate('project_changed', projectChange, reader('nl'));
  t.equal(nl.subject, 'Project toegevoegd: operationeel plan 2023 – Nouvelle <b>eID</b> & lecteurs');
  t.match(nl.text, /Het project ‘Nouvelle <b>eID<\/b> & lecteurs’ werd op vraag van de FOD toegevoegd aan het operationeel plan 2023\./);
  t.match(nl.text, /Verantwoordelijke entiteit: AD Identiteit en Burgerzaken\nDatum van de vraag: 1 maart 2023\n/);

  const withdrawn = { ...projectChange, action: 'withdraw' as const, requestedByParty: 'state_secretary_cell' as const };
  const frW = renderTemplate('project_changed', withdrawn, reader('fr'));
  t.match(frW.subject, /^Projet retiré\u00a0: /);
  t.match(frW.text, /a été retiré du plan opérationnel 2023 à la demande de la cellule stratégique du Secrétaire d’État\./);
  const nlW = renderTemplate('project_changed', { ...withdrawn, requestedByParty: 'minister_cell' as const }, reader('nl'));
  t.match(nlW.subject, /^Project ingetrokken: /);
  t.match(nlW.text, /werd op vraag van de beleidscel van de Minister uit het operationeel plan 2023 ingetrokken\./);
  t.match(renderTemplate('project_changed', { ...withdrawn, requestedByParty: 'minister_cell' as const }, reader('fr')).text, /à la demande de la cellule stratégique du Ministre\./);
  t.match(renderTemplate('project_changed', withdrawn, reader('nl')).text, /op vraag van de beleidscel van de Staatssecretaris/);

  t.match(fr.html, /Nouvelle &lt;b&gt;eID&lt;\/b&gt; &amp; lecteurs/);
  t.match(fr.html, /Financement &lt;confirmé&gt; par/);
  t.notMatch(fr.html, /<b>eID|<confirmé>/);
  t.match(fr.html, /<title>Projet ajouté\u00a0: plan opérationnel 2023 – Nouvelle &lt;b&gt;eID&lt;\/b&gt; &amp; lecteurs<\/title>/);

  t.strictSame(refused('project_changed', projectChange), []);
  t.strictSame(refused('project_changed', { ...projectChange, requestedByParty: 'minister' }), ['requestedByParty']);
  t.strictSame(refused('project_changed', { ...projectChange, action: 'remove' }), ['action']);
  t.strictSame(refused('project_changed', { ...projectChange, requestedOn: '01/03/2023' }), ['requestedOn']);
  t.strictSame(refused('project_changed', { ...projectChange, projectTitle: 'x'.repeat(501) }), ['projectTitle']);
  t.strictSame(refused('project_changed', { ...projectChange, reason: '' }), ['reason']);
});

t.test('every new template reads in all four languages, without gaps', async (t) => {
  const cases: Array<[TemplateName, unknown]> = [
    ['drafting_task', drafting], ['problem_raised', problem], ['plan_transmitted', transmitted], ['project_changed', projectChange],
  ];
  for (const [name, params] of cases) {
    const subjects = new Set<string>();
    for (const language of ['fr', 'nl', 'de', 'en'] as const) {
      const mail = renderTemplate(name, params, reader(language));
      t.notMatch(mail.text, /undefined|\[object|NaN/, `${name} ${language}: no missing value`);
      t.match(mail.html, new RegExp(`^<!DOCTYPE html>\\n<html lang="${language}">`), `${name} ${language}: HTML in the reader's language`);
      if (language === 'fr') t.notMatch(mail.text.replace(/\u00a0:/g, ''), / :/, `${name} fr: a no-break space before every colon`);
      subjects.add(mail.subject);
    }
    t.equal(subjects.size, 4, `${name}: each language has its own subject`);
  }
});
