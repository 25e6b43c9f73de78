import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { ROOT } from './helpers.js';

/** Validator for the public JSON report contract (schema/report.schema.json). */
export function reportValidator(): (data: unknown) => string[] {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8')) as object;
  const ajv = new Ajv.default({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}
