import type { Report } from '../core/types.js';

/** Exactly the contract's JSON report (schemaVersion 1), plus documented extension fields. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/**
 * The same text as renderJson, in pieces of about `chunkChars` characters: a report with thousands of findings
 * (issue 14: 7,500 in a 30 MB tree make a 14 MB report) is written without building the whole string and its
 * byte copy, which doubled the peak memory of such runs. Top-level arrays are written one item at a time
 * (JSON.stringify of an item at depth 2 is the item's own pretty text indented by four spaces); everything
 * else is JSON.stringify's own text, so the output is byte-identical (a test holds it to renderJson).
 */
const ITEMS_PER_SLICE = 64;
const WRAP_HEAD = '{\n  "k": [\n';
const WRAP_TAIL = '\n  ]\n}';

export function* renderJsonChunks(report: Report, chunkChars = 256 * 1024): Generator<string> {
  let buf = '{';
  let first = true;
  for (const [key, value] of Object.entries(report as unknown as Record<string, unknown>)) {
    // what JSON.stringify leaves out of an object
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    buf += `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(value) && value.length > 0 && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
      buf += '[';
      // items in slices, each stringified at the depth it has in the report: {"k": [slice]} puts the items at
      // four spaces, exactly as in the whole report, and only the wrapper's head and tail are cut off
      for (let i = 0; i < value.length; i += ITEMS_PER_SLICE) {
        const wrapped = JSON.stringify({ k: value.slice(i, i + ITEMS_PER_SLICE) }, null, 2);
        buf += `${i === 0 ? '' : ','}\n${wrapped.slice(WRAP_HEAD.length, -WRAP_TAIL.length)}`;
        if (buf.length >= chunkChars) {
          yield buf;
          buf = '';
        }
      }
      buf += '\n  ]';
    } else {
      buf += (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, '\n  ');
    }
    if (buf.length >= chunkChars) {
      yield buf;
      buf = '';
    }
  }
  yield `${buf}${first ? '}' : '\n}'}\n`;
}
