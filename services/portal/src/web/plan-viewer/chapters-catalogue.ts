/* What the plan page says around the plan's chapters of running text (2–5) and its communication plan (7.3). */

type Timing = 'after_signature' | 'date_to_be_set';
type Channel = 'email' | 'intranet' | 'meeting' | 'website';

export interface ChaptersCopy {
  chapter: (number: number) => string;
  communication: {
    heading: string;
    caption: string;
    targetGroup: string;
    timing: string;
    message: string;
    channels: string;
    material: string;
    timings: Record<Timing, string>;
    channelNames: Record<Channel, string>;
    none: string;
  };
}

export const chaptersCopy: Record<'fr' | 'nl' | 'de', ChaptersCopy> = {
  fr: {
    chapter: (n) => `Chapitre ${n}`,
    communication: {
      heading: 'Plan de communication (7.3)',
      caption: 'Communication du lancement du plan stratégique, par public cible',
      targetGroup: 'Public cible',
      timing: 'Moment',
      message: 'Message',
      channels: 'Canaux',
      material: 'Support',
      timings: { after_signature: 'Après la signature', date_to_be_set: 'Date à fixer' },
      channelNames: { email: 'E-mail', intranet: 'Intranet', meeting: 'Réunion', website: 'Site internet' },
      none: 'Ce plan ne prévoit pas de plan de communication.',
    },
  },
  nl: {
    chapter: (n) => `Hoofdstuk ${n}`,
    communication: {
      heading: 'Communicatieplan (7.3)',
      caption: 'Communicatie over de lancering van het strategisch plan, per doelgroep',
      targetGroup: 'Doelgroep',
      timing: 'Tijdstip',
      message: 'Boodschap',
      channels: 'Kanalen',
      material: 'Drager',
      timings: { after_signature: 'Na de ondertekening', date_to_be_set: 'Datum nog vast te leggen' },
      channelNames: { email: 'E-mail', intranet: 'Intranet', meeting: 'Vergadering', website: 'Website' },
      none: 'Dit plan voorziet geen communicatieplan.',
    },
  },
  de: {
    chapter: (n) => `Kapitel ${n}`,
    communication: {
      heading: 'Kommunikationsplan (7.3)',
      caption: 'Kommunikation zur Einführung des strategischen Plans, je Zielgruppe',
      targetGroup: 'Zielgruppe',
      timing: 'Zeitpunkt',
      message: 'Botschaft',
      channels: 'Kanäle',
      material: 'Träger',
      timings: { after_signature: 'Nach der Unterzeichnung', date_to_be_set: 'Datum noch festzulegen' },
      channelNames: { email: 'E-Mail', intranet: 'Intranet', meeting: 'Versammlung', website: 'Website' },
      none: 'Dieser Plan sieht keinen Kommunikationsplan vor.',
    },
  },
};
