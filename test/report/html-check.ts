import { HtmlValidate } from 'html-validate';

/**
 * Browser-free HTML validation for reports (html-validate: a real HTML5 content-model validator: nesting,
 * duplicate ids, unclosed or misplaced elements, attribute values). Only two purely stylistic rules are off:
 * doctype case (`<!doctype html>` is valid HTML5) and trailing whitespace (evidence in <pre> keeps what the server sent).
 */
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'doctype-style': 'off', 'no-trailing-whitespace': 'off' } });

export async function htmlProblems(html: string): Promise<string[]> {
  const r = await validator.validateString(html);
  return r.results.flatMap((x) => x.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
