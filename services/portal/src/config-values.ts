import { isIP } from 'node:net';
import { z } from 'zod';

/** An IPv4 or IPv6 address, or a CIDR range of them. */
function isAddressOrRange(value: string): boolean {
  const [address, prefix, ...rest] = value.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: the reverse proxies' addresses. `true` would trust any hop, so anyone could choose
 * the address the rate limits count by writing their own X-Forwarded-For; it is refused.
 */
export const proxyAddressesSchema = z.string().trim().min(1).transform((value, ctx) => {
  if (/^(true|false|\d+)$/i.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'give the proxies\' addresses (comma-separated IPs or CIDRs, e.g. 10.0.0.5,10.1.0.0/16), not true, false or a hop count: with those, anyone could pick the address the rate limits count' });
    return z.NEVER;
  }
  const addresses = value.split(',').map((a) => a.trim()).filter(Boolean);
  const wrong = addresses.filter((a) => !isAddressOrRange(a));
  if (wrong.length > 0 || addresses.length === 0) {
    ctx.addIssue({ code: 'custom', message: `not an IP address or CIDR range: ${wrong.join(', ') || value}` });
    return z.NEVER;
  }
  return addresses;
});
