/**
 * The history of the twelfth fresh repository ("Relaydesk", an AI customer-support start-up). About a quarter of the
 * planted secrets live only in history: a founder's `.env` committed in the first commit and removed a month later, a
 * Zendesk token replaced by settings, a notebook cell that set an OpenAI key (later getpass), a raw agent trace dump
 * with request headers deleted a week after it landed, a Hugging Face token in a Dockerfile ENV replaced by a build
 * secret, a GitHub token in the Cursor MCP config replaced by an env reference, a Groq key rotated in the model router,
 * an unmerged voice branch (Twilio, Deepgram, ElevenLabs), and a Fly.io deploy token that only ever appeared in a
 * commit message.
 *
 * Templates live as plain text in bench/secrets/fresh12/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels. Commit messages use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'priya' | 'tomasz' | 'noah' };

export const AUTHORS = {
  priya: { name: 'Priya Raman', email: 'priya@relaydesk.ai' },
  tomasz: { name: 'Tomasz Wierzbicki', email: 'tomasz@relaydesk.ai' },
  noah: { name: 'Noah Lindqvist', email: 'noah@relaydesk.ai' },
} as const;

const { files, tpl } = corpusFiles('fresh12');

export const STEPS: Step[] = [
  {
    message: 'agent skeleton: langgraph support agent, zendesk + shopify tools, pinecone retrieval, prompt library',
    date: '2024-05-06T10:22:00Z',
    author: 'priya',
    write: {
      // the tool registry grows with the tools: the fifth commit writes the full one
      'agent/tools/__init__.py': tpl('agent/tools/__init__.py', 'v0'),
      ...files(
        'README.md',
        'pyproject.toml',
        '.gitignore',
        '.env',
        '.env.example',
        'agent/config.py',
        'agent/server.py',
        'agent/prompts.py',
        'agent/graph.py',
        'agent/tools/zendesk.py',
        'agent/tools/shopify.py',
        'agent/vectorstores.py',
        'prompts/library.yaml',
      ),
    },
  },
  {
    message: 'notebooks: retrieval eval (chunk size sweep) and embedding exploration',
    date: '2024-05-14T21:05:00Z',
    author: 'priya',
    write: files('notebooks/retrieval_eval.ipynb', 'notebooks/embeddings_explore.ipynb'),
  },
  {
    message: 'docker + fly for the agent, ci with evals on push, modal reranker, langfuse/langsmith tracing, compose for local dev',
    date: '2024-05-21T16:40:00Z',
    author: 'tomasz',
    write: files(
      'Dockerfile',
      'fly.toml',
      '.github/workflows/ci.yml',
      '.github/workflows/deploy.yml',
      'Makefile',
      'deploy/modal_app.py',
      'agent/tracing.py',
      'docker-compose.yml',
    ),
  },
  {
    message: 'dashboard: next.js 14 with clerk orgs, supabase, posthog, sentry; org sync script and funnel export',
    date: '2024-05-29T12:15:00Z',
    author: 'noah',
    write: files(
      'dashboard/package.json',
      'dashboard/.env.local.example',
      'dashboard/next.config.mjs',
      'dashboard/lib/supabase.ts',
      'dashboard/middleware.ts',
      'dashboard/lib/posthog.ts',
      'dashboard/sentry.client.config.ts',
      'dashboard/.sentryclirc',
      'dashboard/locales/en.json',
      'dashboard/locales/de.json',
      'dashboard/scripts/sync-orgs.ts',
      'dashboard/scripts/export-events.sh',
      'dashboard/scripts/promote.sh',
    ),
  },
  {
    message: 'stripe refunds + gmail tools, model router (azure/groq/together/mistral), refunds eval set v3, test fixtures',
    date: '2024-06-04T09:48:00Z',
    author: 'priya',
    write: files(
      'agent/tools/stripe_refunds.py',
      'agent/tools/gmail.py',
      'config/google/gmail-sa.json',
      'evals/datasets/refunds_v3.jsonl',
      'agent/providers.py',
      'tests/conftest.py',
      'tests/fixtures/stripe_events.json',
      'agent/tools/__init__.py',
    ),
  },
  {
    message:
      'remove .env (committed by accident in the first commit)\n\nRotated OpenAI, Anthropic, Pinecone, Zendesk and LangSmith keys today. ⟦D msg-rotated⟧\nzendesk tool reads settings() like everything else; .gitignore covers .env* now.',
    date: '2024-06-11T08:02:00Z',
    author: 'tomasz',
    remove: ['.env'],
    write: { '.gitignore': tpl('.gitignore', 'v2'), 'agent/tools/zendesk.py': tpl('agent/tools/zendesk.py', 'v2') },
  },
  {
    message: 'refund loop: raw trace dump from prod for the langsmith support ticket, plus a redacted sample run for evals',
    date: '2024-06-13T18:30:00Z',
    author: 'priya',
    write: files('traces/2024-06-12-refund-loop.jsonl', 'evals/traces/sample_run.jsonl'),
  },
  {
    message: 'dashboard: stripe billing webhook, welcome mail via resend, upstash rate limits for the widget, inngest reindex job',
    date: '2024-06-18T14:10:00Z',
    author: 'noah',
    write: files('dashboard/app/api/webhooks/stripe/route.ts', 'dashboard/lib/email.ts', 'dashboard/lib/ratelimit.ts', 'dashboard/inngest/client.ts'),
  },
  {
    message: 'drop the raw trace dump (it had auth headers in it); retrieval notebook asks for the key with getpass',
    date: '2024-06-20T07:55:00Z',
    author: 'tomasz',
    remove: ['traces/2024-06-12-refund-loop.jsonl'],
    write: { 'notebooks/retrieval_eval.ipynb': tpl('notebooks/retrieval_eval.ipynb', 'v2') },
  },
  {
    message: 'team MCP servers (cursor, vscode, claude desktop) and instruction files for the coding assistants',
    date: '2024-06-27T11:20:00Z',
    author: 'priya',
    write: files('.cursor/mcp.json', '.vscode/mcp.json', 'docs/dev/claude_desktop_config.json', '.cursor/rules/agent.mdc', 'CLAUDE.md', '.github/copilot-instructions.md'),
  },
  {
    message: 'slack app + discord bot for escalations, hub upload for eval sets, replicate push, staging demo seed',
    date: '2024-07-03T15:35:00Z',
    author: 'tomasz',
    write: files(
      'integrations/slack/manifest.yml',
      'integrations/slack/app.py',
      'integrations/discord/bot.py',
      'scripts/hf_upload.py',
      'scripts/replicate_push.sh',
      'scripts/seed_demo.py',
    ),
  },
  {
    message: 'wip voice agent: twilio media streams, deepgram stt, elevenlabs tts',
    date: '2024-07-08T19:45:00Z',
    author: 'tomasz',
    branch: 'feat/voice',
    write: files('integrations/voice/twilio_voice.py', 'integrations/voice/README.md'),
  },
  {
    message: 'onboarding docs (zendesk, widget), founders notes, qdrant + weaviate retrieval backends for the pilots; classify on groq only (new key, dev tier)',
    date: '2024-07-10T10:05:00Z',
    author: 'priya',
    write: {
      ...files('docs/onboarding/zendesk.md', 'docs/onboarding/widget.md', 'notes/founders.md'),
      'agent/vectorstores.py': tpl('agent/vectorstores.py', 'v2'),
      'agent/providers.py': tpl('agent/providers.py', 'v2'),
    },
  },
  {
    message:
      'docker: hf token as a build secret; cursor mcp reads the github token from the env\n\nThe fly deploy token I pasted in #eng on Friday («fly_token#old-deploy») is being revoked after this deploy. ⟦S msg-fly⟧\nCI uses secrets.FLY_API_TOKEN only. ⟦D msg-fly-ref⟧',
    date: '2024-07-15T17:12:00Z',
    author: 'tomasz',
    write: { Dockerfile: tpl('Dockerfile', 'v2'), '.cursor/mcp.json': tpl('.cursor/mcp.json', 'v2') },
  },
];
