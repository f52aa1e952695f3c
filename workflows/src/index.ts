// Every workflow the worker runs; the bundler starts from this file.
export { probeWorkflow, completeProbe, probeStatus } from './probe.js';
