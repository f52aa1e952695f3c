import { PersonTokenVerifier } from '@jalon/auth';
import { parseEnv } from '@jalon/service-kit';
import { testKeyring } from '@jalon/testkit';
import t from 'tap';
import { plansAuthFrom, plansConfigSchema } from '../src/config.js';

t.test('the service reads its key and the keys it trusts; people\'s tokens only with an identity provider', async (t) => {
  const keyring = await testKeyring();
  const env = { DATABASE_URL: 'postgres://x', ...keyring.env('plans') };
  const services = plansAuthFrom(parseEnv(plansConfigSchema, env));
  t.ok(services.services, 'service tokens are checked');
  t.equal(services.people, undefined, 'without OIDC_ISSUER, no person calls it directly');

  const withProvider = plansAuthFrom(parseEnv(plansConfigSchema, { ...env, OIDC_ISSUER: 'https://login.ibz.example/realms/ibz', OIDC_AUDIENCE: '' }));
  t.ok(withProvider.people instanceof PersonTokenVerifier, 'with OIDC_ISSUER, people\'s access tokens are checked against it');
  t.equal(parseEnv(plansConfigSchema, { ...env, OIDC_AUDIENCE: '' }).OIDC_AUDIENCE, 'jalon', 'the audience defaults to jalon');

  t.throws(() => parseEnv(plansConfigSchema, { DATABASE_URL: 'postgres://x' }), /JALON_SERVICE_KEY/, 'no key: the service does not start');
  t.throws(() => plansAuthFrom(parseEnv(plansConfigSchema, { ...env, ...keyring.env('worker') })), /key of the worker service/, 'nor with another service\'s key');
});
