import { HttpError } from '@jalon/service-kit';
import { PlansRefusal } from '@jalon/plans-client';
import type { PageLanguage } from './page-language.js';

/*
 * What a page says when the API refuses something: the message for the refusal's stable `code`,
 * in the reader's language, never the API's English `message`. One catalogue for every form of
 * every page; a code it does not know yet gets a message that names the code and whom to ask.
 */

export const refusalCodes = [
  'request.invalid', 'request.malformed', 'request.invalid_field',
  'plans.not_found', 'plans.conflict', 'plans.forbidden',
  'plan.stale_revision', 'plan.outside_entity_scope', 'person.self_administration',
  'operational_plan.status_move_refused', 'operational_plan.closed', 'operational_plan.not_drafting', 'operational_plan.not_in_force',
  'strategic_plan.status_move_refused', 'strategic_plan.not_editable', 'strategic_plan.not_signed',
  'strategic_plan.not_found', 'strategic_plan.not_draft', 'strategic_plan.no_signing_authority',
  'strategic_plan.lifecycle_not_running', 'strategic_plan.signature_refused',
  'cycle.no_signed_plan', 'cycle.no_minister', 'cycle.launch_refused', 'cycle.budget_date_invalid', 'cycle.budget_adoption_refused',
  'cycle.drafting_not_open', 'cycle.problem_refused', 'cycle.consultation_refused', 'cycle.project_refused',
  'cycle.closed', 'cycle.ended', 'cycle.not_found', 'cycle.unavailable', 'cycle_schedule.not_set',
  'auth.sign_in_required', 'auth.unknown_person', 'auth.role_required',
  'link.role_ended', 'link.used', 'link.superseded',
] as const;
export type RefusalCode = typeof refusalCodes[number];

interface RefusalCopy {
  messages: Record<RefusalCode, string>;
  /** a code this catalogue does not know yet, or none */
  unknown: (code: string | undefined) => string;
}

