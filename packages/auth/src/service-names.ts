import { z } from 'zod';

/**
 * The processes that call each other. Each has its own key pair; a token names the calling service
 * and the one it is meant for, so a token stolen from one hop cannot be replayed against another.
 * `operator` is the installation's own tooling (the run command adding the demo people, loading an
 * organisation): whoever holds its key holds the data folder, and it is given to no running service.
 */
export const serviceNameSchema = z.enum(['plans', 'notifications', 'portal', 'worker', 'operator']);
export type ServiceName = z.infer<typeof serviceNameSchema>;
