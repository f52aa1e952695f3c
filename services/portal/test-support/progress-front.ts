import { createServer } from 'node:http';
import type { ProgressOverview } from '@jalon/contracts';

interface Teardown { teardown: (fn: () => unknown) => void }

const PROGRESS = /^\/operational-plans\/([0-9a-f-]{36})\/progress$/;

/**
 * TEMPORARY, until the plans service serves GET /operational-plans/:id/progress (issue 16, helper
 * "progress"): a server in front of the real plans service that answers that one route with the
 * overviews a test sets, and passes every other request to the plans service unchanged. The
 * portal's pages then read plans, entities and people from the real service, and progress from here.
 */
export function progressFront(t: Teardown) {
  const overviews = new Map<string, ProgressOverview>();
  let target = '';
  const server = createServer(async (request, response) => {
    const progress = request.method === 'GET' ? PROGRESS.exec(new URL(request.url ?? '/', 'http://front').pathname) : null;
    if (progress) {
      const overview = overviews.get(progress[1]!);
      response.writeHead(overview ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(overview ?? { message: 'no progress for this plan' }));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(Object.entries(request.headers).filter(([name, v]) => typeof v === 'string' && !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const answer = await fetch(`${target}${request.url}`, { method: request.method ?? 'GET', headers, ...(body ? { body } : {}) });
    // forEach rather than the iterator: another package's DOM typings give Headers no iterator type.
    const kept: Record<string, string> = {};
    answer.headers.forEach((value, name) => { if (!['content-encoding', 'transfer-encoding', 'content-length', 'connection'].includes(name)) kept[name] = value; });
    response.writeHead(answer.status, kept);
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  t.teardown(() => new Promise((resolve) => server.close(resolve)));
  return {
    overviews,
    /** for cycleWorld's plansFront: listens, and sends what it does not answer to the plans service */
    listen: (plansUrl: string) => new Promise<string>((resolve) => {
      target = plansUrl.replace(/\/$/, '');
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
      });
    }),
  };
}
