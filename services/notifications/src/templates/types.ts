import type { Recipient, TemplateName } from '@jalon/contracts';
import type { z } from 'zod';

/** Who reads the e-mail: it is written in their language and greets them by name. */
export type Reader = Pick<Recipient, 'language' | 'name'>;

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface Template<S extends z.ZodType> {
  name: TemplateName;
  params: S;
  render(params: z.output<S>, reader: Reader): RenderedEmail;
}
