/** What signing needs of the plans API, called as the worker (the workflows alone sign): the Fastify `inject` of a test, or HTTP for a benchmark. */
export type PlansCall = (method: 'GET' | 'POST', url: string, payload?: object) => Promise<{ status: number; body: string }>;

/** Takes a draft strategic plan to signed through the plans API, as the lifecycle workflow would; says which version was signed. */
export async function signStrategicPlan(call: PlansCall, planId: string): Promise<{ number: number; sha256: string }> {
  const frozen = await call('POST', `/strategic-plans/${planId}/versions`);
  if (frozen.status >= 300) throw new Error(`freezing the plan's version: ${frozen.body}`);
  const signedVersion = JSON.parse(frozen.body) as { number: number; sha256: string };
  const version = signedVersion.number;
  for (const status of ['in_committee', 'awaiting_signature', 'signed'] as const) {
    const read = await call('GET', `/strategic-plans/${planId}`);
    if (read.status !== 200) throw new Error(`reading the plan before ${status}: ${read.status} ${read.body}`);
    const revision = (JSON.parse(read.body) as { revision: number }).revision;
    const res = await call('POST', `/strategic-plans/${planId}/status`, {
      expectedRevision: revision, status,
      ...(status === 'signed' ? { signature: { signedBy: 'Annelies Verlinden', signedAt: '2022-03-15T10:00:00+01:00', version } } : {}),
    });
    if (res.status !== 200) throw new Error(`signing the plan (${status}): ${res.body}`);
  }
  return { number: version, sha256: signedVersion.sha256 };
}
