import { createHash } from 'node:crypto';

/** The SHA-256 of bytes as `sha256sum` prints it (lowercase hex), to publish beside a document, and to check one received. */
export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
