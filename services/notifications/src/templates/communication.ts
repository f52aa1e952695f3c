import { communicationParamsSchema, type Language } from '@jalon/contracts';
import { footer, greeting } from './common-copy.js';
import { composeEmail, type Section } from './compose.js';
import { pick } from './format.js';
import type { Template } from './types.js';

const copy: Record<Language, { subject: (plan: string) => string; targetGroup: string; more: string }> = {
  fr: { subject: (plan) => `Information\u00a0: ${plan}`, targetGroup: 'Public cible', more: 'En savoir plus' },
  nl: { subject: (plan) => `Ter informatie: ${plan}`, targetGroup: 'Doelgroep', more: 'Meer informatie' },
  de: { subject: (plan) => `Zur Information: ${plan}`, targetGroup: 'Zielgruppe', more: 'Mehr erfahren' },
  en: { subject: (plan) => `For your information: ${plan}`, targetGroup: 'Target group', more: 'Read more' },
};

/** A message of the plan's communication plan (e.g. at signature), sent to one of its target groups. */
export const communication: Template<typeof communicationParamsSchema> = {
  name: 'communication',
  params: communicationParamsSchema,
  render(p, reader) {
    const lang = reader.language;
    const c = copy[lang];
    // Blank lines in the message separate its paragraphs.
    const paragraphs = pick(p.message, lang).split(/\r?\n\s*\r?\n/).map((t) => t.trim()).filter(Boolean);
    const sections: Section[] = [
      ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
      { kind: 'facts', rows: [[c.targetGroup, pick(p.targetGroup, lang)]] },
      ...(p.link ? [{ kind: 'action' as const, label: c.more, url: p.link }] : []),
    ];
    return composeEmail({
      language: lang, subject: c.subject(pick(p.planTitle, lang)), greeting: greeting(lang, reader.name), sections, footer: footer[lang],
    });
  },
};
