import { communicationPlanWording, type CommunicationPlanWording } from '@jalon/contracts';

/* What the plan page says around the plan's chapters of running text (2–5) and its communication plan (7.3). */

export interface ChaptersCopy {
  chapter: (number: number) => string;
  communication: CommunicationPlanWording & { heading: string; caption: string; none: string };
}

export const chaptersCopy: Record<'fr' | 'nl' | 'de', ChaptersCopy> = {
  fr: {
    chapter: (n) => `Chapitre ${n}`,
    communication: {
      heading: 'Plan de communication (7.3)',
      caption: 'Communication du lancement du plan stratégique, par public cible',
      ...communicationPlanWording.fr,
      none: 'Ce plan ne prévoit pas de plan de communication.',
    },
  },
  nl: {
    chapter: (n) => `Hoofdstuk ${n}`,
    communication: {
      heading: 'Communicatieplan (7.3)',
      caption: 'Communicatie over de lancering van het strategisch plan, per doelgroep',
      ...communicationPlanWording.nl,
      none: 'Dit plan voorziet geen communicatieplan.',
    },
  },
  de: {
    chapter: (n) => `Kapitel ${n}`,
    communication: {
      heading: 'Kommunikationsplan (7.3)',
      caption: 'Kommunikation zur Einführung des strategischen Plans, je Zielgruppe',
      ...communicationPlanWording.de,
      none: 'Dieser Plan sieht keinen Kommunikationsplan vor.',
    },
  },
};
