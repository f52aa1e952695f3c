import type { LocalizedText } from '@jalon/contracts';
import { dataTextHtml, type DataText } from '../../ui/data-text.js';
import type { Html } from '../../ui/html.js';
import type { PageLanguage } from '../../ui/page-language.js';
import type { NameOf } from '../people-names.js';

export interface PlanViewOptions {
  /** where the plan's versions live; the comparison form sends GET `${basePath}/compare?from=&to=` */
  basePath: string;
  /** the language the plan's own texts are written in (French in the reference data); null when unknown */
  textLanguage?: PageLanguage | null;
  /** names of the supervising authorities by code, shown instead of the code in "reviewed by" */
  authorityNames?: Record<string, LocalizedText>;
  /** the organisation's entities' names by code, shown instead of the code as owners of objectives and projects */
  entityNames?: Record<string, DataText>;
  /** people's names for the ids the plan records (signer, who froze a version, who asked for a project); ids are never shown */
  nameOf?: NameOf;
}

export const DEFAULT_TEXT_LANGUAGE: PageLanguage = 'fr';

/** An entity by its name in the reader's language; a code the organisation no longer has is shown as it is rather than not at all. */
export function entityNameHtml(code: string, options: Pick<PlanViewOptions, 'entityNames'>, language: PageLanguage): Html | string {
  const name = options.entityNames?.[code];
  return name ? dataTextHtml(name, language) : code;
}
