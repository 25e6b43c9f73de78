import { promises as dns } from 'node:dns';

/**
 * Minimal DNS snapshot for drift detection (node:dns). src/probes/dns.ts is being written in another issue;
 * this only needs sorted answers per record so two snapshots compare as strings.
 */
export type DnsSnapshot = Record<string, string[]>;

export async function probeDns(o: { name: string; records: string[]; email: boolean; dkimSelectors: string[]; resolver?: string | undefined; timeoutMs: number }): Promise<DnsSnapshot> {
  const r = new dns.Resolver({ timeout: Math.min(o.timeoutMs, 5000), tries: 2 });
  if (o.resolver) r.setServers([o.resolver]);
  const snap: DnsSnapshot = {};
  const q = async (label: string, fn: () => Promise<string[]>): Promise<void> => {
    try {
      snap[label] = (await fn()).sort();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENODATA' || code === 'ENOTFOUND') snap[label] = [];
      else throw new Error(`${label}: ${code ?? (err as Error).message}`);
    }
  };
  const txt = async (name: string): Promise<string[]> => (await r.resolveTxt(name)).map((parts) => parts.join(''));
  const jobs: Promise<void>[] = [];
  for (const t of o.records) {
    const label = `${t} ${o.name}`;
    switch (t) {
      case 'A':
        jobs.push(q(label, () => r.resolve4(o.name)));
        break;
      case 'AAAA':
        jobs.push(q(label, () => r.resolve6(o.name)));
        break;
      case 'CNAME':
        jobs.push(q(label, () => r.resolveCname(o.name)));
        break;
      case 'MX':
        jobs.push(q(label, async () => (await r.resolveMx(o.name)).map((x) => `${x.priority} ${x.exchange}`)));
        break;
      case 'NS':
        jobs.push(q(label, () => r.resolveNs(o.name)));
        break;
      case 'TXT':
        jobs.push(q(label, () => txt(o.name)));
        break;
      case 'CAA':
        jobs.push(q(label, async () => (await r.resolveCaa(o.name)).map((x) => JSON.stringify(x))));
        break;
    }
  }
  if (o.email) {
    jobs.push(q(`SPF ${o.name}`, async () => (await txt(o.name)).filter((s) => /^v=spf1\b/i.test(s))));
    jobs.push(q(`DMARC _dmarc.${o.name}`, async () => (await txt(`_dmarc.${o.name}`)).filter((s) => /^v=DMARC1\b/i.test(s))));
    for (const sel of o.dkimSelectors) jobs.push(q(`DKIM ${sel}._domainkey.${o.name}`, () => txt(`${sel}._domainkey.${o.name}`)));
  }
  await Promise.all(jobs);
  return snap;
}
