import { defaultPayloadConverter, ApplicationFailure } from '@temporalio/common';
import { encodeErrorToFailure, decodeFailure } from '@temporalio/common/lib/internal-non-workflow/codec-helpers.js';
import t from 'tap';
import {
  clientDataConverter, EncryptionCodec, generatePayloadKey, payloadKeyring, payloadKeysSchema, PayloadDecryptionError, temporalEnvSchema, temporalSettings,
} from '../src/index.js';

const keysOf = (keys: Record<string, string>) => payloadKeysSchema.parse(keys);
const [oldKey, newKey] = [generatePayloadKey(), generatePayloadKey()];
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? new Uint8Array()).toString('utf8');
const person = { name: 'Amélie Vandenbroucke', email: 'amelie.vandenbroucke@ibz.example', comment: 'Objectif 21 : préciser les délais.' };

t.test('every payload is encrypted under the current key, which its metadata names', async (t) => {
  const codec = new EncryptionCodec(payloadKeyring(keysOf({ 'key-2026': oldKey }), undefined));
  const clear = defaultPayloadConverter.toPayload(person)!;
  const [sealed] = await codec.encode([clear]);
  t.equal(text(sealed!.metadata!.encoding), 'binary/encrypted');
  t.equal(text(sealed!.metadata!['encryption-key-id']), 'key-2026');
  t.same(Object.keys(sealed!.metadata!).sort(), ['encoding', 'encryption-key-id'], 'the value\'s own encoding is hidden too');
  for (const value of Object.values(person)) t.notOk(Buffer.from(sealed!.data!).includes(value), `"${value}" is not in the encrypted bytes`);
  const [again] = await codec.encode([clear]);
  t.not(Buffer.from(again!.data!).toString('base64'), Buffer.from(sealed!.data!).toString('base64'), 'a fresh nonce each time: equal values do not look equal');
  const [opened] = await codec.decode([sealed!]);
  t.same(defaultPayloadConverter.fromPayload(opened!), person, 'it decrypts to the same value');
});

t.test('keys rotate: payloads of the retired key still decrypt; an unknown or altered one is refused', async (t) => {
  const before = new EncryptionCodec(payloadKeyring(keysOf({ 'key-2026': oldKey }), 'key-2026'));
  const [sealedBefore] = await before.encode([defaultPayloadConverter.toPayload(person)!]);
  const after = new EncryptionCodec(payloadKeyring(keysOf({ 'key-2026': oldKey, 'key-2027': newKey }), 'key-2027'));
  const [sealedAfter] = await after.encode([defaultPayloadConverter.toPayload('new')!]);
  t.equal(text(sealedAfter!.metadata!['encryption-key-id']), 'key-2027', 'new payloads take the new key');
  const decoded = await after.decode([sealedBefore!, sealedAfter!]);
  t.same(decoded.map((p) => defaultPayloadConverter.fromPayload(p)), [person, 'new'], 'old and new payloads both decrypt');

  const retired = new EncryptionCodec(payloadKeyring(keysOf({ 'key-2027': newKey }), undefined));
  await t.rejects(retired.decode([sealedBefore!]), PayloadDecryptionError, 'a key removed too early: refused, naming the key id');
  await t.rejects(retired.decode([sealedBefore!]), /No payload key key-2026/);
  const altered = { ...sealedAfter!, data: Buffer.from(sealedAfter!.data!).map((b, i) => (i === 20 ? b ^ 1 : b)) };
  await t.rejects(after.decode([altered]), /does not decrypt: it was altered/, 'one flipped bit is detected');
  const relabelled = { ...sealedBefore!, metadata: { ...sealedBefore!.metadata, 'encryption-key-id': Buffer.from('key-2027') } };
  await t.rejects(after.decode([relabelled]), /does not decrypt/, 'a payload passed off under another key id is refused');
});

t.test('payloads written before encryption decode as they are', async (t) => {
  const codec = new EncryptionCodec(payloadKeyring(keysOf({ k: oldKey }), undefined));
  const plain = defaultPayloadConverter.toPayload({ recordedBefore: true })!;
  const [decoded] = await codec.decode([plain]);
  t.same(defaultPayloadConverter.fromPayload(decoded!), { recordedBefore: true });
});

t.test('failure messages and stack traces are encrypted too', async (t) => {
  const converter = clientDataConverter(payloadKeyring(keysOf({ k: oldKey }), undefined));
  const failure = await encodeErrorToFailure(converter, ApplicationFailure.nonRetryable(`${person.name} <${person.email}> may not decide`));
  const raw = JSON.stringify(failure, (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('utf8') : value));
  t.notMatch(raw, /Vandenbroucke/, 'the name is nowhere in the failure as stored');
  t.equal(failure.message, 'Encoded failure', 'Temporal\'s placeholder takes the message\'s place');
  const decoded = await decodeFailure(converter.payloadCodecs, failure);
  const error = converter.failureConverter.failureToError(decoded, converter.payloadConverter);
  t.match(error.message, /Amélie Vandenbroucke <amelie\.vandenbroucke@ibz\.example> may not decide/, 'a client with the key reads it');
});

t.test('the configuration: keys, the current key id, TLS and the API key', async (t) => {
  const base = { JALON_PAYLOAD_KEYS: JSON.stringify({ a: oldKey, b: newKey }) };
  const settings = (env: Record<string, string>) => temporalSettings(temporalEnvSchema.parse(env));
  t.throws(() => temporalEnvSchema.parse({}), /JALON_PAYLOAD_KEYS/, 'no key: refused');
  t.throws(() => temporalEnvSchema.parse({ JALON_PAYLOAD_KEYS: '{"a":"c2hvcnQ="}' }), /32 random bytes/, 'a short key: refused');
  t.throws(() => settings(base), /JALON_PAYLOAD_KEY_ID: required when JALON_PAYLOAD_KEYS holds several keys/);
  t.throws(() => settings({ ...base, JALON_PAYLOAD_KEY_ID: 'c' }), /names no key/);
  t.equal(settings({ ...base, JALON_PAYLOAD_KEY_ID: 'b' }).keyring.currentKeyId, 'b');
  const one = { ...base, JALON_PAYLOAD_KEY_ID: 'a' };
  t.same(settings(one).connection, { address: '127.0.0.1:7233' }, 'no TLS variable: a plain connection (the local dev server)');
  t.same(settings({ ...one, TEMPORAL_API_KEY: 'k' }).connection, { address: '127.0.0.1:7233', tls: true, apiKey: 'k' }, 'an API key brings TLS');
  t.throws(() => settings({ ...one, TEMPORAL_API_KEY: 'k', TEMPORAL_TLS: 'false' }), /TEMPORAL_TLS=false: not possible/, 'an API key is never sent in clear');
  const pem = '-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n';
  t.throws(() => settings({ ...one, TEMPORAL_TLS_CERT: pem }), /TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY: set both/);
  t.throws(() => temporalEnvSchema.parse({ ...one, TEMPORAL_TLS_CA: '/nowhere/ca.pem' }), /cannot read the PEM file it names \(ENOENT\)/);
  const tls = settings({ ...one, TEMPORAL_TLS_CA: pem, TEMPORAL_TLS_SERVER_NAME: 'temporal.ibz.example' }).connection.tls;
  t.match(tls, { serverNameOverride: 'temporal.ibz.example' });
  t.match(Buffer.from((tls as { serverRootCACertificate: Uint8Array }).serverRootCACertificate).toString(), /^-----BEGIN CERTIFICATE-----\nMIIB\n/, 'PEM text with \\n escapes, as one-line variables carry it');
});
