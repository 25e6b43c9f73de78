// `launchready/config`: what a `launchready.config.ts` needs (typed config, schema, validation), nothing else.
export { defineConfig, configSchema, configJsonSchema, type Config, type ConfigInput } from '../core/config/schema.js';
export { validateConfig } from '../core/config/validate.js';
export { loadConfig } from '../probes/config-file.js';
