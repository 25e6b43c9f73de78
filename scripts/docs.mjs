#!/usr/bin/env node
// Regenerates the generated parts of the docs: the config reference block in README.md and the JSON Schema.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const ref = await import(join(root, 'dist/src/core/config/reference.js'));
const schema = await import(join(root, 'dist/src/core/config/schema.js'));
writeFileSync(join(root, 'schema/launchready.schema.json'), JSON.stringify(schema.configJsonSchema(), null, 2) + '\n');
const readme = join(root, 'README.md');
const text = readFileSync(readme, 'utf8');
const a = text.indexOf(ref.REFERENCE_START);
const b = text.indexOf(ref.REFERENCE_END);
if (a < 0 || b < a) throw new Error('README.md has no config-reference markers');
writeFileSync(readme, text.slice(0, a + ref.REFERENCE_START.length) + '\n' + ref.configReferenceMarkdown() + '\n' + text.slice(b));
console.log('updated README.md config reference and schema/launchready.schema.json');
