import { Inngest } from 'inngest';

export const inngest = new Inngest({
  id: 'relaydesk-dashboard',
  eventKey: process.env.INNGEST_EVENT_KEY, ⟦D ing-env⟧
  signingKey: process.env.INNGEST_SIGNING_KEY ?? '«inngest_signing#prod»', ⟦S ing-signing⟧
});

export const reindexOrg = inngest.createFunction(
  { id: 'reindex-org', concurrency: { limit: 2 } },
  { event: 'org/upgraded' },
  async ({ event, step }) => {
    await step.run('call-agent-reindex', async () => {
      const r = await fetch(`${process.env.AGENT_URL}/v1/admin/reindex`, {
        method: 'POST',
        headers: { authorization: `Bearer ${process.env.AGENT_ADMIN_TOKEN}`, 'content-type': 'application/json' }, ⟦D ing-bearer-var⟧
        body: JSON.stringify({ org: event.data.orgId }),
      });
      if (!r.ok) throw new Error(`reindex failed: ${r.status}`);
    });
  },
);
