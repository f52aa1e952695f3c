/* What the plan page's staff (7.1) and budget (7.2) tables say, in the reader's language. */

export interface FiguresCopy {
  /** Belgian conventions for numbers: "1 008,11" in French, "1.008,11" in Dutch and German */
  locale: string;
  staff: {
    heading: string;
    caption: string;
    rowHeader: string;
    mandateHolders: string;
    statutory: string;
    contractual: string;
    total: string;
    /** the plan's own footnote on the mandate holders' column follows this label */
    footnote: string;
    none: string;
  };
  budget: {
    heading: string;
    caption: (title: string, code: string) => string;
    rowHeader: string;
    ce: string;
    cl: string;
    scope: string;
    none: string;
  };
  /** spoken before a table that scrolls sideways on a narrow screen */
  scrollRegion: (caption: string) => string;
}

export const figuresCopy: Record<'fr' | 'nl' | 'de', FiguresCopy> = {
  fr: {
    locale: 'fr-BE',
    staff: {
      heading: 'Personnel (7.1)',
      caption: 'Effectifs par direction ou service et par année, en équivalents temps plein (ETP)',
      rowHeader: 'Direction ou service',
      mandateHolders: 'Mandataires',
      statutory: 'Statutaires',
      contractual: 'Contractuels',
      total: 'Total',
      footnote: 'Mandataires',
      none: 'Ce plan ne contient pas de tableau du personnel.',
    },
    budget: {
      heading: 'Cadre financier (7.2)',
      caption: (title, code) => `${title} (${code}), en milliers d’euros`,
      rowHeader: 'Poste',
      ce: 'Crédits d’engagement',
      cl: 'Crédits de liquidation',
      scope: 'Articles budgétaires couverts',
      none: 'Ce plan ne contient pas de tableau budgétaire.',
    },
    scrollRegion: (caption) => `${caption} (tableau défilant horizontalement)`,
  },
  nl: {
    locale: 'nl-BE',
    staff: {
      heading: 'Personeel (7.1)',
      caption: 'Personeelsbestand per directie of dienst en per jaar, in voltijdse equivalenten (VTE)',
      rowHeader: 'Directie of dienst',
      mandateHolders: 'Mandaathouders',
      statutory: 'Statutairen',
      contractual: 'Contractuelen',
      total: 'Totaal',
      footnote: 'Mandaathouders',
      none: 'Dit plan bevat geen personeelstabel.',
    },
    budget: {
      heading: 'Financieel kader (7.2)',
      caption: (title, code) => `${title} (${code}), in duizend euro`,
      rowHeader: 'Post',
      ce: 'Vastleggingskredieten',
      cl: 'Vereffeningskredieten',
      scope: 'Gedekte begrotingsartikelen',
      none: 'Dit plan bevat geen begrotingstabel.',
    },
    scrollRegion: (caption) => `${caption} (horizontaal scrollende tabel)`,
  },
  de: {
    locale: 'de-BE',
    staff: {
      heading: 'Personal (7.1)',
      caption: 'Personalbestand je Direktion oder Dienst und Jahr, in Vollzeitäquivalenten (VZÄ)',
      rowHeader: 'Direktion oder Dienst',
      mandateHolders: 'Mandatsträger',
      statutory: 'Statutarische Personalmitglieder',
      contractual: 'Vertragspersonal',
      total: 'Insgesamt',
      footnote: 'Mandatsträger',
      none: 'Dieser Plan enthält keine Personaltabelle.',
    },
    budget: {
      heading: 'Finanzrahmen (7.2)',
      caption: (title, code) => `${title} (${code}), in Tausend Euro`,
      rowHeader: 'Posten',
      ce: 'Verpflichtungsermächtigungen',
      cl: 'Ausgabenermächtigungen',
      scope: 'Erfasste Haushaltsartikel',
      none: 'Dieser Plan enthält keine Haushaltstabelle.',
    },
    scrollRegion: (caption) => `${caption} (waagerecht scrollbare Tabelle)`,
  },
};
