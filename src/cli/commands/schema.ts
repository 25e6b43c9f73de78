import { configJsonSchema } from '../../core/config/schema.js';
import { defineCommand, flagString } from '../command.js';
import { writeFileAtomic } from '../output.js';
import { resolve } from 'node:path';

export const schemaCommand = defineCommand({
  name: 'schema',
  summary: 'print the JSON Schema of the config file (for editors and CI validation)',
  flags: { output: { type: 'string', short: 'o', valueName: 'FILE', description: 'write to FILE instead of stdout' } },
  async run(ctx) {
    const text = JSON.stringify(configJsonSchema(), null, 2) + '\n';
    const out = flagString(ctx.flags, 'output');
    if (out) await writeFileAtomic(resolve(ctx.io.cwd, out), text);
    else ctx.io.stdout.write(text);
    return 0;
  },
});
