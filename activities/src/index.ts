/**
 * Activity implementations are created with their dependencies (clients of the services), so that
 * tests hand in real ones pointed at test servers.
 */
export interface ActivityDependencies {
  plansUrl: string;
  notificationsUrl: string;
}

export function createActivities(_deps: ActivityDependencies) {
  return {};
}

export type Activities = ReturnType<typeof createActivities>;
