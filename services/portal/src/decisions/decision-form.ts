import type { Language, LinkItem } from '@jalon/contracts';
import { lacksChangeComment } from '@jalon/domain';
import type { ItemDecision } from '@jalon/workflows';
import { z } from 'zod';
import { copy, pick } from '../ui/catalogue.js';
import { concernedCopy, tickedFor } from './concerned-objectives.js';
import { commentField, MAX_COMMENT, outcomeField, type FormState } from './decision-page.js';

export type ParsedForm = { ok: true; decisions: ItemDecision[] } | { ok: false; state: FormState };

/** Line endings as browsers send them (CRLF) become plain newlines; blank means no comment. */
const normalise = (text: string | undefined) => text?.replace(/\r\n?/g, '\n').trim() ?? '';

/**
 * Reads the decision form for the items still open. The messages name the item in the reader's
 * language. Fields the form does not have (a person id, say) are ignored: who decides comes from the
 * link, never from the form. `scope` lists the objectives a comment may name (the frozen version's,
 * for a whole-plan review); naming any other refuses the whole form.
 */
export function parseDecisionForm(
  body: Record<string, string>, items: LinkItem[], language: Language, mode: 'review' | 'task' = 'review', scope: readonly string[] = [],
): ParsedForm {
  const t = copy[language];
  const outside = (codes: string[]) => codes.filter((c) => !scope.includes(c));
  const schema = z.object(Object.fromEntries(items.map((item) => {
    const title = pick(item.title, language);
    return [item.key, z.object({
      // A task is confirmed done; there is nothing to send back.
      outcome: mode === 'task' ? z.enum(['approve'], { error: t.task.chooseDone(title) }) : z.enum(['approve', 'request_changes'], { error: t.chooseOutcome(title) }),
      comment: z.string().max(MAX_COMMENT, { error: t.commentTooLong(title, MAX_COMMENT) }),
      concerned: z.array(z.string()).refine((codes) => mode === 'review' && outside(codes).length === 0 || codes.length === 0, {
        error: (issue) => concernedCopy[language].outsideScope(outside(issue.input as string[]).join(', ')),
      }),
    }).superRefine((value, ctx) => {
      if (lacksChangeComment(value)) {
        ctx.addIssue({ code: 'custom', path: ['comment'], message: t.commentRequired(title) });
      }
    })];
  })));

  const values = Object.fromEntries(items.map((item) => [item.key, {
    outcome: body[outcomeField(item.key)],
    comment: normalise(body[commentField(item.key)]),
    concerned: tickedFor(body, item.key),
  }]));
  const result = schema.safeParse(values);
  if (result.success) {
    return {
      ok: true,
      decisions: items.map((item) => {
        const { outcome, comment, concerned } = result.data[item.key] as { outcome: ItemDecision['outcome']; comment: string; concerned: string[] };
        const decision: ItemDecision = comment ? { item: item.key, outcome, comment } : { item: item.key, outcome };
        return concerned.length > 0 ? { ...decision, objectives: concerned } : decision;
      }),
    };
  }
  const errors = result.error.issues.map((issue) => ({
    itemKey: String(issue.path[0]),
    field: issue.path[1] === 'comment' || issue.path[1] === 'concerned' ? issue.path[1] as 'comment' | 'concerned' : 'outcome' as const,
    message: issue.message,
  }));
  return { ok: false, state: { values, errors } };
}
