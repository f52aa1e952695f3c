export type { DecisionRecord } from './decision-record.js';
export type { PlanViewOptions } from './plan-view-options.js';
export type { PlanVersionSummary } from './version-history-section.js';
export { strategicPlanView } from './strategic-plan-view.js';
export { operationalPlanView } from './operational-plan-view.js';
export { versionComparisonView } from './version-comparison-view.js';
export { versionHistorySection } from './version-history-section.js';
export { decisionsSection } from './decisions-section.js';
