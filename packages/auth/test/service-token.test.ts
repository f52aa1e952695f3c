import { SignJWT, importJWK, type JWK } from 'jose';
import t from 'tap';
import { generateServiceKey, publicJwkOf, ServiceTokenSigner, ServiceTokenVerifier } from '../src/index.js';

t.test('a token names its service, its audience and the person it acts for', async (t) => {
  const worker = await generateServiceKey('worker');
  const token = await new ServiceTokenSigner(worker).sign('plans', 'person-1');
  const plans = new ServiceTokenVerifier('plans', { worker: [publicJwkOf(worker)] });
  t.same(await plans.verify(token), { service: 'worker', actingFor: 'person-1' });
  t.same(await plans.verify(await new ServiceTokenSigner(worker).sign('plans')), { service: 'worker', actingFor: null });
});

t.test('a token meant for another service, or signed by a key not trusted for its issuer, is refused', async (t) => {
  const worker = await generateServiceKey('worker');
  const portal = await generateServiceKey('portal');
  const trusted = { worker: [publicJwkOf(worker)], portal: [publicJwkOf(portal)] };
  const plans = new ServiceTokenVerifier('plans', trusted);
  await t.rejects(plans.verify(await new ServiceTokenSigner(worker).sign('notifications')), /aud/);
  // The portal's key cannot vouch for the worker: the claimed issuer picks the key set.
  const forged = await new SignJWT({}).setProtectedHeader({ alg: 'EdDSA', kid: portal.jwk.kid }).setIssuer('worker').setSubject('worker')
    .setAudience('plans').setIssuedAt().setExpirationTime('60s').sign(await importJWK(portal.jwk as JWK, 'EdDSA'));
  await t.rejects(plans.verify(forged));
  const unknownService = new ServiceTokenVerifier('plans', { portal: [publicJwkOf(portal)] });
  await t.rejects(unknownService.verify(await new ServiceTokenSigner(worker).sign('plans')), /no key is trusted/);
});

t.test('tokens live five minutes at most', async (t) => {
  const worker = await generateServiceKey('worker');
  t.throws(() => new ServiceTokenSigner(worker, 600), /at most 300/);
  const key = await importJWK(worker.jwk as JWK, 'EdDSA');
  const plans = new ServiceTokenVerifier('plans', { worker: [publicJwkOf(worker)] });
  const longLived = await new SignJWT({}).setProtectedHeader({ alg: 'EdDSA', kid: worker.jwk.kid }).setIssuer('worker').setSubject('worker')
    .setAudience('plans').setIssuedAt().setExpirationTime('1h').sign(key);
  await t.rejects(plans.verify(longLived), /300 seconds/);
  const expired = await new SignJWT({}).setProtectedHeader({ alg: 'EdDSA', kid: worker.jwk.kid }).setIssuer('worker').setSubject('worker')
    .setAudience('plans').setIssuedAt(Math.floor(Date.now() / 1000) - 400).setExpirationTime(Math.floor(Date.now() / 1000) - 100).sign(key);
  await t.rejects(plans.verify(expired), /exp/);
});

t.test('a key is rotated without downtime: both keys are trusted while the new one rolls out', async (t) => {
  const old = await generateServiceKey('worker');
  const next = await generateServiceKey('worker');
  const before = new ServiceTokenVerifier('plans', { worker: [publicJwkOf(old)] });
  const during = new ServiceTokenVerifier('plans', { worker: [publicJwkOf(old), publicJwkOf(next)] });
  const after = new ServiceTokenVerifier('plans', { worker: [publicJwkOf(next)] });
  const signedOld = await new ServiceTokenSigner(old).sign('plans');
  const signedNext = await new ServiceTokenSigner(next).sign('plans');
  t.ok(await before.verify(signedOld));
  await t.rejects(before.verify(signedNext), 'a new key is refused before it is trusted');
  t.ok(await during.verify(signedOld), 'workers still on the old key keep working');
  t.ok(await during.verify(signedNext), 'workers on the new key already work');
  t.ok(await after.verify(signedNext));
  await t.rejects(after.verify(signedOld), 'the retired key is refused once removed');
});

t.test('a signer reuses a token for the same service and person while more than half its life is left', async (t) => {
  const worker = await generateServiceKey('worker');
  const signer = new ServiceTokenSigner(worker, 2);
  const first = await signer.sign('plans', 'person-1');
  t.equal(await signer.sign('plans', 'person-1'), first, 'the same call again: the same token');
  t.not(await signer.sign('plans', 'person-2'), first, 'for another person: another token');
  t.not(await signer.sign('notifications', 'person-1'), first, 'for another service: another token');
  t.not(await signer.sign('plans'), first, 'for no person: another token');
  await new Promise((r) => setTimeout(r, 1_100));
  t.not(await signer.sign('plans', 'person-1'), first, 'past half its life: a fresh token');
});

t.test('a token verified once is accepted again as it is, never an altered copy of it', async (t) => {
  const worker = await generateServiceKey('worker');
  const portal = await generateServiceKey('portal');
  const plans = new ServiceTokenVerifier('plans', { worker: [publicJwkOf(worker)] });
  const token = await new ServiceTokenSigner(worker).sign('plans', 'person-1');
  t.same(await plans.verify(token), { service: 'worker', actingFor: 'person-1' });
  t.same(await plans.verify(token), { service: 'worker', actingFor: 'person-1' }, 'again');
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const otherPerson = Buffer.from(JSON.stringify({ ...claims, act_for: 'person-2' })).toString('base64url');
  await t.rejects(plans.verify(`${header}.${otherPerson}.${signature}`), 'the payload changed under the same signature');
  await t.rejects(plans.verify(`${header}.${payload}.${signature.slice(0, -4)}AAAA`), 'the signature changed');
  const elsewhere = new ServiceTokenVerifier('plans', { portal: [publicJwkOf(portal)] });
  await t.rejects(elsewhere.verify(token), 'a verifier that does not trust the key refuses it, whoever accepted it before');
});
