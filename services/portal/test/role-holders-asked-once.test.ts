import type { RoleHolder } from '@jalon/contracts';
import type { PlansClient } from '@jalon/plans-client';
import t from 'tap';
import { HttpPlansReader } from '../src/plans-reader.js';

/** A plans client that answers role-holder questions when told to, and counts them. */
function slowPlans() {
  const asked: string[] = [];
  const pending: Array<() => void> = [];
  let holders: RoleHolder[] = [{ personId: 'p-drafter', name: 'Ann', email: 'ann@example.be', language: 'fr', role: 'drafter', entityCode: 'DGSP' } as RoleHolder];
  const client = {
    roleHolders: (org: string, query: { role: string; on: string }) => {
      asked.push(`${org} ${query.role} ${query.on}`);
      const answer = holders;
      return new Promise<RoleHolder[]>((resolve) => pending.push(() => resolve(answer)));
    },
  } as unknown as PlansClient;
  return { client, asked, answerAll: () => pending.splice(0).forEach((answer) => answer()), removeEveryone: () => { holders = []; } };
}

t.test('link checks made at the same moment share one question to the plans service; a later check asks again', async (t) => {
  const plans = slowPlans();
  const reader = new HttpPlansReader(plans.client);
  const together = [1, 2, 3, 4].map(() => reader.roleHolders('spf-interieur', 'drafter', '2027-01-04'));
  const otherDay = reader.roleHolders('spf-interieur', 'drafter', '2027-01-05');
  t.same(plans.asked, ['spf-interieur drafter 2027-01-04', 'spf-interieur drafter 2027-01-05'], 'four checks at once: one question; another day: its own');
  plans.answerAll();
  const answers = await Promise.all(together);
  t.ok(answers.every((a) => a?.[0]?.personId === 'p-drafter'), 'each check has the answer');
  await otherDay;

  // The role is taken away at the plans service: the next check is not answered from the last one.
  plans.removeEveryone();
  const later = reader.roleHolders('spf-interieur', 'drafter', '2027-01-04');
  t.equal(plans.asked.length, 3, 'a check after the answer asks again');
  plans.answerAll();
  t.same(await later, [], 'and sees the role removed');
});
