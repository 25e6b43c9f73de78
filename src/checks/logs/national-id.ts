import { defineCheck } from '../../core/check.js';
import { AGGREGATE_MESSAGES, CWE_LOG, LOGS_TIMEOUT_MS, reportAggregates, runLogsCheck, type LogsProbes, type LogsTarget } from './common.js';

const MSG = '{{file}}: {{distinct}} distinct {{label}} number(s) ({{count}} occurrences), e.g. {{samples}}; first at line {{line}}.';

export default defineCheck<LogsTarget, LogsProbes>({
  id: 'logs/national-id',
  title: 'National identity numbers in a log',
  area: 'logs',
  mode: 'passive',
  description:
    'National identity and tax numbers that pass their own validity rule: US SSN, UK NINO, Spanish DNI/NIE, Italian codice fiscale, French NIR, German Steuer-IdNr, Dutch BSN',
  severity: 'high',
  cwe: CWE_LOG,
  timeoutMs: LOGS_TIMEOUT_MS,
  messages: {
    'us-ssn': MSG,
    'uk-nino': MSG,
    'es-dni': MSG,
    'es-nie': MSG,
    'it-codice-fiscale': MSG,
    'fr-nir': MSG,
    'de-steuer-id': MSG,
    'nl-bsn': MSG,
    ...AGGREGATE_MESSAGES,
  },
  remediation:
    'Identity numbers enable identity theft and are special-category-adjacent data (GDPR art. 87, US state breach laws): a log holding them may be a notifiable breach. Stop logging them (log an internal customer id), mask them in the logger, and purge or restrict the affected logs.',
  async run(ctx) {
    await runLogsCheck(ctx, (scan, res) => reportAggregates(ctx, scan, res), 'national-id');
  },
});
