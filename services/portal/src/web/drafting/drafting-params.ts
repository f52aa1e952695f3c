import { z } from 'zod';
import { draftingCopy } from './drafting-catalogue.js';
import { pageText } from '../../ui/page-language.js';

/** An entity's drafting pages are addressed by the plan's year and the entity's code. */
export const entityParams = z.object({ year: z.coerce.number().int().min(2000).max(2100), entity: z.string().trim().min(1).max(40) });

/** What a person without the entity's drafter role may not do, said on the refusal page. */
export const draftingWhat = pageText((l) => draftingCopy[l].drafting.forbiddenEntity);
