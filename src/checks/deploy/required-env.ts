import { defineCheck } from '../../core/check.js';

/**
 * deploy/required-env: each variable the release needs is set, non-empty and not a placeholder, in the deploy
 * environment (or the --dotenv files the gate read instead). Names only: a value is never printed (each one is
 * registered with ctx.secret, so the redactor masks it wherever it would appear).
 */

export interface RequiredEnvTarget {
  names: string[];
  /** the environment the release runs with (process env or parsed --dotenv files): read, never copied out */
  env: Record<string, string | undefined>;
  /** where the values came from, for messages: "the environment", ".env.production" */
  source: string;
  /** the dotenv file the values came from, when exactly one was read (the finding's location.file) */
  file?: string;
}

// Values that are obviously not the real thing: a deploy with these is misconfigured (bounded, anchored).
export const PLACEHOLDER = /^(changeme|change[-_ ]me|replace[-_ ]?me|todo|tbd|fixme|xxx+|placeholder|dummy|example|sample|secret|password|null|undefined|none|your[-_ ][\w-]{0,40}|<[^>]{0,60}>|\.\.\.|\*+)$/i;

export type EnvVerdict = 'ok' | 'missing' | 'empty' | 'placeholder';

/** The judgement, pure: what one value says about one required variable. */
export function judgeEnvValue(value: string | undefined): EnvVerdict {
  if (value === undefined) return 'missing';
  if (value.trim() === '') return 'empty';
  if (PLACEHOLDER.test(value.trim())) return 'placeholder';
  return 'ok';
}

export default defineCheck<RequiredEnvTarget, unknown>({
  id: 'deploy/required-env',
  title: 'Required environment variable set',
  problem: 'Required environment variable missing, empty or a placeholder',
  titles: {
    missing: 'Environment variable {{name}} missing',
    empty: 'Environment variable {{name}} empty: not a usable value',
    placeholder: 'Environment variable {{name}} holds a placeholder, not a real value',
  },
  area: 'deploy',
  mode: 'passive',
  description: 'Each name in deploy.requiredEnv is set, non-empty and not a placeholder (changeme, TODO, <your key>) in the deploy environment or the --dotenv files.',
  // a failed gate check means "do not promote": critical, so it blocks at any failOn
  severity: 'critical',
  messages: {
    ok: '{{name}} is set in {{source}}.',
    missing: '{{name}} is not set in {{source}}.',
    empty: '{{name}} is set but empty in {{source}}.',
    placeholder: '{{name}} in {{source}} holds a placeholder value, not a real one.',
    none: 'deploy.requiredEnv lists no variable: nothing to check.',
  },
  remediation: 'Set the variable in the deploy environment (platform dashboard or secret store), then redeploy.',
  run(ctx) {
    const { names, env, source } = ctx.target;
    if (names.length === 0) {
      ctx.report({ messageId: 'none', status: 'skipped', severity: 'info', target: 'requiredEnv' });
      return;
    }
    for (const name of names) {
      ctx.secret(env[name]);
      const verdict = judgeEnvValue(env[name]);
      const ok = verdict === 'ok';
      ctx.report({
        messageId: verdict,
        status: ok ? 'pass' : 'fail',
        severity: ok ? 'info' : 'critical',
        data: { name, source },
        // the variable name is the target: the same finding id across runs and sources (as before this check existed)
        target: name,
        location: { record: `env ${name}`, ...(ctx.target.file ? { file: ctx.target.file } : {}) },
        ...(ok ? { title: `Environment variable ${name} set` } : {}),
      });
    }
  },
});
