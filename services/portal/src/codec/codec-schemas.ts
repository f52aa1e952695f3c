import type { Payload } from '@temporalio/common';
import { z } from 'zod';

const base64 = z.string().max(16 * 1024 * 1024).regex(/^[A-Za-z0-9+/_-]*={0,2}$/, 'must be base64');

/**
 * A payload as Temporal's remote codec protocol carries it (the protobuf JSON form): metadata
 * values and data in base64, empty fields left out.
 */
const wirePayloadSchema = z.object({
  metadata: z.record(z.string().min(1).max(256), base64).optional(),
  data: base64.optional(),
});
export const codecBodySchema = z.object({ payloads: z.array(wirePayloadSchema).max(10_000) });
export type CodecBody = z.infer<typeof codecBodySchema>;

export const codecHeadersSchema = z.object({
  /** the namespace the Temporal UI shows; the keys are this installation's, for its namespace only */
  'x-namespace': z.string().min(1).max(1000).optional(),
});

export function fromWire(body: CodecBody): Payload[] {
  return body.payloads.map((p) => ({
    metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
    data: Buffer.from(p.data ?? '', 'base64'),
  }));
}

export function toWire(payloads: Payload[]): CodecBody {
  return {
    payloads: payloads.map((p) => ({
      metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
      data: Buffer.from(p.data ?? new Uint8Array()).toString('base64'),
    })),
  };
}
