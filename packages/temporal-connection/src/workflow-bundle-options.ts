import { failureConverterPath } from './failure-converter.js';

const noop = () => undefined;

/**
 * How Jalon's workflow code is bundled, by the worker at its start and by the tests once per run:
 * with Jalon's failure converter (the sandbox takes it from the bundle, so failure messages are
 * encrypted), and without the bundler's progress lines; its warnings and errors still show.
 */
export const workflowBundleOptions = (workflowsPath: string) => ({
  workflowsPath, failureConverterPath, logger: { trace: noop, debug: noop, info: noop, warn: console.warn, error: console.error, log: noop },
});
