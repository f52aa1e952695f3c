import t from 'tap';
import { demoPeople } from '../src/demo-people.js';
import { realmDocument } from '../src/keycloak-server.js';

/** What Keycloak's default user profile refuses in a name ("person-name-prohibited-characters"). */
const PROHIBITED = /[<>&"$%!#?§;*~/\\,^(){}[\]|@:=]/;

t.test('the realm npm start imports: the demo people sign in without being asked to correct their profile', async (t) => {
  const realm = realmDocument({
    portalUrl: 'http://127.0.0.1:3000', clientId: 'jalon-portal', clientSecret: 'not-a-secret',
    people: demoPeople.map((p) => ({ name: p.name, email: p.email, language: p.language, password: 'Jalon-demo-password' })),
  });
  const users = realm.users as Array<{ email: string; firstName: string; lastName: string; emailVerified: boolean }>;
  t.equal(users.length, demoPeople.length, 'every demo person is a user of the realm');
  for (const user of users) {
    t.notMatch(`${user.firstName} ${user.lastName}`, PROHIBITED, `${user.email}: a name Keycloak accepts as it is`);
    t.ok(user.emailVerified, `${user.email}: a verified address, which Jalon matches the first time`);
  }
  const corporate = users.find((u) => u.email === 'corporate@ibz.example')!;
  t.same([corporate.firstName, corporate.lastName], ['Cellule', 'Corporate démo'], 'the name as written, less what Keycloak refuses');
  const client = (realm.clients as Array<{ clientId: string; redirectUris: string[] }>).find((c) => c.clientId === 'jalon-portal')!;
  t.same(client.redirectUris, ['http://127.0.0.1:3000/sign-in/callback'], 'the portal\'s callback, from its public address');
});
