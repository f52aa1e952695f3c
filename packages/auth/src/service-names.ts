import { z } from 'zod';

/**
 * The processes that call each other. Each has its own key pair; a token names the calling service
 * and the one it is meant for, so a token stolen from one hop cannot be replayed against another.
 */
export const serviceNameSchema = z.enum(['plans', 'notifications', 'portal', 'worker']);
export type ServiceName = z.infer<typeof serviceNameSchema>;
