// Third-party check of the logs identifier detectors (IBAN, national ids, cards behind a card label) against Microsoft Presidio's own
// recognizer test tables (presidio-analyzer/tests/test_*_recognizer.py: text, expected number of matches).
// Presidio's rules are not ours in places (it accepts lower-case NINOs/NIFs, a codice fiscale with a wrong check
// character, Steuer-IdNr without the digit-repetition rule, SSNs with dots or spaces); every disagreement is
// listed so the figures can be read, not just compared.
//   PRESIDIO_GIT_DIR=/path/to/presidio/.git node dist/bench/logs/presidio-ids.js [--labelled]
// --labelled also runs each text behind its label ("ssn: ", "steuer_id: "...), the way identifiers appear in logs.
import { execFileSync } from 'node:child_process';
import { detectIbans, detectNationalIds } from '../../src/checks/logs/identifiers.js';
import { detectCards } from '../../src/checks/logs/detectors.js';
import type { Hit } from '../../src/checks/logs/types.js';

const dir = process.env.PRESIDIO_GIT_DIR;
if (!dir) {
  console.log('set PRESIDIO_GIT_DIR to a clone (or bare git dir) of github.com/microsoft/presidio');
  process.exit(0);
}
const labelled = process.argv.includes('--labelled');
const FILES: [file: string, kind: string, messageIds: string[], label: string][] = [
  ['test_iban_recognizer.py', 'iban', ['iban'], 'iban: '],
  ['test_us_ssn_recognizer.py', 'us-ssn', ['us-ssn'], 'ssn: '],
  ['test_uk_nino_recognizer.py', 'uk-nino', ['uk-nino'], 'nino: '],
  ['test_es_nif_recognizer.py', 'es-dni', ['es-dni'], 'dni: '],
  ['test_es_nie_recognizer.py', 'es-nie', ['es-nie'], 'nie: '],
  ['test_it_fiscal_code_recognizer.py', 'it-codice-fiscale', ['it-codice-fiscale'], 'codice_fiscale: '],
  ['test_de_tax_id_recognizer.py', 'de-steuer-id', ['de-steuer-id'], 'steuer_id: '],
  // cards are only reported in a card context (a field or words that say card): always run behind a label
  ['test_credit_card_recognizer.py', 'card', ['card', 'test-card'], 'card_number='],
];
const CASE = /^\s*\(\s*"((?:[^"\\]|\\.)*)"\s*,\s*(\d+)\s*,/gm;
let agreeAll = 0;
let totalAll = 0;
for (const [file, kind, ids, label] of FILES) {
  let src: string;
  try {
    src = execFileSync('git', ['--git-dir', dir, 'show', `HEAD:presidio-analyzer/tests/${file}`], { encoding: 'utf8' });
  } catch {
    console.log(`${file}: not found`);
    continue;
  }
  // only the first parametrize table (the detection cases)
  const table = src.slice(src.indexOf('@pytest.mark.parametrize'), src.indexOf('\ndef ', src.indexOf('@pytest.mark.parametrize')));
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const diffs: string[] = [];
  for (const m of table.matchAll(CASE)) {
    const text = (labelled || kind === 'card' ? label : '') + m[1]!.replace(/\\(.)/g, '$1');
    const expected = Number(m[2]);
    const out: Hit[] = [];
    if (kind === 'iban') detectIbans(text, out);
    else if (kind === 'card') detectCards(text, out);
    else detectNationalIds(text, out);
    const got = out.filter((h) => ids.includes(h.messageId)).length;
    if (expected > 0 && got >= expected) tp++;
    else if (expected > 0) {
      fn++;
      diffs.push(`  missed (Presidio: ${expected}): ${JSON.stringify(text)}`);
    } else if (got > 0) {
      fp++;
      diffs.push(`  reported (Presidio: none): ${JSON.stringify(text)}`);
    } else tn++;
  }
  const total = tp + fp + fn + tn;
  agreeAll += tp + tn;
  totalAll += total;
  console.log(`${kind}: ${total} cases, agree ${tp + tn} (both detect ${tp}, both reject ${tn}); we miss ${fn}, we add ${fp}`);
  for (const d of diffs) console.log(d);
}
console.log(`overall agreement with Presidio's tables${labelled ? ' (texts behind their label)' : ''}: ${agreeAll}/${totalAll}`);
