import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { clientDataConverter, temporalEnvSchema, temporalSettings, workerDataConverter } from '@jalon/temporal-connection';
import { runTestWorker, testEnv, testPayloadEnv, testPayloadKeyring, uniqueSuffix } from '@jalon/testkit';
import { createTestWorker } from '@jalon/worker/test-support/test-worker';
import { completeProbe, probeStatus, probeWorkflow } from '@jalon/workflows';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import t from 'tap';

/*
 * TLS and mutual TLS on every Temporal connection, for real: a CA, a server certificate and a client
 * certificate made with openssl, and Temporal behind a TLS endpoint that asks for the client's
 * certificate. The Temporal CLI's dev server cannot serve TLS itself (`temporal server start-dev` has
 * no TLS flag), so the endpoint is a TLS terminator in front of it, as a load balancer in front of a
 * cluster's frontend would be; what is tested is Jalon's side: the worker's native connection and a
 * client, configured by the variables the services read.
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'jalon-tls-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => path.join(dir, name);
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
const SERVER_NAME = 'temporal.jalon.test';

function authority(name: string) {
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1',
    '-keyout', file(`${name}.key`), '-out', file(`${name}.pem`), '-subj', `/CN=${name}`,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
}
function certificate(name: string, ca: string, extensions: string) {
  writeFileSync(file(`${name}.ext`), extensions);
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', file(`${name}.key`), '-out', file(`${name}.csr`), '-subj', `/CN=${name}`);
  openssl('x509', '-req', '-in', file(`${name}.csr`), '-CA', file(`${ca}.pem`), '-CAkey', file(`${ca}.key`), '-CAcreateserial', '-days', '1',
    '-out', file(`${name}.pem`), '-extfile', file(`${name}.ext`));
}
authority('jalon-test-ca');
authority('stranger-ca');
certificate('server', 'jalon-test-ca', `subjectAltName=DNS:${SERVER_NAME}\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n`);
certificate('worker', 'jalon-test-ca', 'extendedKeyUsage=clientAuth\nbasicConstraints=CA:FALSE\n');
certificate('stranger', 'stranger-ca', 'extendedKeyUsage=clientAuth\nbasicConstraints=CA:FALSE\n');

/** The TLS endpoint: mutual TLS with the test CA, HTTP/2 (gRPC), passed on to the test's Temporal server. */
const [upstreamHost, upstreamPort] = testEnv().TEMPORAL_ADDRESS.split(':') as [string, string];
const accepted: string[] = [];
const refused: string[] = [];
const endpoint = tls.createServer({
  key: readFileSync(file('server.key')), cert: readFileSync(file('server.pem')), ca: readFileSync(file('jalon-test-ca.pem')),
  requestCert: true, rejectUnauthorized: true, ALPNProtocols: ['h2'],
}, (socket) => {
  accepted.push(String(socket.getPeerCertificate().subject.CN));
  const upstream = net.connect(Number(upstreamPort), upstreamHost);
  socket.pipe(upstream).pipe(socket);
  socket.on('error', () => upstream.destroy());
  upstream.on('error', () => socket.destroy());
});
endpoint.on('tlsClientError', (error) => refused.push(error.message));
await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
t.teardown(() => new Promise((resolve) => endpoint.close(resolve)));
const address = `127.0.0.1:${(endpoint.address() as net.AddressInfo).port}`;

/** The settings a service reads from these variables (and the test payload key). */
const settings = (env: Record<string, string>) => temporalSettings(temporalEnvSchema.parse({ ...testPayloadEnv(), TEMPORAL_ADDRESS: address, ...env }));
const pem = (name: string) => readFileSync(file(name), 'utf8');
// The CA and the key as files, the certificate as PEM text: both forms are read.
const mutual = { TEMPORAL_TLS_CA: file('jalon-test-ca.pem'), TEMPORAL_TLS_CERT: pem('worker.pem'), TEMPORAL_TLS_KEY: file('worker.key'), TEMPORAL_TLS_SERVER_NAME: SERVER_NAME };

t.test('with the CA, its certificate and the server name, the worker and a client work over mutual TLS', async (t) => {
  const { connection: options, namespace } = settings(mutual);
  const workerConnection = await NativeConnection.connect(options);
  const taskQueue = `tls-${uniqueSuffix()}`;
  const target = { connection: workerConnection, namespace, taskQueue, dataConverter: workerDataConverter(testPayloadKeyring()) };
  await runTestWorker(t, await createTestWorker(target), workerConnection);

  const connection = await Connection.connect(options);
  t.teardown(() => connection.close());
  const client = new Client({ connection, namespace, dataConverter: clientDataConverter(testPayloadKeyring()) });
  const handle = await client.workflow.start(probeWorkflow, { taskQueue, workflowId: `tls-probe-${uniqueSuffix()}` });
  t.equal(await handle.query(probeStatus), 'waiting', 'the worker answers a query sent by the client: both went through TLS');
  t.equal(await handle.executeUpdate(completeProbe, { args: ['over mutual TLS'] }), 'over mutual TLS');
  t.equal(await handle.result(), 'over mutual TLS');
  t.ok(accepted.length >= 2 && accepted.every((cn) => cn === 'worker'), `every connection presented the worker's certificate (${accepted.length})`);
});

t.test('without the CA, with a stranger\'s certificate, without one, without the server name or without TLS: no connection', async (t) => {
  const attempts: Array<[string, Record<string, string>]> = [
    ['without the CA (system roots only)', { ...mutual, TEMPORAL_TLS_CA: '' }],
    ['with a certificate from another CA', { ...mutual, TEMPORAL_TLS_CERT: file('stranger.pem'), TEMPORAL_TLS_KEY: file('stranger.key') }],
    ['without a client certificate', { TEMPORAL_TLS_CA: mutual.TEMPORAL_TLS_CA, TEMPORAL_TLS_SERVER_NAME: SERVER_NAME }],
    ['without the server name (the certificate does not name 127.0.0.1)', { ...mutual, TEMPORAL_TLS_SERVER_NAME: '' }],
    ['without TLS', {}],
  ];
  const before = accepted.length;
  for (const [what, variables] of attempts) {
    // An empty variable is unset, as the services read their environment.
    const env = Object.fromEntries(Object.entries(variables).filter(([, v]) => v !== ''));
    const options = settings({ ...env, ...(Object.keys(env).length > 0 ? { TEMPORAL_TLS: 'true' } : {}) }).connection;
    await t.rejects(NativeConnection.connect(options), `the worker: ${what}`);
    await t.rejects(Connection.connect({ ...options, connectTimeout: '3s' }), `a client: ${what}`);
  }
  t.equal(accepted.length, before, 'none of them got through to Temporal');
  t.ok(refused.length > 0, `the endpoint refused handshakes (${[...new Set(refused)].join('; ').slice(0, 300)})`);
});
