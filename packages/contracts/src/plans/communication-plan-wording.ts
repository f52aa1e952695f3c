/**
 * The communication plan's (7.3) column headings and the names of its timings and channels, in the
 * three page languages: the plan page and the plan's PDF show the same table, so they say it alike.
 */
export const communicationTimings = ['after_signature', 'date_to_be_set'] as const;
export const communicationChannels = ['email', 'intranet', 'meeting', 'website'] as const;

export interface CommunicationPlanWording {
  targetGroup: string;
  timing: string;
  message: string;
  channels: string;
  material: string;
  timings: Record<(typeof communicationTimings)[number], string>;
  channelNames: Record<(typeof communicationChannels)[number], string>;
}

export const communicationPlanWording: Record<'fr' | 'nl' | 'de', CommunicationPlanWording> = {
  fr: {
    targetGroup: 'Public cible', timing: 'Moment', message: 'Message', channels: 'Canaux', material: 'Support',
    timings: { after_signature: 'Après la signature', date_to_be_set: 'Date à fixer' },
    channelNames: { email: 'E-mail', intranet: 'Intranet', meeting: 'Réunion', website: 'Site internet' },
  },
  nl: {
    targetGroup: 'Doelgroep', timing: 'Tijdstip', message: 'Boodschap', channels: 'Kanalen', material: 'Drager',
    timings: { after_signature: 'Na de ondertekening', date_to_be_set: 'Datum nog vast te leggen' },
    channelNames: { email: 'E-mail', intranet: 'Intranet', meeting: 'Vergadering', website: 'Website' },
  },
  de: {
    targetGroup: 'Zielgruppe', timing: 'Zeitpunkt', message: 'Botschaft', channels: 'Kanäle', material: 'Träger',
    timings: { after_signature: 'Nach der Unterzeichnung', date_to_be_set: 'Datum noch festzulegen' },
    channelNames: { email: 'E-Mail', intranet: 'Intranet', meeting: 'Versammlung', website: 'Website' },
  },
};

/** A timing's name, or the plan's own word when it is not one Jalon names. */
export const timingName = (wording: CommunicationPlanWording, timing: string): string =>
  (communicationTimings as readonly string[]).includes(timing) ? wording.timings[timing as (typeof communicationTimings)[number]] : timing;

/** A channel's name, or the plan's own word when it is not one Jalon names. */
export const channelName = (wording: CommunicationPlanWording, channel: string): string =>
  (communicationChannels as readonly string[]).includes(channel) ? wording.channelNames[channel as (typeof communicationChannels)[number]] : channel;
