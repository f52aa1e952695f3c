import { createServer, type Server } from 'node:http';
import type { FastifyInstance, FastifyListenOptions } from 'fastify';

/**
 * Node's `reusePort` (SO_REUSEPORT, Node 22.12 and 23.1 on): several portal processes listen on one
 * port and the kernel spreads the connections among them. Fastify hands its listen options to Node's
 * `server.listen` as they are, but its types do not name this one yet.
 */
export function listenOptions(port: number, host: string, reusePort: boolean): FastifyListenOptions {
  const options: FastifyListenOptions & { reusePort?: boolean } = { port, host };
  if (reusePort) options.reusePort = true;
  return options;
}

/**
 * /health of this process alone, on a port of its own: on a shared port the kernel picks the portal
 * that answers, so a supervisor (or an operator) could not tell which one is unwell. It asks the
 * pages' own /health (the same checks: database, Temporal) through Fastify's inject, no second app.
 */
export async function listenProcessHealth(pages: FastifyInstance, port: number, host: string): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/health') {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"code":"not_found"}');
      return;
    }
    pages.inject({ method: 'GET', url: '/health' }).then((answer) => {
      response.writeHead(answer.statusCode, { 'content-type': 'application/json', 'x-jalon-process': String(process.pid) }).end(answer.body);
    }, () => { response.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"unavailable"}'); });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host }, () => resolve());
  });
  return server;
}
