// The launchready library: the CLI, the monitor and the dashboard are thin shells over these.
export * from './core/types.js';
export { defineCheck, formatMessage, docsPath, type Check, type CheckContext, type ReportInput } from './core/check.js';
export { defineConfig, configSchema, configJsonSchema, type Config, type ConfigInput } from './core/config/schema.js';
export { validateConfig } from './core/config/validate.js';
export { buildReport, decide, applyWaivers, diffBaseline, parseBaseline, mergeBaselines, type Baseline, type GateConfig, type Waiver } from './core/policy.js';
export { Redactor, maskSecret } from './core/redact.js';
export { RequestBudget } from './core/budget.js';
export { runChecks, type CheckJob } from './core/runner.js';
export * from './core/errors.js';
export { runAudit, type AuditOptions } from './audit/run.js';
export { STAGES } from './audit/index.js';
export type { Stage, StageEnv, StagePlan } from './audit/stage.js';
export { ALL_CHECKS, checkById } from './checks/index.js';
export { loadConfig } from './probes/config-file.js';
export { HttpProbe } from './probes/http.js';
export { Allowlist } from './probes/net.js';
export { renderReport, FORMATS, type Format } from './report/index.js';
export { buildRiskRegister } from './report/risk.js';
// The CLI is `launchready/cli`, the monitor `launchready/monitor`, config helpers `launchready/config`: importing
// the library loads none of the commands, the SQLite driver or the mail and PostgreSQL clients.
