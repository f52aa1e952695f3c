import { z } from 'zod';
import { PrerequisiteError } from './prerequisite-error.js';
import { temporalEngineSchema, type TemporalEngine } from './temporal-engine.js';

const enginesSchema = z.array(temporalEngineSchema.unwrap()).min(1);

/** `--engines dev,server` (or `--engines=…`) among the arguments; both when absent. */
export function benchArguments(args: string[]): { engines: TemporalEngine[]; names: string[] } {
  const names = [...args];
  let listed = 'dev,server';
  const at = names.findIndex((a) => a === '--engines' || a.startsWith('--engines='));
  if (at !== -1) {
    const [flag] = names.splice(at, 1);
    listed = flag!.includes('=') ? flag!.slice('--engines='.length) : (names.splice(at, 1)[0] ?? '');
  }
  const parsed = enginesSchema.safeParse([...new Set(listed.split(',').map((e) => e.trim()).filter(Boolean))]);
  if (!parsed.success) throw new PrerequisiteError(`Unknown engines "${listed}"`, 'Choose --engines dev, --engines server or --engines dev,server');
  return { engines: parsed.data, names };
}

