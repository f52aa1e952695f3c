import type { Language, ReaderText } from '@jalon/contracts';
import { BRUSSELS_TIME_ZONE } from '@jalon/domain';
import type { PageLanguage } from './page-language.js';

/* What the decision pages say, in the reader's language: all four, since e-mails exist in all four. */

/** Readers are Belgian civil servants: Belgian conventions for French, Dutch and German. */
const locales: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };

/** The reader's version of a text; without one in their language, the French: a page never falls back to English. */
export function pick(text: ReaderText, language: Language): string {
  if (typeof text === 'string') return text;
  return text[language] ?? text.fr;
}

/** "jeudi 26 novembre 2026 à 17:15", in Brussels time whatever the server's zone. */
export function formatInstant(value: Date | string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'full', timeStyle: 'short', timeZone: BRUSSELS_TIME_ZONE })
    .format(new Date(value));
}

/** A due date: a calendar date is shown without a time, and never shifted by the time zone. */
export function formatDue(value: string, language: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatInstant(value, language);
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'full', timeZone: BRUSSELS_TIME_ZONE })
    .format(new Date(`${value}T12:00:00Z`));
}

export interface Message { title: string; body: string }

export interface Copy {
  pageTitle: (step: string) => string;
  planVersion: (version: number, fingerprint: string) => string;
  due: (date: string) => string;
  objectivesHeading: string;
  changesHeading: (sinceVersion: number) => string;
  noChanges: string;
  firstReview: string;
  formHeading: string;
  formIntro: string;
  approve: string;
  requestChanges: string;
  comment: string;
  commentHint: string;
  submit: string;
  decidedElsewhere: string;
  personalNote: string;
  errorSummary: string;
  chooseOutcome: (item: string) => string;
  commentRequired: (item: string) => string;
  commentTooLong: (item: string, max: number) => string;
  recorded: (when: string) => Message;
  outcomeApproved: string;
  outcomeChangesRequested: string;
  /** a task (drafting, consolidation) is confirmed done, not approved */
  task: { pageTitle: (step: string) => string; formHeading: string; formIntro: string; formIntroGeneric: string; done: string; doneGeneric: string; comment: string; commentHint: string; submit: string; outcomeDone: string; chooseDone: (item: string) => string };
  used: (when: string) => Message;
  expired: (when: string) => Message;
  superseded: Message;
  /** the person no longer holds the role the link was sent for (role removed, delegation ended) */
  roleEnded: Message;
  closed: Message;
  refused: Message;
  forbidden: Message;
  unavailable: Message;
  unknown: Message;
  tooMany: Message;
  failure: Message;
}

