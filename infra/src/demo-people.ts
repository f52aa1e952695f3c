/**
 * The people of a local run (`npm start`), so that someone trying Jalon can sign in and see every
 * role's pages: fictional mailboxes on ibz.example, whose e-mails all land in the mail catcher.
 * Adding them is idempotent (an address already known is left as it is), and JALON_DEMO_PEOPLE=false
 * skips it.
 */
const people = [
  { name: 'Cellule Corporate (démo)', email: 'corporate@ibz.example', language: 'fr', roles: [{ role: 'president_office' }] },
  { name: 'Directeur DGSP (démo)', email: 'dgsp@ibz.example', language: 'fr', roles: [{ role: 'committee_member' }, { role: 'drafter', entityCode: 'DGSP' }] },
  { name: 'Directeur-generaal DVZ (demo)', email: 'dvz@ibz.example', language: 'nl', roles: [{ role: 'committee_member' }, { role: 'drafter', entityCode: 'OE' }] },
  { name: 'Kabinet Staatssecretaris (demo)', email: 'kabinet.staatssecretaris@ibz.example', language: 'nl', roles: [{ role: 'state_secretary_cell', authorityCode: 'state-secretary-asylum-migration' }] },
  { name: 'Cabinet de la Ministre (démo)', email: 'cabinet.ministre@ibz.example', language: 'fr', roles: [{ role: 'minister_cell', authorityCode: 'minister-interior' }] },
];

export async function addDemoPeople(plansUrl: string, organisationCode: string): Promise<string[]> {
  const added: string[] = [];
  for (const person of people) {
    const known = await fetch(`${plansUrl}/people/by-email/${encodeURIComponent(person.email)}`);
    if (known.ok) continue;
    const response = await fetch(`${plansUrl}/organisations/${organisationCode}/people`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-jalon-actor': 'npm-start' },
      body: JSON.stringify(person),
    });
    if (!response.ok) throw new Error(`adding the demo person ${person.email} failed: ${response.status} ${await response.text()}`);
    added.push(person.email);
  }
  return added;
}
