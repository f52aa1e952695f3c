import Fastify, { type FastifyInstance } from 'fastify';
import type { MailCatcher } from './mail-catcher.js';

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}
a{color:#0b4f9c}a:focus{outline:3px solid #f2a900}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}
iframe{width:100%;height:28rem;border:1px solid #ccc}.muted{color:#555}
</style></head><body>${body}</body></html>`;

/** What the empty list says: where e-mails come from, and the README's own command to read them as JSON. */
const emptyList = (origin: string) => `<p class="muted">No message caught yet. Jalon sends its e-mails here when run with <code>npm start</code>
(the README's first command). The same list is JSON at <a href="/api/messages"><code>/api/messages</code></a>; the README's
command prints the last e-mail's text:</p>
<pre>curl -s ${escape(origin)}/api/messages | jq -r '.[0].text'</pre>`;

/**
 * The mail catcher's web view for local runs: every caught message, newest first, with its text
 * and HTML parts. The HTML part is shown in a sandboxed frame so its content cannot run scripts.
 */
export function buildMailCatcherWeb(catcher: MailCatcher): FastifyInstance {
  const app = Fastify({ logger: false });

  app.get('/health', async () => ({ status: 'ok', messages: catcher.messages.length }));

  app.get('/api/messages', async () => [...catcher.messages].reverse());

  app.delete('/api/messages', async (_request, reply) => {
    catcher.clear();
    return reply.code(204).send();
  });

  app.get('/', async (request, reply) => {
    const rows = [...catcher.messages].reverse().map((m) => `<tr>
<td>${escape(new Date(m.receivedAt).toLocaleString('en-GB', { timeZone: 'Europe/Brussels' }))}</td>
<td>${escape(m.to.join(', '))}</td><td>${escape(m.from)}</td>
<td><a href="/messages/${encodeURIComponent(m.id)}">${escape(m.subject || '(no subject)')}</a></td></tr>`).join('');
    const table = rows
      ? `<table><thead><tr><th>Received (Brussels)</th><th>To</th><th>From</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
      : emptyList(`http://${request.host}`);
    return reply.type('text/html; charset=utf-8').send(page('Jalon mail catcher', `<h1>Caught e-mails (${catcher.messages.length})</h1>${table}`));
  });

  app.get<{ Params: { id: string } }>('/messages/:id', async (request, reply) => {
    const m = catcher.messages.find((x) => x.id === request.params.id);
    if (!m) return reply.code(404).type('text/html; charset=utf-8').send(page('Not found', '<p>No such message. <a href="/">Back to the list</a></p>'));
    const html = m.html
      ? `<h2>HTML part</h2><iframe sandbox title="HTML part of the message" srcdoc="${escape(m.html)}"></iframe>`
      : '';
    const files = (m.attachments ?? []).map((a, i) => `<li><a href="/messages/${encodeURIComponent(m.id)}/attachments/${i}">${escape(a.fileName ?? `attachment ${i + 1}`)}</a>
 (${escape(a.contentType)}, ${a.size} bytes, SHA-256 <code>${a.sha256}</code>)</li>`).join('');
    return reply.type('text/html; charset=utf-8').send(page(m.subject, `<p><a href="/">← All messages</a></p>
<h1>${escape(m.subject || '(no subject)')}</h1>
<p><b>From:</b> ${escape(m.from)}<br><b>To:</b> ${escape(m.to.join(', '))}<br><b>Message-ID:</b> ${escape(m.messageId ?? '')}</p>
${files ? `<h2>Attachments</h2><ul>${files}</ul>` : ''}
<h2>Text part</h2><pre>${escape(m.text)}</pre>${html}`));
  });

  app.get<{ Params: { id: string; index: string } }>('/messages/:id/attachments/:index', async (request, reply) => {
    const m = catcher.messages.find((x) => x.id === request.params.id);
    const attachment = m?.attachments?.[Number(request.params.index)];
    const bytes = m && attachment ? catcher.attachmentBytes(m.id, Number(request.params.index)) : undefined;
    // Messages read back from the store file after a restart keep their attachments' hashes, not their bytes.
    if (!attachment || !bytes) return reply.code(404).type('text/html; charset=utf-8').send(page('Not found', '<p>No such attachment in this process. <a href="/">Back to the list</a></p>'));
    return reply.type(attachment.contentType).header('content-disposition', `attachment; filename="${(attachment.fileName ?? 'attachment').replace(/[^\w.-]/g, '_')}"`).send(bytes);
  });

  return app;
}
