import type { PlansReader } from '../plans-reader.js';
import type { PageLanguage, PageText } from '../ui/page-language.js';

/** What the pages show for someone whose name they cannot show. */
const unnamed: Record<'system' | 'unknown', PageText> = {
  // a service acting on its own (the workflows' worker, the reference loader): no person to name
  system: { fr: 'Jalon (traitement automatique)', nl: 'Jalon (automatische verwerking)', de: 'Jalon (automatische Verarbeitung)' },
  // an identifier the plans service no longer knows: still never shown as such
  unknown: { fr: 'personne inconnue de Jalon', nl: 'persoon onbekend in Jalon', de: 'in Jalon unbekannte Person' },
};

const PERSON_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** a service's own name, as the plans service records a service acting for nobody ("worker", "reference-loader") */
const SERVICE_NAME = /^[a-z][a-z0-9-]*$/;

/** How the pages name who did something: the plans data records a person's id (or "id (via service)"), or a service's name. */
export type NameOf = (actor: string | null | undefined) => string;

/** The name for a recorded actor, from names already looked up: a person's name, never an id. */
export function actorName(names: ReadonlyMap<string, string>, language: PageLanguage): NameOf {
  return (actor) => {
    if (!actor) return '';
    const id = PERSON_ID.exec(actor)?.[0];
    if (id) return names.get(id.toLowerCase()) ?? unnamed.unknown[language];
    return SERVICE_NAME.test(actor) ? unnamed.system[language] : actor;
  };
}

/**
 * Looks up the people behind the actors a page shows, each once (a page names the same drafter
 * on many rows), in parallel; a person the plans service does not know stays unnamed.
 */
export async function peopleNames(plans: PlansReader, actors: Iterable<string | null | undefined>, language: PageLanguage): Promise<NameOf> {
  const ids = new Set<string>();
  for (const actor of actors) {
    const id = actor ? PERSON_ID.exec(actor)?.[0] : undefined;
    if (id) ids.add(id.toLowerCase());
  }
  const names = new Map<string, string>();
  await Promise.all([...ids].map(async (id) => {
    const person = await plans.person(id).catch(() => undefined);
    if (person) names.set(id, person.name);
  }));
  return actorName(names, language);
}
