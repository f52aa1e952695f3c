import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { FailureConverter } from '@temporalio/common';

/** The module the worker and its workflow bundle load the failure converter from (they take a path, and require() it). */
export const failureConverterPath = fileURLToPath(new URL('./failure-converter.cjs', import.meta.url));

/** Jalon's failure converter (failure-converter.cjs), for clients: the same one the worker loads. */
export const failureConverter = createRequire(import.meta.url)(failureConverterPath).failureConverter as FailureConverter;
