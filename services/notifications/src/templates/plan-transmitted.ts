import { type Language, planTransmittedParamsSchema } from '@jalon/contracts';
import { footer, greeting } from './common-copy.js';
import { composeEmail, type Section } from './compose.js';
import { formatDate, pick, quote } from './format.js';
import type { Template } from './types.js';

type Scope = 'whole' | 'competence';
interface Words { plan: string; year: number; version: number }
/** What the reader needs to check the attached PDF and the version's canonical JSON. */
interface Check { fileName: string; pdfSha256: string; sha256: string; url: string }

const copy: Record<Language, {
  subject: Record<Scope, (w: Omit<Words, 'plan'>) => string>; intro: Record<Scope, (w: Words) => string>;
  objectives: Record<Scope, string>; period: (from: string, to: string) => string; check: (sha256: string) => string;
  version: string; hash: string; inForce: string; view: string;
  hashJson: string; hashPdf: string; attachment: string; checkDocument: (c: Check) => string;
}> = {
  fr: {
    subject: {
      whole: (w) => `Pour information\u00a0: plan opérationnel ${w.year} (version ${w.version})`,
      competence: (w) => `Transmission\u00a0: plan opérationnel ${w.year}, partie relevant de vos compétences (version ${w.version})`,
    },
    intro: {
      whole: (w) => `Le SPF vous transmet, pour information, le plan opérationnel ${w.year}, qui met en œuvre ${w.plan}.`,
      competence: (w) => `Le SPF vous transmet la partie du plan opérationnel ${w.year} qui relève de vos compétences. Ce plan met en œuvre ${w.plan}.`,
    },
    objectives: { whole: 'Objectifs opérationnels du plan\u00a0:', competence: 'Objectifs opérationnels relevant de vos compétences\u00a0:' },
    period: (from, to) => `du ${from} au ${to}`,
    check: (sha256) => `Pour vérifier que le document reçu est bien cette version, comparez son empreinte SHA-256 complète\u00a0: ${sha256}`,
    version: 'Version', hash: 'Empreinte SHA-256', inForce: 'En vigueur', view: 'Consulter le plan',
    hashJson: 'Empreinte SHA-256 du JSON canonique', hashPdf: 'Empreinte SHA-256 du PDF', attachment: 'Pièce jointe',
    checkDocument: (c) => `Pour vérifier le PDF joint, exécutez «\u00a0sha256sum ${c.fileName}\u00a0»\u00a0: le résultat doit être ${c.pdfSha256}\u00a0; `
      + `l’empreinte du JSON canonique de cette version est ${c.sha256}, et une fois le plan publié, le PDF et ce JSON se trouvent, avec leurs empreintes, sur la page publique ${c.url}`,
  },
  nl: {
    subject: {
      whole: (w) => `Ter informatie: operationeel plan ${w.year} (versie ${w.version})`,
      competence: (w) => `Toezending: operationeel plan ${w.year}, deel binnen uw bevoegdheden (versie ${w.version})`,
    },
    intro: {
      whole: (w) => `De FOD bezorgt u, ter informatie, het operationeel plan ${w.year}, dat uitvoering geeft aan ${w.plan}.`,
      competence: (w) => `De FOD bezorgt u het deel van het operationeel plan ${w.year} dat onder uw bevoegdheden valt. Dat plan geeft uitvoering aan ${w.plan}.`,
    },
    objectives: { whole: 'Operationele doelstellingen van het plan:', competence: 'Operationele doelstellingen binnen uw bevoegdheden:' },
    period: (from, to) => `van ${from} tot en met ${to}`,
    check: (sha256) => `Om na te gaan of het ontvangen document wel degelijk deze versie is, vergelijkt u de volledige SHA-256-hashwaarde: ${sha256}`,
    version: 'Versie', hash: 'SHA-256-hashwaarde', inForce: 'Van kracht', view: 'Het plan raadplegen',
    hashJson: 'SHA-256-hashwaarde van de canonieke JSON', hashPdf: 'SHA-256-hashwaarde van de pdf', attachment: 'Bijlage',
    checkDocument: (c) => `Om de bijgevoegde pdf te controleren, voert u „sha256sum ${c.fileName}” uit: het resultaat moet ${c.pdfSha256} zijn; `
      + `de hashwaarde van de canonieke JSON van deze versie is ${c.sha256}, en zodra het plan gepubliceerd is, staan de pdf en die JSON met hun hashwaarden op de openbare pagina ${c.url}`,
  },
  de: {
    subject: {
      whole: (w) => `Zur Information: operativer Plan ${w.year} (Fassung ${w.version})`,
      competence: (w) => `Übermittlung: operativer Plan ${w.year}, Teil in Ihrem Zuständigkeitsbereich (Fassung ${w.version})`,
    },
    intro: {
      whole: (w) => `Der FÖD übermittelt Ihnen zur Information den operativen Plan ${w.year}, der ${w.plan} umsetzt.`,
      competence: (w) => `Der FÖD übermittelt Ihnen den Teil des operativen Plans ${w.year}, der in Ihren Zuständigkeitsbereich fällt. Der Plan setzt ${w.plan} um.`,
    },
    objectives: { whole: 'Operative Ziele des Plans:', competence: 'Operative Ziele in Ihrem Zuständigkeitsbereich:' },
    period: (from, to) => `vom ${from} bis zum ${to}`,
    check: (sha256) => `Um zu prüfen, ob das erhaltene Dokument genau diese Fassung ist, vergleichen Sie den vollständigen SHA-256-Hashwert: ${sha256}`,
    version: 'Fassung', hash: 'SHA-256-Hashwert', inForce: 'In Kraft', view: 'Plan einsehen',
    hashJson: 'SHA-256-Hashwert des kanonischen JSON', hashPdf: 'SHA-256-Hashwert der PDF-Datei', attachment: 'Anlage',
    checkDocument: (c) => `Um die beigefügte PDF-Datei zu prüfen, führen Sie „sha256sum ${c.fileName}“ aus: Das Ergebnis muss ${c.pdfSha256} lauten; `
      + `der Hashwert des kanonischen JSON dieser Fassung ist ${c.sha256}, und sobald der Plan veröffentlicht ist, finden Sie die PDF-Datei und dieses JSON mit ihren Hashwerten auf der öffentlichen Seite ${c.url}`,
  },
  en: {
    subject: {
      whole: (w) => `For your information: operational plan ${w.year} (version ${w.version})`,
      competence: (w) => `Operational plan ${w.year}: the part within your competence (version ${w.version})`,
    },
    intro: {
      whole: (w) => `The FPS sends you, for your information, the operational plan ${w.year}, which implements ${w.plan}.`,
      competence: (w) => `The FPS sends you the part of the operational plan ${w.year} that falls within your competence. The plan implements ${w.plan}.`,
    },
    objectives: { whole: 'Operational objectives of the plan:', competence: 'Operational objectives within your competence:' },
    period: (from, to) => `from ${from} to ${to}`,
    check: (sha256) => `To check that the document you receive is this version, compare its full SHA-256 hash: ${sha256}`,
    version: 'Version', hash: 'SHA-256 hash', inForce: 'In force', view: 'View the plan',
    hashJson: 'SHA-256 hash of the canonical JSON', hashPdf: 'SHA-256 hash of the PDF', attachment: 'Attachment',
    checkDocument: (c) => `To check the attached PDF, run "sha256sum ${c.fileName}": the result must be ${c.pdfSha256}; `
      + `the hash of this version's canonical JSON is ${c.sha256}, and once the plan is published, the PDF and that JSON are on the public page ${c.url} with their hashes`,
  },
};