const fr: Copy = {
  pageTitle: (step) => `Votre décision\u00a0: ${step}`,
  planVersion: (version, fingerprint) => `Version ${version} du plan (empreinte ${fingerprint})`,
  due: (date) => `Décision attendue au plus tard le ${date}.`,
  objectivesHeading: 'Objectifs concernés',
  changesHeading: (since) => `Modifications depuis la version ${since}, la dernière que vous avez examinée`,
  noChanges: 'Aucune modification n’a été signalée depuis.',
  firstReview: 'C’est la première version de ce plan qui vous est soumise.',
  formHeading: 'Votre décision',
  formIntro: 'Pour chaque point, indiquez si vous l’approuvez ou si vous demandez des modifications. Votre décision est définitive dès son envoi.',
  approve: 'J’approuve',
  requestChanges: 'Je demande des modifications',
  comment: 'Commentaire',
  commentHint: 'Obligatoire si vous demandez des modifications\u00a0: précisez ce qui doit changer.',
  submit: 'Envoyer ma décision',
  decidedElsewhere: 'Ce point a déjà été tranché dans cette étape\u00a0; il n’appelle plus de décision de votre part.',
  personalNote: 'Ce lien vous est personnel\u00a0: merci de ne pas le transférer.',
  errorSummary: 'Votre décision n’a pas été envoyée. Veuillez corriger les points suivants\u00a0:',
  chooseOutcome: (item) => `${item}\u00a0: choisissez «\u00a0J’approuve\u00a0» ou «\u00a0Je demande des modifications\u00a0».`,
  commentRequired: (item) => `${item}\u00a0: précisez ce qui doit changer.`,
  commentTooLong: (item, max) => `${item}\u00a0: le commentaire ne peut dépasser ${max} caractères.`,
  recorded: (when) => ({ title: 'Votre décision a été enregistrée', body: `Elle a été enregistrée le ${when}. Vous pouvez fermer cette page\u00a0; ce lien ne peut plus être utilisé.` }),
  outcomeApproved: 'Approuvé',
  outcomeChangesRequested: 'Modifications demandées',
  task: {
    pageTitle: (step) => `Votre tâche\u00a0: ${step}`,
    formHeading: 'Confirmer que la tâche est faite',
    formIntro: 'Quand vos objectifs opérationnels sont encodés dans Jalon, confirmez-le ici. Le service du Président consolide ensuite le plan.',
    done: 'C’est fait\u00a0: nos objectifs sont encodés',
    doneGeneric: 'C’est fait',
    formIntroGeneric: 'Quand ce travail est terminé dans Jalon, confirmez-le ici\u00a0: l’étape suivante commence alors.',
    comment: 'Remarque pour le service du Président (facultatif)',
    commentHint: 'Par exemple un point encore ouvert ou une dépendance avec une autre entité.',
    submit: 'Confirmer',
    outcomeDone: 'Tâche terminée',
    chooseDone: (item) => `${item}\u00a0: cochez «\u00a0C’est fait\u00a0» pour confirmer.`,
  },
  used: (when) => ({ title: 'Ce lien a déjà été utilisé', body: `Une décision a été enregistrée au moyen de ce lien le ${when}. Chaque lien ne peut servir qu’une seule fois. Si vous souhaitez revoir votre décision, adressez-vous à l’expéditeur du message.` }),
  expired: (when) => ({ title: 'Ce lien a expiré', body: `Ce lien était valable jusqu’au ${when}. Rien n’a été enregistré. Demandez un nouveau lien à l’expéditeur du message.` }),
  superseded: { title: 'Ce lien a été remplacé', body: 'Une version plus récente du plan vous a été soumise entre-temps. Utilisez le lien du message le plus récent. Rien n’a été enregistré.' },
  roleEnded: { title: 'Ce lien a été remplacé', body: 'Vous n’exercez plus le rôle pour lequel ce lien vous a été envoyé (le rôle vous a été retiré, ou votre délégation a pris fin). Rien n’a été enregistré. Si vous devez encore décider, demandez à l’administrateur de votre organisation de vous rendre ce rôle\u00a0; sinon, signalez-le au service du Président, qui suit cette étape.' },
  closed: { title: 'Cette étape d’examen est clôturée', body: 'Votre décision n’a pas été enregistrée\u00a0: l’étape a été clôturée avant votre réponse (les décisions requises ont déjà été prises, ou le plan a été retiré). Vous n’avez plus rien à faire.' },
  refused: { title: 'Votre décision n’a pas pu être enregistrée', body: 'La situation de cette étape a changé depuis l’ouverture de la page. Rouvrez le lien pour voir la situation actuelle\u00a0; il reste valable.' },
  forbidden: { title: 'Ce formulaire n’a pas pu être vérifié', body: 'Pour votre sécurité, seule une décision envoyée depuis la page ouverte par votre lien est acceptée. Rouvrez le lien depuis votre e-mail et envoyez à nouveau votre décision. Rien n’a été enregistré.' },
  unavailable: { title: 'Service momentanément indisponible', body: 'Votre décision n’a peut-être pas été transmise. Rouvrez votre lien dans quelques minutes\u00a0: la page indiquera si elle a été enregistrée\u00a0; sinon, vous pourrez l’envoyer à nouveau.' },
  unknown: { title: 'Lien non valable', body: 'Ce lien n’est pas reconnu. Vérifiez qu’il a été copié en entier depuis l’e-mail, ou utilisez le lien du message le plus récent. Rien n’a été enregistré.' },
  tooMany: { title: 'Trop de demandes', body: 'Trop de demandes ont été envoyées depuis votre connexion en peu de temps. Patientez une minute, puis réessayez. Rien n’a été enregistré.' },
  failure: { title: 'Une erreur est survenue', body: 'Une erreur s’est produite de notre côté. Rien n’a été enregistré. Veuillez réessayer plus tard.' },
};

