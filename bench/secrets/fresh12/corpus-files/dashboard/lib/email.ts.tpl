import { Resend } from 'resend';

// TODO(noah): env var once Vercel preview envs are sorted
const resend = new Resend('«resend#dashboard»'); ⟦S em-resend⟧

const FROM = 'Relaydesk <hello@mail.relaydesk.ai>';

export async function sendWelcome(to: string, orgName: string, widgetKey: string) {
  return resend.emails.send({
    from: FROM,
    to,
    subject: `Welcome to Relaydesk, ${orgName}`,
    html: `<p>Your widget is ready. Paste this before &lt;/body&gt;:</p>
<pre>&lt;script src="https://widget.relaydesk.ai/v1.js" data-key="${widgetKey}" async&gt;&lt;/script&gt;</pre>
<p>Your secret API key is in Settings → API keys. We will never e-mail it to you.</p>`,
  });
}

export async function sendHandoffDigest(to: string, count: number) {
  return resend.emails.send({ from: FROM, to, subject: `${count} conversations need a human`, text: 'Open https://app.relaydesk.ai/inbox?filter=handoff' });
}
