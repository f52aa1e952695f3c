import type { FastifyReply } from 'fastify';

/** "Résultats" → "resultats", "Budget (7.2)" → "budget-7-2": a file name every system keeps as it is. */
export const asciiName = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');

/** A download: its name said in the reader's language, ASCII only, so no browser mangles it. */
export function download(reply: FastifyReply, fileName: string, mediaType: string, body: string | Uint8Array) {
  return reply.header('content-type', mediaType).header('content-disposition', `attachment; filename="${fileName}"`).send(typeof body === 'string' ? body : Buffer.from(body));
}
