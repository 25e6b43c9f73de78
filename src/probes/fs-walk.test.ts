import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { IgnoreRules, isBinary, listRepoFiles } from './fs-walk.js';

/**
 * Outside a git work tree the walker honours .gitignore files itself (IgnoreRules, by the `ignore` package). The
 * ground truth is git: the same tree is made a repository and `git check-ignore` answers for every path.
 */

const GITIGNORES: Record<string, string> = {
  '.gitignore': [
    '# comment',
    '.env',
    '.env.*',
    '!.env.example',
    '*.log',
    '!keep.log',
    'tmp/',
    '/root-only.txt',
    'docs/**/draft-*.md',
    'cache',
    'trailing-space.txt   ',
    '\\#hash.txt',
    'a?c.txt',
    'secret[0-9].pem',
  ].join('\n'),
  'app/.gitignore': ['!.env.local', '*.tmp', '/local-only/', 'nested/deep.txt'].join('\n'),
  'app/sub/.gitignore': ['!debug.log', '*.tmp.keep'].join('\n'),
};

const FILES = [
  '.env', '.env.production', '.env.example', '.env.local', 'server.log', 'keep.log', 'root-only.txt', 'trailing-space.txt', '#hash.txt', 'abc.txt', 'abbc.txt',
  'secret1.pem', 'secretx.pem', 'src/index.ts', 'src/.env', 'src/root-only.txt', 'src/tmp/out.js', 'tmp/out.js', 'tmpx/out.js',
  'docs/draft-a.md', 'docs/x/y/draft-b.md', 'docs/final.md', 'cache/data.bin', 'src/cache', 'app/.env', 'app/.env.local', 'app/x.tmp',
  'app/local-only/a.txt', 'app/sub/local-only/a.txt', 'app/nested/deep.txt', 'app/other/nested/deep.txt', 'app/sub/debug.log', 'app/sub/other.log',
  'app/sub/x.tmp', 'app/sub/y.tmp.keep', 'other/x.tmp',
];

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'lr-ignore-'));
  for (const [p, text] of Object.entries(GITIGNORES)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  for (const p of FILES) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), 'x\n');
  }
  return root;
}

describe('IgnoreRules (.gitignore outside git) agrees with git check-ignore', () => {
  it('every path of a tree with nested .gitignore files, negations, anchors, dir-only rules, ** and escapes', () => {
    const root = tree();
    try {
      const rules = new IgnoreRules();
      // the walker's order: the root's file, then each folder's as it reaches it
      for (const p of Object.keys(GITIGNORES).sort((a, b) => a.split('/').length - b.split('/').length)) rules.add(p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '', GITIGNORES[p]!);
      execFileSync('git', ['init', '-q'], { cwd: root });
      const out = execFileSync('git', ['check-ignore', '--no-index', '--stdin'], { cwd: root, input: FILES.join('\n') + '\n', encoding: 'utf8' }).split('\n').filter(Boolean);
      const byGit = new Set(out);
      // git never re-includes a file inside an excluded folder; the walker never descends into one either
      const parentIgnored = (p: string): boolean => p.split('/').slice(0, -1).some((_, i, segs) => rules.ignored(segs.slice(0, i + 1).join('/'), true));
      const ours = new Set(FILES.filter((p) => parentIgnored(p) || rules.ignored(p, false)));
      assert.deepEqual([...ours].sort(), [...byGit].sort());
      // the table is not trivial: both outcomes occur, negations included
      assert.ok(byGit.has('.env') && !byGit.has('.env.example') && byGit.has('app/x.tmp') && !byGit.has('app/sub/debug.log') && !byGit.has('app/.env.local'));
      assert.ok(byGit.size > 10 && byGit.size < FILES.length - 8, `${byGit.size} of ${FILES.length} ignored`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('listRepoFiles outside git reads exactly the files git would not ignore', async () => {
    const root = tree();
    try {
      const listing = await listRepoFiles(root);
      assert.equal(listing.git, null);
      const read = new Set(listing.files.map((f) => f.path));
      execFileSync('git', ['init', '-q'], { cwd: root });
      const byGit = new Set(execFileSync('git', ['check-ignore', '--no-index', '--stdin'], { cwd: root, input: FILES.join('\n') + '\n', encoding: 'utf8' }).split('\n').filter(Boolean));
      for (const p of FILES) {
        // a built bundle is read even when ignored (it is what browsers download); none of these paths is one
        assert.equal(read.has(p), !byGit.has(p), p);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

it('isBinary: a NUL byte in the first 8000 bytes, as git decides', () => {
  const at = (i: number, len = 9000) => {
    const b = Buffer.alloc(len, 0x61);
    if (i >= 0) b[i] = 0;
    return b;
  };
  assert.equal(isBinary(at(-1)), false);
  assert.equal(isBinary(at(0)), true);
  assert.equal(isBinary(at(7999)), true);
  assert.equal(isBinary(at(8000)), false, 'past git\'s 8000-byte window');
  assert.equal(isBinary(at(3, 4)), true);
  assert.equal(isBinary(Buffer.alloc(0)), false);
  // a view into a larger (pooled) buffer looks only at its own bytes
  const pool = Buffer.concat([Buffer.from([0, 0]), Buffer.from('text')]);
  assert.equal(isBinary(pool.subarray(2)), false);
});