/**
 * The operational plan as sent: whole to the Minister, for information; to an authority with a
 * competence scope, the part within it. The version and its hash let the reader tell, later, exactly
 * which document they were given; with the PDF attached, the reader can check the file itself with
 * `sha256sum` against the hash written here and on the organisation's public page.
 */
export const planTransmitted: Template<typeof planTransmittedParamsSchema> = {
  name: 'plan_transmitted',
  params: planTransmittedParamsSchema,
  render(p, reader) {
    const lang = reader.language;
    const c = copy[lang];
    const words = { plan: quote(pick(p.planTitle, lang), lang), year: p.year, version: p.version };
    const objectives = p.objectives.map((o) => `${o.code} – ${pick(o.title, lang)}`);
    const document = p.document;
    // The first 12 digits tell versions apart at a glance; the full hashes are given below.
    const short = (hash: string) => `${hash.slice(0, 12)}…`;
    const hashRows: Array<readonly [string, string]> = document
      ? [[c.hashJson, short(p.sha256)], [c.hashPdf, short(document.pdfSha256)], [c.attachment, document.fileName]]
      : [[c.hash, short(p.sha256)]];
    const sections: Section[] = [
      { kind: 'paragraph', text: c.intro[p.scope](words) },
      {
        kind: 'facts',
        rows: [
          [c.version, String(p.version)],
          ...hashRows,
          [c.inForce, c.period(formatDate(p.inForce.from, lang), formatDate(p.inForce.to, lang))],
        ],
      },
      ...(objectives.length ? [{ kind: 'paragraph' as const, text: [c.objectives[p.scope], ...objectives].join('\n') }] : []),
      {
        kind: 'paragraph',
        text: document
          ? `${c.checkDocument({ fileName: document.fileName, pdfSha256: document.pdfSha256, sha256: p.sha256, url: document.publicationUrl })}.`
          : c.check(p.sha256),
      },
      ...(p.link ? [{ kind: 'action' as const, label: c.view, url: p.link }] : []),
    ];
    return composeEmail({ language: lang, subject: c.subject[p.scope](words), greeting: greeting(lang, reader.name), sections, footer: footer[lang] });
  },
};