const fr: RefusalCopy = {
  messages: {
    'request.invalid': 'Certaines données envoyées ne sont pas valables. Vérifiez les champs et réessayez.',
    'request.malformed': 'La demande n’a pas pu être lue. Rechargez la page et réessayez.',
    'request.invalid_field': 'Une donnée envoyée désigne un élément qui n’existe pas. Vérifiez le champ indiqué.',
    'plans.not_found': 'L’élément demandé n’existe pas (ou plus) dans Jalon.',
    'plans.conflict': 'La modification n’est pas possible dans l’état actuel du plan. Rechargez la page pour voir où il en est.',
    'plans.forbidden': 'Votre rôle ne vous permet pas de faire cette modification.',
    'plan.stale_revision': 'Quelqu’un a modifié ces données entre-temps. Rechargez la page, puis refaites votre modification.',
    'plan.outside_entity_scope': 'Cela concerne une autre entité que la vôtre\u00a0: seuls ses rédacteurs ou le service du Président peuvent le modifier.',
    'person.self_administration': 'Personne ne modifie ses propres rôles ou délégations\u00a0: un autre administrateur de l’organisation doit le faire.',
    'operational_plan.status_move_refused': 'Le plan opérationnel ne peut pas passer à cette étape depuis son étape actuelle.',
    'operational_plan.closed': 'Ce plan opérationnel est clôturé (son année est terminée)\u00a0: faites la modification dans le plan de l’année en cours.',
    'operational_plan.not_drafting': 'Ce plan opérationnel n’est plus en rédaction\u00a0: ses objectifs ne peuvent plus être modifiés ici.',
    'operational_plan.not_in_force': 'Les résultats s’encodent une fois le plan transmis au Ministre.',
    'strategic_plan.status_move_refused': 'Le plan stratégique ne peut pas passer à cette étape depuis son étape actuelle.',
    'strategic_plan.not_editable': 'Ce plan stratégique n’est plus un projet\u00a0: il ne peut plus être modifié.',
    'strategic_plan.not_signed': 'Un addendum ne s’ajoute qu’à un plan signé\u00a0; modifiez plutôt le projet.',
    'strategic_plan.not_found': 'Ce plan stratégique n’existe pas dans votre organisation.',
    'strategic_plan.not_draft': 'Ce plan stratégique n’est plus un projet\u00a0: son cycle ne peut plus être lancé.',
    'strategic_plan.no_signing_authority': 'Aucune autorité ne signe les plans de votre organisation\u00a0: configurez d’abord le Ministre.',
    'strategic_plan.lifecycle_not_running': 'Le cycle de ce plan stratégique n’est pas en cours.',
    'strategic_plan.signature_refused': 'La signature n’a pas été enregistrée\u00a0: le plan n’attend plus cette signature, une autre version est à signer, ou vous ne signez pas pour l’autorité de ce plan.',
    'cycle.no_signed_plan': 'Aucun plan stratégique signé ne couvre cette année\u00a0: le cycle annuel ne peut pas être lancé.',
    'cycle.no_minister': 'Aucune autorité ne signe les plans de votre organisation\u00a0: configurez d’abord le Ministre.',
    'cycle.launch_refused': 'Le cycle annuel n’a pas pu être lancé avec les données actuelles des plans.',
    'cycle.budget_date_invalid': 'Cette date de vote du budget n’est pas plausible pour ce cycle\u00a0: vérifiez-la.',
    'cycle.budget_adoption_refused': 'La date d’adoption du budget ne peut plus être enregistrée à ce stade du cycle.',
    'cycle.drafting_not_open': 'La rédaction ne peut pas être clôturée maintenant (elle est déjà terminée, ou les tâches sont encore en cours d’envoi).',
    'cycle.problem_refused': 'Ce problème n’a pas pu être signalé à ce stade du cycle.',
    'cycle.consultation_refused': 'L’issue de cette concertation n’a pas pu être enregistrée.',
    'cycle.project_refused': 'Ce changement de projet n’a pas pu être enregistré à ce stade du cycle.',
    'cycle.closed': 'Ce cycle annuel est clôturé (son année est terminée).',
    'cycle.ended': 'Ce cycle annuel s’est arrêté\u00a0; le service du Président peut le relancer.',
    'cycle.not_found': 'Aucun cycle n’est lancé pour cette année.',
    'cycle.unavailable': 'Le moteur des cycles (Temporal) ne peut pas traiter cette demande pour l’instant, ou n’a pas répondu à temps\u00a0: elle n’a peut-être pas été enregistrée. Rechargez la page dans une minute\u00a0; si elle n’y apparaît pas, envoyez-la à nouveau (une demande envoyée deux fois ne compte qu’une fois).',
    'cycle_schedule.not_set': 'Aucune date de lancement annuel n’est fixée pour votre organisation.',
    'auth.sign_in_required': 'Connectez-vous pour continuer.',
    'auth.unknown_person': 'Vous n’êtes pas connu·e de Jalon\u00a0: demandez au service du Président de votre organisation de vous ajouter.',
    'auth.role_required': 'Votre rôle ne vous permet pas de faire cela.',
    'link.role_ended': 'Cette personne n’exerce plus le rôle pour lequel le lien était prévu.',
    'link.used': 'Ce lien a déjà servi à enregistrer une décision.',
    'link.superseded': 'Une version plus récente du plan a été soumise\u00a0: ce lien est remplacé.',
  },
  unknown: (code) => `La demande a été refusée (code ${code ?? 'inconnu'}). Rien n’a été modifié. Si cela se reproduit, contactez le service du Président en mentionnant ce code.`,
};

