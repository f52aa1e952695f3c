import type { Language, TemplateName } from '@jalon/contracts';
import type { z } from 'zod';

export type { Language };

/** Who reads the e-mail: it is written in their language and greets them by name. */
export interface Reader {
  language: Language;
  name: string;
}

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
