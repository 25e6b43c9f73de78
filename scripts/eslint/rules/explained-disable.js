// launchready/explained-disable: every `eslint-disable*` comment names the rules it turns off and says why after
// ` -- `. A disable is a decision a reviewer must be able to judge ("this fallback is not a pass because ..."); a
// bare disable hides the problem the rule exists to show.

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'suggestion',
    docs: { description: 'eslint-disable comments name their rules and give a reason after --', url: 'docs/architecture.md#project-lint-rules' },
    schema: [],
    messages: {
      noRule: 'Name the rule(s) this comment turns off: `eslint-disable-next-line <rule> -- <reason>`.',
      noReason: 'Say why after ` -- `: `eslint-disable-next-line {{rules}} -- <reason>`.',
    },
  },
  create(context) {
    return {
      Program() {
        for (const c of context.sourceCode.getAllComments()) {
          const m = /^\s*eslint-disable(?:-next-line|-line)?(?=\s|$)(.*)$/s.exec(c.value);
          if (!m) continue;
          const [rules, ...why] = m[1].split(/\s--\s/);
          if (!rules.trim()) context.report({ loc: c.loc, messageId: 'noRule' });
          else if (why.join(' -- ').trim().length < 8) context.report({ loc: c.loc, messageId: 'noReason', data: { rules: rules.trim() } });
        }
      },
    };
  },
};