const nl: Copy = {
  pageTitle: (step) => `Uw beslissing: ${step}`,
  planVersion: (version, fingerprint) => `Versie ${version} van het plan (vingerafdruk ${fingerprint})`,
  due: (date) => `Beslissing verwacht uiterlijk op ${date}.`,
  objectivesHeading: 'Betrokken doelstellingen',
  changesHeading: (since) => `Wijzigingen sinds versie ${since}, die u het laatst hebt beoordeeld`,
  noChanges: 'Sindsdien werden geen wijzigingen gemeld.',
  firstReview: 'Dit is de eerste versie van dit plan die u wordt voorgelegd.',
  formHeading: 'Uw beslissing',
  formIntro: 'Geef voor elk punt aan of u het goedkeurt of wijzigingen vraagt. Uw beslissing is definitief zodra u ze verstuurt.',
  approve: 'Ik keur goed',
  requestChanges: 'Ik vraag wijzigingen',
  comment: 'Opmerking',
  commentHint: 'Verplicht als u wijzigingen vraagt: vermeld wat er moet veranderen.',
  submit: 'Mijn beslissing versturen',
  decidedElsewhere: 'Over dit punt werd in deze stap al beslist; uw beslissing is er niet meer nodig.',
  personalNote: 'Deze link is persoonlijk: gelieve hem niet door te sturen.',
  errorSummary: 'Uw beslissing werd niet verstuurd. Gelieve de volgende punten te verbeteren:',
  chooseOutcome: (item) => `${item}: kies ‘Ik keur goed’ of ‘Ik vraag wijzigingen’.`,
  commentRequired: (item) => `${item}: vermeld wat er moet veranderen.`,
  commentTooLong: (item, max) => `${item}: de opmerking mag niet langer zijn dan ${max} tekens.`,
  recorded: (when) => ({ title: 'Uw beslissing werd geregistreerd', body: `Ze werd geregistreerd op ${when}. U mag deze pagina sluiten; deze link kan niet meer worden gebruikt.` }),
  outcomeApproved: 'Goedgekeurd',
  outcomeChangesRequested: 'Wijzigingen gevraagd',
  task: {
    pageTitle: (step) => `Uw taak: ${step}`,
    formHeading: 'Bevestigen dat de taak klaar is',
    formIntro: 'Wanneer uw operationele doelstellingen in Jalon zijn ingevoerd, bevestigt u dat hier. De dienst van de Voorzitter consolideert daarna het plan.',
    done: 'Klaar: onze doelstellingen zijn ingevoerd',
    doneGeneric: 'Klaar',
    formIntroGeneric: 'Wanneer dit werk in Jalon klaar is, bevestigt u dat hier: dan begint de volgende stap.',
    comment: 'Opmerking voor de dienst van de Voorzitter (facultatief)',
    commentHint: 'Bijvoorbeeld een punt dat nog openstaat of een afhankelijkheid van een andere entiteit.',
    submit: 'Bevestigen',
    outcomeDone: 'Taak voltooid',
    chooseDone: (item) => `${item}: vink ‘Klaar’ aan om te bevestigen.`,
  },
  used: (when) => ({ title: 'Deze link werd al gebruikt', body: `Met deze link werd op ${when} een beslissing geregistreerd. Elke link kan maar één keer worden gebruikt. Wilt u uw beslissing herzien, neem dan contact op met de afzender van het bericht.` }),
  expired: (when) => ({ title: 'Deze link is verlopen', body: `Deze link was geldig tot ${when}. Er werd niets geregistreerd. Vraag een nieuwe link aan bij de afzender van het bericht.` }),
  superseded: { title: 'Deze link werd vervangen', body: 'Intussen werd u een recentere versie van het plan voorgelegd. Gebruik de link in het meest recente bericht. Er werd niets geregistreerd.' },
  roleEnded: { title: 'Deze link werd vervangen', body: 'U oefent de rol waarvoor deze link u werd gestuurd niet meer uit (de rol werd u ontnomen, of uw delegatie is afgelopen). Er werd niets geregistreerd. Moet u nog beslissen, vraag dan de beheerder van uw organisatie om u die rol terug te geven; meld het anders aan de dienst van de Voorzitter, die deze stap opvolgt.' },
  closed: { title: 'Deze beoordelingsstap is afgesloten', body: 'Uw beslissing werd niet geregistreerd: de stap werd afgesloten vóór uw antwoord (de vereiste beslissingen werden al genomen, of het plan werd ingetrokken). U hoeft niets meer te doen.' },
  refused: { title: 'Uw beslissing kon niet worden geregistreerd', body: 'De toestand van deze stap is gewijzigd sinds u de pagina opende. Open de link opnieuw om de actuele toestand te zien; hij blijft geldig.' },
  forbidden: { title: 'Dit formulier kon niet worden gecontroleerd', body: 'Om veiligheidsredenen wordt enkel een beslissing aanvaard die verstuurd wordt vanaf de pagina die uw link opent. Open de link opnieuw vanuit uw e-mail en verstuur uw beslissing nogmaals. Er werd niets geregistreerd.' },
  unavailable: { title: 'Dienst tijdelijk niet beschikbaar', body: 'Uw beslissing werd mogelijk niet doorgegeven. Open uw link over enkele minuten opnieuw: de pagina toont dan of ze werd geregistreerd; zo niet, dan kunt u ze opnieuw versturen.' },
  unknown: { title: 'Ongeldige link', body: 'Deze link wordt niet herkend. Controleer of u de volledige link uit de e-mail hebt gekopieerd, of gebruik de link in het meest recente bericht. Er werd niets geregistreerd.' },
  tooMany: { title: 'Te veel aanvragen', body: 'Vanaf uw verbinding werden in korte tijd te veel aanvragen verstuurd. Wacht een minuut en probeer het dan opnieuw. Er werd niets geregistreerd.' },
  failure: { title: 'Er is een fout opgetreden', body: 'Er is aan onze kant een fout opgetreden. Er werd niets geregistreerd. Gelieve het later opnieuw te proberen.' },
};

