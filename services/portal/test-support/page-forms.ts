/** What a browser would send from a page's form: its text fields, hidden fields, checked boxes and selected options. */
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function formValues(page: string, action: string): Record<string, string> {
  const start = page.indexOf(`action="${action}"`);
  if (start < 0) throw new Error(`no form posting to ${action}`);
  const body = page.slice(start, page.indexOf('</form>', start));
  const fields: Record<string, string> = {};
  for (const m of body.matchAll(/<input type="(text|hidden|number)"[^>]*?name="([^"]+)" value="([^"]*)"/g)) fields[unescape(m[2]!)] = unescape(m[3]!);
  for (const m of body.matchAll(/<input type="checkbox"[^>]*?name="([^"]+)"( checked)?/g)) if (m[2]) fields[unescape(m[1]!)] = 'on';
  for (const m of body.matchAll(/<textarea[^>]*?name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields[unescape(m[1]!)] = unescape(m[2]!);
  for (const m of body.matchAll(/<select[^>]*?name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const selected = m[2]!.match(/<option value="([^"]*)" selected>/);
    if (selected) fields[unescape(m[1]!)] = unescape(selected[1]!);
  }
  return fields;
}