const nl: RefusalCopy = {
  messages: {
    'request.invalid': 'Sommige verstuurde gegevens zijn niet geldig. Controleer de velden en probeer opnieuw.',
    'request.malformed': 'Het verzoek kon niet worden gelezen. Laad de pagina opnieuw en probeer nog eens.',
    'request.invalid_field': 'Een verstuurd gegeven verwijst naar iets wat niet bestaat. Controleer het aangeduide veld.',
    'plans.not_found': 'Het gevraagde element bestaat niet (meer) in Jalon.',
    'plans.conflict': 'De wijziging is niet mogelijk in de huidige toestand van het plan. Laad de pagina opnieuw om te zien hoe het ervoor staat.',
    'plans.forbidden': 'Uw rol laat u niet toe deze wijziging aan te brengen.',
    'plan.stale_revision': 'Iemand heeft deze gegevens intussen gewijzigd. Laad de pagina opnieuw en breng uw wijziging opnieuw aan.',
    'plan.outside_entity_scope': 'Dit betreft een andere entiteit dan de uwe: alleen haar opstellers of de dienst van de Voorzitter kunnen het wijzigen.',
    'person.self_administration': 'Niemand wijzigt zijn eigen rollen of delegaties: een andere beheerder van de organisatie moet dat doen.',
    'operational_plan.status_move_refused': 'Het operationeel plan kan vanuit zijn huidige stap niet naar deze stap overgaan.',
    'operational_plan.closed': 'Dit operationeel plan is afgesloten (het jaar is voorbij): breng de wijziging aan in het plan van het lopende jaar.',
    'operational_plan.not_drafting': 'Dit operationeel plan wordt niet meer opgesteld: de doelstellingen kunnen hier niet meer worden gewijzigd.',
    'operational_plan.not_in_force': 'Resultaten worden ingevoerd zodra het plan aan de Minister is bezorgd.',
    'strategic_plan.status_move_refused': 'Het strategisch plan kan vanuit zijn huidige stap niet naar deze stap overgaan.',
    'strategic_plan.not_editable': 'Dit strategisch plan is geen ontwerp meer: het kan niet meer worden gewijzigd.',
    'strategic_plan.not_signed': 'Een addendum wordt enkel aan een ondertekend plan toegevoegd; wijzig anders het ontwerp.',
    'strategic_plan.not_found': 'Dit strategisch plan bestaat niet in uw organisatie.',
    'strategic_plan.not_draft': 'Dit strategisch plan is geen ontwerp meer: de cyclus ervan kan niet meer worden gestart.',
    'strategic_plan.no_signing_authority': 'Geen enkele overheid ondertekent de plannen van uw organisatie: stel eerst de Minister in.',
    'strategic_plan.lifecycle_not_running': 'De cyclus van dit strategisch plan loopt niet.',
    'strategic_plan.signature_refused': 'De handtekening werd niet geregistreerd: het plan wacht niet meer op deze handtekening, een andere versie moet worden ondertekend, of u ondertekent niet voor de overheid van dit plan.',
    'cycle.no_signed_plan': 'Geen enkel ondertekend strategisch plan dekt dit jaar: de jaarlijkse cyclus kan niet worden gestart.',
    'cycle.no_minister': 'Geen enkele overheid ondertekent de plannen van uw organisatie: stel eerst de Minister in.',
    'cycle.launch_refused': 'De jaarlijkse cyclus kon met de huidige gegevens van de plannen niet worden gestart.',
    'cycle.budget_date_invalid': 'Deze datum van de stemming over de begroting is voor deze cyclus niet aannemelijk: controleer hem.',
    'cycle.budget_adoption_refused': 'De datum van goedkeuring van de begroting kan in deze fase van de cyclus niet meer worden geregistreerd.',
    'cycle.drafting_not_open': 'Het opstellen kan nu niet worden afgesloten (het is al afgelopen, of de taken worden nog verstuurd).',
    'cycle.problem_refused': 'Dit probleem kon in deze fase van de cyclus niet worden gemeld.',
    'cycle.consultation_refused': 'De uitkomst van dit overleg kon niet worden geregistreerd.',
    'cycle.project_refused': 'Deze projectwijziging kon in deze fase van de cyclus niet worden geregistreerd.',
    'cycle.closed': 'Deze jaarlijkse cyclus is afgesloten (het jaar is voorbij).',
    'cycle.ended': 'Deze jaarlijkse cyclus is stopgezet; de dienst van de Voorzitter kan hem opnieuw starten.',
    'cycle.not_found': 'Voor dit jaar is geen cyclus gestart.',
    'cycle.unavailable': 'De cyclusmotor (Temporal) kan deze aanvraag nu niet verwerken, of heeft niet op tijd geantwoord: ze werd mogelijk niet geregistreerd. Herlaad de pagina over een minuut; staat ze er niet in, verzend ze dan opnieuw (een aanvraag die twee keer wordt verzonden, telt één keer).',
    'cycle_schedule.not_set': 'Voor uw organisatie is geen jaarlijkse startdatum vastgelegd.',
    'auth.sign_in_required': 'Meld u aan om verder te gaan.',
    'auth.unknown_person': 'U bent niet gekend in Jalon: vraag de dienst van de Voorzitter van uw organisatie om u toe te voegen.',
    'auth.role_required': 'Uw rol laat u dit niet toe.',
    'link.role_ended': 'Deze persoon oefent de rol waarvoor de link bedoeld was niet meer uit.',
    'link.used': 'Met deze link werd al een beslissing geregistreerd.',
    'link.superseded': 'Er werd een recentere versie van het plan voorgelegd: deze link is vervangen.',
  },
  unknown: (code) => `Het verzoek werd geweigerd (code ${code ?? 'onbekend'}). Er werd niets gewijzigd. Als dit opnieuw gebeurt, neem dan contact op met de dienst van de Voorzitter en vermeld deze code.`,
};

