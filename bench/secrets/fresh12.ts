/**
 * Twelfth fresh-repository bench (issue 14: "a repository that you do not see"). Not a test: it prints figures and
 * asserts nothing.
 *
 *   node dist/bench/secrets/fresh12.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "Relaydesk", an AI customer-support start-up (three
 * founders, much of the code written with AI coding assistants): a Python LangGraph agent service with tools
 * (Zendesk, Shopify, Stripe refunds, Gmail with OAuth and a Workspace service account), a model router (OpenAI,
 * Azure OpenAI, Anthropic, Groq, Together, Mistral, Cohere), retrieval on Pinecone, Qdrant and Weaviate, LangSmith and
 * Langfuse tracing, a Modal reranker, Replicate and Hugging Face scripts, a Dockerfile and fly.toml, GitHub Actions,
 * a Makefile, Jupyter notebooks, an eval dataset and agent trace dumps (JSONL with pasted request headers), a prompt
 * library, a Next.js dashboard (Clerk, Supabase, PostHog, Sentry, Resend, Upstash, Inngest, Stripe webhooks), MCP
 * server configs (.cursor/mcp.json, .vscode/mcp.json, claude_desktop_config.json), Cursor/Claude/Copilot instruction
 * files, a Slack app, a Discord bot, an unmerged Twilio/Deepgram/ElevenLabs voice branch, customer onboarding docs and
 * the founders' notes. The templates are in bench/secrets/fresh12/corpus-files/ (plain text, read at run time).
 * It was written by a twelfth author without reading launchready's rules, engine, tests, docs of what the scanner
 * handles, or the earlier corpora's templates, and nobody tunes on it: it is run once at the end, and its misses and
 * false positives are listed only with --list.
 *
 * Labels and scoring are the driver's: `secret` lines must get a fail or warn finding on their file and line
 * (history-only ones at the commit that introduced them), `decoy` lines and unlabelled lines must not. Commit
 * messages carry labels too (file `COMMIT_MSG`). Recall and precision are printed for the tree scan and the
 * `--history` scan, at any severity and at medium or above. --keep leaves the generated repository (path printed);
 * --build-only builds it and prints the counts without running launchready; --cli runs another build's
 * bin/launchready.js.
 *
 * The builder and scorer are bench/secrets/fresh-driver.ts, shared with the other fresh benches.
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh12/gen.js';
import { AUTHORS, STEPS } from './fresh12/steps.js';

runFresh({
  slug: 'fresh12',
  ordinal: 'twelfth',
  identity: { name: 'Relaydesk', email: 'eng@relaydesk.ai' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