const de: Copy = {
  pageTitle: (step) => `Ihre Entscheidung: ${step}`,
  planVersion: (version, fingerprint) => `Version ${version} des Plans (Fingerabdruck ${fingerprint})`,
  due: (date) => `Entscheidung erwartet spätestens am ${date}.`,
  objectivesHeading: 'Betroffene Ziele',
  changesHeading: (since) => `Änderungen seit Version ${since}, die Sie zuletzt geprüft haben`,
  noChanges: 'Seitdem wurden keine Änderungen gemeldet.',
  firstReview: 'Dies ist die erste Version dieses Plans, die Ihnen vorgelegt wird.',
  formHeading: 'Ihre Entscheidung',
  formIntro: 'Geben Sie für jeden Punkt an, ob Sie ihn genehmigen oder Änderungen verlangen. Ihre Entscheidung ist mit dem Absenden endgültig.',
  approve: 'Ich genehmige',
  requestChanges: 'Ich verlange Änderungen',
  comment: 'Bemerkung',
  commentHint: 'Pflichtangabe, wenn Sie Änderungen verlangen: Geben Sie an, was geändert werden muss.',
  submit: 'Meine Entscheidung absenden',
  decidedElsewhere: 'Über diesen Punkt wurde in diesem Schritt bereits entschieden; Ihre Entscheidung ist dazu nicht mehr erforderlich.',
  personalNote: 'Dieser Link ist persönlich: Bitte leiten Sie ihn nicht weiter.',
  errorSummary: 'Ihre Entscheidung wurde nicht abgesendet. Bitte korrigieren Sie folgende Punkte:',
  chooseOutcome: (item) => `${item}: Wählen Sie „Ich genehmige“ oder „Ich verlange Änderungen“.`,
  commentRequired: (item) => `${item}: Geben Sie an, was geändert werden muss.`,
  commentTooLong: (item, max) => `${item}: Die Bemerkung darf höchstens ${max} Zeichen lang sein.`,
  recorded: (when) => ({ title: 'Ihre Entscheidung wurde erfasst', body: `Sie wurde am ${when} erfasst. Sie können diese Seite schließen; dieser Link kann nicht mehr verwendet werden.` }),
  outcomeApproved: 'Genehmigt',
  outcomeChangesRequested: 'Änderungen verlangt',
  task: {
    pageTitle: (step) => `Ihre Aufgabe: ${step}`,
    formHeading: 'Bestätigen, dass die Aufgabe erledigt ist',
    formIntro: 'Sobald Ihre operativen Ziele in Jalon erfasst sind, bestätigen Sie es hier. Der Dienst des Präsidenten konsolidiert danach den Plan.',
    done: 'Erledigt: unsere Ziele sind erfasst',
    doneGeneric: 'Erledigt',
    formIntroGeneric: 'Sobald diese Arbeit in Jalon erledigt ist, bestätigen Sie es hier: Dann beginnt der nächste Schritt.',
    comment: 'Anmerkung für den Dienst des Präsidenten (freiwillig)',
    commentHint: 'Zum Beispiel ein noch offener Punkt oder eine Abhängigkeit von einer anderen Einheit.',
    submit: 'Bestätigen',
    outcomeDone: 'Aufgabe erledigt',
    chooseDone: (item) => `${item}: Kreuzen Sie „Erledigt“ an, um zu bestätigen.`,
  },
  used: (when) => ({ title: 'Dieser Link wurde bereits verwendet', body: `Mit diesem Link wurde am ${when} eine Entscheidung erfasst. Jeder Link kann nur einmal verwendet werden. Wenn Sie Ihre Entscheidung überdenken möchten, wenden Sie sich an den Absender der Nachricht.` }),
  expired: (when) => ({ title: 'Dieser Link ist abgelaufen', body: `Dieser Link war bis ${when} gültig. Es wurde nichts erfasst. Fordern Sie beim Absender der Nachricht einen neuen Link an.` }),
  superseded: { title: 'Dieser Link wurde ersetzt', body: 'Inzwischen wurde Ihnen eine neuere Version des Plans vorgelegt. Verwenden Sie den Link aus der neuesten Nachricht. Es wurde nichts erfasst.' },
  roleEnded: { title: 'Dieser Link wurde ersetzt', body: 'Sie haben die Rolle, für die Ihnen dieser Link gesendet wurde, nicht mehr inne (die Rolle wurde Ihnen entzogen oder Ihre Vertretung ist beendet). Es wurde nichts erfasst. Wenn Sie noch entscheiden müssen, bitten Sie die Verwaltung Ihrer Organisation, Ihnen die Rolle wieder zu geben; andernfalls melden Sie es dem Dienst des Präsidenten, der diesen Schritt begleitet.' },
  closed: { title: 'Dieser Prüfschritt ist abgeschlossen', body: 'Ihre Entscheidung wurde nicht erfasst: Der Schritt wurde vor Ihrer Antwort abgeschlossen (die erforderlichen Entscheidungen liegen bereits vor, oder der Plan wurde zurückgezogen). Sie müssen nichts mehr tun.' },
  refused: { title: 'Ihre Entscheidung konnte nicht erfasst werden', body: 'Der Stand dieses Schritts hat sich geändert, seit Sie die Seite geöffnet haben. Öffnen Sie den Link erneut, um den aktuellen Stand zu sehen; er bleibt gültig.' },
  forbidden: { title: 'Dieses Formular konnte nicht überprüft werden', body: 'Zu Ihrer Sicherheit wird nur eine Entscheidung angenommen, die von der mit Ihrem Link geöffneten Seite abgesendet wird. Öffnen Sie den Link erneut aus Ihrer E-Mail und senden Sie Ihre Entscheidung noch einmal ab. Es wurde nichts erfasst.' },
  unavailable: { title: 'Dienst vorübergehend nicht verfügbar', body: 'Ihre Entscheidung wurde möglicherweise nicht übermittelt. Öffnen Sie Ihren Link in einigen Minuten erneut: Die Seite zeigt dann, ob sie erfasst wurde; andernfalls können Sie sie erneut absenden.' },
  unknown: { title: 'Ungültiger Link', body: 'Dieser Link wird nicht erkannt. Prüfen Sie, ob Sie ihn vollständig aus der E-Mail kopiert haben, oder verwenden Sie den Link aus der neuesten Nachricht. Es wurde nichts erfasst.' },
  tooMany: { title: 'Zu viele Anfragen', body: 'Von Ihrer Verbindung wurden in kurzer Zeit zu viele Anfragen gesendet. Warten Sie eine Minute und versuchen Sie es dann erneut. Es wurde nichts erfasst.' },
  failure: { title: 'Ein Fehler ist aufgetreten', body: 'Bei uns ist ein Fehler aufgetreten. Es wurde nichts erfasst. Bitte versuchen Sie es später erneut.' },
};

