/**
 * Fresh-repository bench (issue 14: "a repository that you do not see"). Not a test: it prints figures and asserts
 * nothing.
 *
 *   node dist/bench/secrets/fresh.js [--show-holdout] [--keep] [--cli PATH] [--build-only]
 *
 * --keep leaves the generated repository in the temp folder (its path is printed); --build-only builds it, prints
 * the item counts and keeps it, without running launchready; --cli runs another build's bin/launchready.js.
 *
 * It builds, in a temporary folder, the git repository of a small team's product ("Parcelo": Django API, Next.js
 * front end, Go worker, Terraform, Kubernetes/Helm, GitHub Actions and a removed GitLab pipeline, shell scripts,
 * legacy Java/PHP/.NET services, Android/iOS apps, a notebook, a Postman collection, SQL seeds, docs, translations)
 * from the templates in bench/secrets/fresh/. The corpus was written without reading launchready's rules or its
 * earlier corpora. Each planted line carries a label: `secret` (must get a fail or warn finding on its file and line)
 * or `decoy` (must not). About a quarter of the secrets exist only in history (rotated, in deleted files, in a
 * cleared notebook output, on an unmerged branch); those must be reported at the commit that introduced them.
 *
 * Then it runs the built CLI as a user would (`node bin/launchready.js secrets <dir> --format json`, and again with
 * `--history`) and prints, for the `tune` part, the `holdout` part and overall:
 *   recall    = labelled secrets with a fail/warn finding on their file and line (history-only ones: and at the
 *               introducing commit) ÷ labelled secrets in scope (tree scan: those in HEAD; history scan: all);
 *   precision = fail/warn findings on a labelled secret line ÷ all fail/warn findings (a finding on a decoy line or
 *               on a line with no label is a false positive).
 * A second table counts only findings at medium severity or above (what fails the default gate).
 * Partition: items are numbered in the order they first appear (commit order, then file, then line); every 3rd item
 * (index % 3 == 2) is `holdout`. A false positive on an unlabelled line belongs to the part of its file (files in
 * sorted order, every 3rd is holdout). Misses and false positives are listed for `tune` only unless --show-holdout.
 * Listings show the template line (generated values as «kind#name»), never a generated value.
 *
 * The builder and scorer are bench/secrets/fresh-driver.ts, shared with the other fresh benches.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh/gen.js';
import { AUTHORS, STEPS } from './fresh/steps.js';

runFresh({
  slug: 'fresh',
  ordinal: 'first',
  identity: { name: 'Parcelo', email: 'dev@parcelo.app' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
  messageLabels: false,
  tuneHoldout: true,
  banner: 'fresh repository (self-made, written without reading the rules)',
});
