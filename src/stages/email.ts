import type { Stage, StageEnv } from '../audit/stage.js';
import type { CheckJob } from '../core/runner.js';
import { emailChecks } from '../checks/email/index.js';
import type { EmailProbes, EmailTarget } from '../checks/email/evidence.js';
import { DnsProbe } from '../probes/dns.js';
import { stageHttp } from './http.js';
import { caBundle } from '../probes/tls.js';
import { extraCaFiles } from './edge.js';

/**
 * The email stage: SPF, DKIM, DMARC, MX, MTA-STS and TLS-RPT of `email.domain`. DNS goes through the DNS probe
 * (--resolver); the MTA-STS policy is fetched over https from mta-sts.<domain>, which `hosts()` adds to the
 * allowlist only because the config names the email domain.
 */
export const emailStage: Stage = {
  name: 'email',
  title: 'Email trust',
  enabled: (config) => config.email !== undefined,
  hosts: (config) => (config.email && config.email.mtaSts && config.email.receiving ? [`mta-sts.${config.email.domain.toLowerCase()}`] : []),
  async plan(env: StageEnv) {
    const email = env.config.email!;
    const domain = email.domain.toLowerCase().replace(/\.$/, '');
    const ca = env.evidenceProbes?.replaying ? undefined : caBundle(extraCaFiles(env.config.edge, env.configDir));
    const http = stageHttp(env, ca ? { ca } : {});
    const dnsOpts = { ...(env.resolver ? { resolver: env.resolver } : {}) };
    const probes: EmailProbes = { dns: env.evidenceProbes ? env.evidenceProbes.dns(dnsOpts) : new DnsProbe(dnsOpts), http };
    const target: EmailTarget = { domain, dkimSelectors: email.dkimSelectors, sending: email.sending, receiving: email.receiving, mtaSts: email.mtaSts };
    const include = env.include ?? (() => true);
    const jobs: CheckJob[] = emailChecks.filter((c) => include(c.id)).map((check) => ({ check, target, probes, targetLabel: domain }));
    return {
      jobs,
      target: { domain },
      async finish() {
        await http.close();
      },
    };
  },
};