const en: Copy = {
  pageTitle: (step) => `Your decision: ${step}`,
  planVersion: (version, fingerprint) => `Version ${version} of the plan (fingerprint ${fingerprint})`,
  due: (date) => `Decision expected by ${date}.`,
  objectivesHeading: 'Objectives concerned',
  changesHeading: (since) => `Changes since version ${since}, the last one you reviewed`,
  noChanges: 'No changes have been reported since.',
  firstReview: 'This is the first version of this plan submitted to you.',
  formHeading: 'Your decision',
  formIntro: 'For each point, say whether you approve it or request changes. Your decision is final once sent.',
  approve: 'I approve',
  requestChanges: 'I request changes',
  comment: 'Comment',
  commentHint: 'Required if you request changes: say what must change.',
  submit: 'Send my decision',
  decidedElsewhere: 'This point has already been decided in this step; it no longer needs your decision.',
  personalNote: 'This link is personal to you: please do not forward it.',
  errorSummary: 'Your decision was not sent. Please correct the following:',
  chooseOutcome: (item) => `${item}: choose “I approve” or “I request changes”.`,
  commentRequired: (item) => `${item}: say what must change.`,
  commentTooLong: (item, max) => `${item}: the comment cannot be longer than ${max} characters.`,
  recorded: (when) => ({ title: 'Your decision has been recorded', body: `It was recorded on ${when}. You may close this page; this link can no longer be used.` }),
  outcomeApproved: 'Approved',
  outcomeChangesRequested: 'Changes requested',
  task: {
    pageTitle: (step) => `Your task: ${step}`,
    formHeading: 'Confirm the task is done',
    formIntro: 'Once your operational objectives are entered in Jalon, confirm it here. The President’s office then consolidates the plan.',
    done: 'Done: our objectives are entered',
    doneGeneric: 'Done',
    formIntroGeneric: 'Once this work is done in Jalon, confirm it here: the next step then begins.',
    comment: 'Note for the President’s office (optional)',
    commentHint: 'For instance a point still open, or a dependency on another entity.',
    submit: 'Confirm',
    outcomeDone: 'Task done',
    chooseDone: (item) => `${item}: tick “Done” to confirm.`,
  },
  used: (when) => ({ title: 'This link has already been used', body: `A decision was recorded with this link on ${when}. Each link can be used only once. If you wish to reconsider your decision, contact the sender of the message.` }),
  expired: (when) => ({ title: 'This link has expired', body: `This link was valid until ${when}. Nothing was recorded. Ask the sender of the message for a new link.` }),
  superseded: { title: 'This link has been replaced', body: 'A newer version of the plan has since been submitted to you. Use the link in the most recent message. Nothing was recorded.' },
  roleEnded: { title: 'This link has been replaced', body: 'You no longer hold the role this link was sent to you for (the role was removed, or your delegation ended). Nothing was recorded. If you still have to decide, ask your organisation’s administrator to give you the role back; otherwise tell the President’s office, which follows this step.' },
  closed: { title: 'This review step is closed', body: 'Your decision was not recorded: the step closed before your answer (the required decisions have already been made, or the plan was withdrawn). There is nothing more for you to do.' },
  refused: { title: 'Your decision could not be recorded', body: 'The state of this step has changed since you opened the page. Open the link again to see where it stands; it remains valid.' },
  forbidden: { title: 'This form could not be verified', body: 'For your security, only a decision sent from the page your link opens is accepted. Open the link again from your e-mail and send your decision again. Nothing was recorded.' },
  unavailable: { title: 'Service temporarily unavailable', body: 'Your decision may not have been passed on. Open your link again in a few minutes: the page will show whether it was recorded; if not, you can send it again.' },
  unknown: { title: 'Invalid link', body: 'This link is not recognised. Check that it was copied in full from the e-mail, or use the link in the most recent message. Nothing was recorded.' },
  tooMany: { title: 'Too many requests', body: 'Too many requests were sent from your connection in a short time. Wait a minute, then try again. Nothing was recorded.' },
  failure: { title: 'Something went wrong', body: 'An error occurred on our side. Nothing was recorded. Please try again later.' },
};

export const copy: Record<Language, Copy> = { fr, nl, de, en };

/** Pages shown before the reader is known speak the three national languages, side by side. */
export const nationalLanguages: readonly [PageLanguage, ...PageLanguage[]] = ['fr', 'nl', 'de'];
