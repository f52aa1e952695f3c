import type { LocalizedText } from '@jalon/contracts';
import type { PageLanguage } from '../../ui/page-language.js';

export interface PlanViewOptions {
  /** where the plan's versions live; the comparison form sends GET `${basePath}/compare?from=&to=` */
  basePath: string;
  /** the language the plan's own texts are written in (French in the reference data); null when unknown */
  textLanguage?: PageLanguage | null;
  /** names of the supervising authorities by code, shown instead of the code in "reviewed by" */
  authorityNames?: Record<string, LocalizedText>;
}

export const DEFAULT_TEXT_LANGUAGE: PageLanguage = 'fr';