const de: RefusalCopy = {
  messages: {
    'request.invalid': 'Einige gesendete Angaben sind nicht gültig. Prüfen Sie die Felder und versuchen Sie es erneut.',
    'request.malformed': 'Die Anfrage konnte nicht gelesen werden. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
    'request.invalid_field': 'Eine gesendete Angabe verweist auf etwas, das nicht besteht. Prüfen Sie das angegebene Feld.',
    'plans.not_found': 'Das angeforderte Element besteht in Jalon nicht (mehr).',
    'plans.conflict': 'Die Änderung ist im aktuellen Stand des Plans nicht möglich. Laden Sie die Seite neu, um den Stand zu sehen.',
    'plans.forbidden': 'Ihre Rolle erlaubt Ihnen diese Änderung nicht.',
    'plan.stale_revision': 'Jemand hat diese Angaben inzwischen geändert. Laden Sie die Seite neu und nehmen Sie Ihre Änderung erneut vor.',
    'plan.outside_entity_scope': 'Dies betrifft eine andere Einheit als Ihre: Nur deren Verfasser oder der Dienst des Präsidenten können es ändern.',
    'person.self_administration': 'Niemand ändert seine eigenen Rollen oder Vertretungen: Dies muss eine andere Verwaltungsperson der Organisation tun.',
    'operational_plan.status_move_refused': 'Der operative Plan kann von seinem aktuellen Schritt nicht zu diesem Schritt übergehen.',
    'operational_plan.closed': 'Dieser operative Plan ist abgeschlossen (sein Jahr ist vorbei): Nehmen Sie die Änderung im Plan des laufenden Jahres vor.',
    'operational_plan.not_drafting': 'Dieser operative Plan ist nicht mehr in Ausarbeitung: Seine Ziele können hier nicht mehr geändert werden.',
    'operational_plan.not_in_force': 'Ergebnisse werden erfasst, sobald der Plan dem Minister übermittelt ist.',
    'strategic_plan.status_move_refused': 'Der strategische Plan kann von seinem aktuellen Schritt nicht zu diesem Schritt übergehen.',
    'strategic_plan.not_editable': 'Dieser strategische Plan ist kein Entwurf mehr: Er kann nicht mehr geändert werden.',
    'strategic_plan.not_signed': 'Ein Nachtrag wird nur einem unterzeichneten Plan hinzugefügt; ändern Sie andernfalls den Entwurf.',
    'strategic_plan.not_found': 'Dieser strategische Plan besteht in Ihrer Organisation nicht.',
    'strategic_plan.not_draft': 'Dieser strategische Plan ist kein Entwurf mehr: Sein Zyklus kann nicht mehr gestartet werden.',
    'strategic_plan.no_signing_authority': 'Keine Behörde unterzeichnet die Pläne Ihrer Organisation: Richten Sie zuerst den Minister ein.',
    'strategic_plan.lifecycle_not_running': 'Der Zyklus dieses strategischen Plans läuft nicht.',
    'strategic_plan.signature_refused': 'Die Unterschrift wurde nicht erfasst: Der Plan wartet nicht mehr auf diese Unterschrift, eine andere Fassung ist zu unterzeichnen, oder Sie unterzeichnen nicht für die Behörde dieses Plans.',
    'cycle.no_signed_plan': 'Kein unterzeichneter strategischer Plan deckt dieses Jahr ab: Der jährliche Zyklus kann nicht gestartet werden.',
    'cycle.no_minister': 'Keine Behörde unterzeichnet die Pläne Ihrer Organisation: Richten Sie zuerst den Minister ein.',
    'cycle.launch_refused': 'Der jährliche Zyklus konnte mit den aktuellen Angaben der Pläne nicht gestartet werden.',
    'cycle.budget_date_invalid': 'Dieses Datum der Abstimmung über den Haushalt ist für diesen Zyklus nicht plausibel: Prüfen Sie es.',
    'cycle.budget_adoption_refused': 'Das Datum der Verabschiedung des Haushalts kann in diesem Stadium des Zyklus nicht mehr erfasst werden.',
    'cycle.drafting_not_open': 'Die Ausarbeitung kann jetzt nicht abgeschlossen werden (sie ist bereits beendet, oder die Aufgaben werden noch versandt).',
    'cycle.problem_refused': 'Dieses Problem konnte in diesem Stadium des Zyklus nicht gemeldet werden.',
    'cycle.consultation_refused': 'Das Ergebnis dieser Konzertierung konnte nicht erfasst werden.',
    'cycle.project_refused': 'Diese Projektänderung konnte in diesem Stadium des Zyklus nicht erfasst werden.',
    'cycle.closed': 'Dieser jährliche Zyklus ist abgeschlossen (sein Jahr ist vorbei).',
    'cycle.ended': 'Dieser jährliche Zyklus wurde beendet; der Dienst des Präsidenten kann ihn neu starten.',
    'cycle.not_found': 'Für dieses Jahr ist kein Zyklus gestartet.',
    'cycle.unavailable': 'Die Zyklus-Engine (Temporal) kann diese Anfrage derzeit nicht bearbeiten oder hat nicht rechtzeitig geantwortet: Sie wurde möglicherweise nicht erfasst. Laden Sie die Seite in einer Minute neu; erscheint sie dort nicht, senden Sie sie erneut (eine zweimal gesendete Anfrage zählt einmal).',
    'cycle_schedule.not_set': 'Für Ihre Organisation ist kein jährliches Startdatum festgelegt.',
    'auth.sign_in_required': 'Melden Sie sich an, um fortzufahren.',
    'auth.unknown_person': 'Sie sind Jalon nicht bekannt: Bitten Sie den Dienst des Präsidenten Ihrer Organisation, Sie aufzunehmen.',
    'auth.role_required': 'Ihre Rolle erlaubt Ihnen dies nicht.',
    'link.role_ended': 'Diese Person hat die Rolle, für die der Link bestimmt war, nicht mehr inne.',
    'link.used': 'Mit diesem Link wurde bereits eine Entscheidung erfasst.',
    'link.superseded': 'Eine neuere Fassung des Plans wurde vorgelegt: Dieser Link ist ersetzt.',
  },
  unknown: (code) => `Die Anfrage wurde abgelehnt (Code ${code ?? 'unbekannt'}). Es wurde nichts geändert. Wenn dies erneut geschieht, wenden Sie sich unter Angabe dieses Codes an den Dienst des Präsidenten.`,
};

export const refusalCopy: Record<PageLanguage, RefusalCopy> = { fr, nl, de };

const isKnown = (code: string | undefined): code is RefusalCode => (refusalCodes as readonly string[]).includes(code ?? '');

/** The stable code of a refusal: the portal's own (HttpError details), or the plans service's. */
export function refusalCodeOfError(error: unknown): string | undefined {
  if (error instanceof HttpError) return typeof error.details.code === 'string' ? error.details.code : undefined;
  if (error instanceof PlansRefusal) return error.reason;
  return undefined;
}

/**
 * A failure a page shows next to the form that was sent: a refusal (4xx), or the cycles' engine not
 * taking the request now (503 `cycle.unavailable`), which the reader can send again later.
 */
export const shownNextToForm = (error: unknown): error is HttpError =>
  error instanceof HttpError && (error.statusCode < 500 || error.details.code === 'cycle.unavailable');

/** The message a page shows for a refusal (an error, or its code), in the reader's language. */
export function refusalMessage(refusal: unknown, language: PageLanguage): string {
  const code = typeof refusal === 'string' ? refusal : refusalCodeOfError(refusal);
  return isKnown(code) ? refusalCopy[language].messages[code] : refusalCopy[language].unknown(code);
}
