import type { Language } from '@jalon/contracts';
import type { RenderedEmail } from './types.js';

/*
 * Every e-mail is composed from plain-text sections; this file alone turns them into HTML, escaping
 * every character of every section. Templates never write markup, so no parameter can reach the HTML
 * unescaped.
 */

export type Section =
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; rows: Array<readonly [label: string, value: string]> }
  /** a quoted text the reader should see as it was written (a summary of changes, a message) */
  | { kind: 'quote'; title: string; text: string }
  | { kind: 'action'; label: string; url: string; note?: string };

export interface EmailContent {
  language: Language;
  subject: string;
  greeting: string;
  sections: Section[];
  footer: string;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

/** Line breaks a person typed stay line breaks. */
const escapeLines = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>\n');

/** French puts a no-break space before the colon. */
function withColon(label: string, language: Language): string {
  return language === 'fr' ? `${label}\u00a0:` : `${label}:`;
}

/** A subject is one header line: no line breaks, no runs of spaces, a reasonable length. */
function oneLine(text: string, max = 200): string {
  // Not \s: it would also flatten the no-break spaces French typography needs.
  const flat = text.replace(/[ \t\r\n\f\v\u2028\u2029]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function textSection(section: Section, language: Language): string {
  switch (section.kind) {
    case 'paragraph':
      return section.text;
    case 'facts':
      return section.rows.map(([label, value]) => `${withColon(label, language)} ${value.replace(/\n/g, '\n  ')}`).join('\n');
    case 'quote':
      return `${withColon(section.title, language)}\n${section.text.split(/\r?\n/).map((l) => `  ${l}`).join('\n')}`;
    case 'action':
      return [`${withColon(section.label, language)} ${section.url}`, ...(section.note ? [section.note] : [])].join('\n');
  }
}

const styles = {
  body: 'margin:0;padding:24px;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a',
  card: 'max-width:640px;margin:0 auto;background:#ffffff;padding:24px 28px;border-radius:4px',
  th: 'text-align:left;vertical-align:top;padding:4px 16px 4px 0;font-weight:bold;white-space:nowrap',
  td: 'vertical-align:top;padding:4px 0',
  quote: 'margin:0 0 16px;padding:8px 12px;border-left:3px solid #b0b7c3;background:#f7f8fa',
  button: 'display:inline-block;padding:10px 18px;background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold',
  small: 'font-size:13px;color:#555555',
};

function htmlSection(section: Section): string {
  switch (section.kind) {
    case 'paragraph':
      return `<p>${escapeLines(section.text)}</p>`;
    case 'facts':
      return `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">\n${section.rows
        .map(([label, value]) => `<tr><th scope="row" style="${styles.th}">${escapeHtml(label)}</th><td style="${styles.td}">${escapeLines(value)}</td></tr>`)
        .join('\n')}\n</table>`;
    case 'quote':
      return `<p style="margin-bottom:4px"><strong>${escapeHtml(section.title)}</strong></p>\n<blockquote style="${styles.quote}">${escapeLines(section.text)}</blockquote>`;
    case 'action':
      return [
        `<p><a href="${escapeHtml(section.url)}" style="${styles.button}">${escapeHtml(section.label)}</a></p>`,
        `<p style="${styles.small}">${escapeHtml(section.url)}${section.note ? `<br>\n${escapeHtml(section.note)}` : ''}</p>`,
      ].join('\n');
  }
}

export function composeEmail(content: EmailContent): RenderedEmail {
  const subject = oneLine(content.subject);
  const text = [
    content.greeting,
    ...content.sections.map((s) => textSection(s, content.language)),
    `-- \n${content.footer}`,
  ].join('\n\n') + '\n';
  const html = `<!DOCTYPE html>
<html lang="${content.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="${styles.body}">
<div style="${styles.card}">
<p>${escapeHtml(content.greeting)}</p>
${content.sections.map(htmlSection).join('\n')}
<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0 12px">
<p style="${styles.small}">${escapeHtml(content.footer)}</p>
</div>
</body>
</html>
`;
  return { subject, text, html };
}
