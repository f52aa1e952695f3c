import { generateServiceKey, publicJwkOf, ServiceTokenSigner } from '@jalon/auth';
import { testKeyring } from '@jalon/testkit';
import t from 'tap';
import { plansApp } from '../test-support/plans-app.js';

const bearer = async (signer: ServiceTokenSigner) => ({ authorization: `Bearer ${await signer.sign('plans')}` });

t.test('a worker key is rotated without downtime: while both are trusted, both are accepted; then only the new one', async (t) => {
  const [old, fresh, stranger] = await Promise.all([generateServiceKey('worker'), generateServiceKey('worker'), generateServiceKey('worker')]);
  const { trusted } = await testKeyring();
  const during = await plansApp(t, { loadReference: false, trusted: { ...trusted, worker: [publicJwkOf(old), publicJwkOf(fresh)] } });
  const after = await plansApp(t, { loadReference: false, trusted: { ...trusted, worker: [publicJwkOf(fresh)] } });

  const call = async (app: typeof during.app, signer: ServiceTokenSigner) => (await app.inject({ url: '/organisations', headers: await bearer(signer) })).statusCode;
  t.equal(await call(during.app, new ServiceTokenSigner(old)), 200, 'during the rotation: a token of the old key');
  t.equal(await call(during.app, new ServiceTokenSigner(fresh)), 200, 'and of the new one');
  t.equal(await call(during.app, new ServiceTokenSigner(stranger)), 401, 'a key nobody listed: 401');
  t.equal(await call(after.app, new ServiceTokenSigner(old)), 401, 'once the old key is removed, its tokens are refused');
  t.equal(await call(after.app, new ServiceTokenSigner(fresh)), 200, 'the new one goes on');
});
