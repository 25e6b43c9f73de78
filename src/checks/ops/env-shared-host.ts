import { defineCheck } from '../../core/check.js';
import { DATA_STORE_NAME, DATA_STORE_SCHEME, endpointOf, isBucketVar, type OpsTarget } from './model.js';

const LOCAL_HOST = /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|::1|\[::1\]|host\.docker\.internal|db|redis|postgres|mysql|mongo)$/;
/** Host-only variables of data stores (libpq's PGHOST, DB_HOST, DATABASE_HOST, REDIS_HOST...). */
const BARE_HOST_NAME = /^(PG|POSTGRES|DB|DATABASE|MYSQL|MARIADB|MONGO(?:DB)?|REDIS)_?HOST(?:NAME)?$/i;
/** Schemes of one store, and its default port (a URL with the default port names the same server as one without). */
function storeFamily(scheme: string): string {
  if (/^postgres(?:ql)?$|^cockroachdb$/.test(scheme)) return 'postgres';
  if (/^(?:mysql|mariadb)$/.test(scheme)) return 'mysql';
  if (/^mongodb(?:\+srv)?$/.test(scheme)) return 'mongodb';
  if (/^rediss?$/.test(scheme)) return 'redis';
  if (/^amqps?$/.test(scheme)) return 'amqp';
  return scheme;
}
const DEFAULT_PORT: Record<string, string> = { postgres: '5432', mysql: '3306', mongodb: '27017', redis: '6379', amqp: '5672', memcached: '11211', clickhouse: '9000' };

interface Use {
  env: string;
  file: string;
  name: string;
  line: number;
}

/** Staging (or a laptop) pointed at the production database, cache, queue or bucket. */
export default defineCheck<OpsTarget, Record<string, never>>({
  id: 'ops/env-shared-host',
  title: 'Each environment has its own database, storage and queue',
  problem: 'Same database, storage or queue used in two environments',
  area: 'ops',
  mode: 'passive',
  description: 'Two environments use the same database/cache/queue host or the same storage bucket',
  severity: 'high',
  cwe: 'CWE-1051',
  messages: {
    'shared-host': '{{kind}} {{endpoint}} is used by {{envA}} ({{nameA}} in {{fileA}}) and {{envB}} ({{nameB}} in {{fileB}}): {{envB}} can read and change {{envA}} data.',
    'shared-bucket': 'Bucket {{endpoint}} is used by {{envA}} ({{nameA}} in {{fileA}}) and {{envB}} ({{nameB}} in {{fileB}}).',
    ok: 'Every environment has its own data stores ({{count}} compared).',
    'too-few': 'Fewer than two environments configured (ops.environments).',
  },
  remediation: 'Give each environment its own database, cache, queue and bucket (and credentials that only work there); seed staging from anonymised snapshots, never from a live connection to production.',
  run(ctx) {
    const t = ctx.target;
    if (t.envs.length < 2) return ctx.report({ messageId: 'too-few', status: 'skipped', severity: 'info' });
    const byEndpoint = new Map<string, { kind: string; bucket: boolean; uses: Use[] }>();
    for (const set of t.envs) {
      for (const v of set.vars) {
        if (!v.value) continue;
        let key: string | null = null;
        let kind = 'Data store';
        let bucket = false;
        const ep = endpointOf(v.value);
        const bareHost = !ep ? BARE_HOST_NAME.exec(v.name) : null;
        if (ep && !/^https?$/.test(ep.scheme) && (DATA_STORE_SCHEME.test(ep.scheme) || DATA_STORE_NAME.test(v.name))) {
          if (LOCAL_HOST.test(ep.host)) continue; // per-machine / per-compose hosts
          // one server, however it is spelt: postgres:// or postgresql://, with or without the default port, other
          // user or database name (a read-only staging user on the production server still reads production)
          const family = storeFamily(ep.scheme);
          key = `${family}://${ep.host}${ep.port && ep.port !== DEFAULT_PORT[family] ? `:${ep.port}` : ''}${ep.scheme === 's3' || ep.scheme === 'gs' ? ep.path : ''}`;
          kind = /^(?:rediss?|memcached?)$/.test(ep.scheme) ? 'Cache' : /^(?:amqps?|kafka|nats)$/.test(ep.scheme) ? 'Queue' : /^(?:s3|gs)$/.test(ep.scheme) ? 'Bucket' : 'Database';
        } else if (bareHost && /^[a-z0-9][a-z0-9.-]{1,252}$/i.test(v.value.trim()) && !LOCAL_HOST.test(v.value.trim().toLowerCase())) {
          // DB_HOST=db.prod.example.com, PGHOST, REDIS_HOST: the host alone, compared with URLs of the same family
          const family = bareHost[1]!.toUpperCase().startsWith('REDIS') ? 'redis' : /MYSQL|MARIADB/i.test(bareHost[1]!) ? 'mysql' : /MONGO/i.test(bareHost[1]!) ? 'mongodb' : 'postgres';
          key = `${family}://${v.value.trim().toLowerCase()}`;
          kind = family === 'redis' ? 'Cache' : 'Database';
        } else if (ep && /^https?$/.test(ep.scheme) && DATA_STORE_NAME.test(v.name) && !/URL_PUBLIC|PUBLIC_URL|CDN/i.test(v.name)) {
          key = `${ep.host}${ep.port ? `:${ep.port}` : ''}`;
          kind = /S3|BUCKET|STORAGE|BLOB|R2|GCS|MINIO/i.test(v.name) ? 'Storage' : 'Data service';
        } else if (isBucketVar(v.name) && /^[a-z0-9][a-z0-9.-]{2,62}$/.test(v.value)) {
          key = `bucket:${v.value}`;
          bucket = true;
          kind = 'Bucket';
        }
        if (!key) continue;
        const e = byEndpoint.get(key) ?? { kind, bucket, uses: [] };
        e.uses.push({ env: set.env, file: set.file, name: v.name, line: v.line });
        byEndpoint.set(key, e);
      }
    }
    let n = 0;
    for (const [key, e] of byEndpoint) {
      const envs = [...new Set(e.uses.map((u) => u.env))];
      if (envs.length < 2) continue;
      const a = e.uses.find((u) => u.env === t.production) ?? e.uses[0]!;
      for (const b of e.uses) {
        if (b.env === a.env || e.uses.findIndex((u) => u.env === b.env) !== e.uses.indexOf(b)) continue;
        n++;
        ctx.report({
          messageId: e.bucket ? 'shared-bucket' : 'shared-host',
          severity: a.env === t.production ? 'high' : 'medium',
          data: { kind: e.kind, endpoint: key.replace(/^bucket:/, ''), envA: a.env, nameA: a.name, fileA: a.file, envB: b.env, nameB: b.name, fileB: b.file },
          location: { file: b.file, line: b.line },
          fingerprintKey: `${key}|${a.env}|${b.env}`,
        });
      }
    }
    if (n === 0) ctx.report({ messageId: 'ok', status: 'pass', severity: 'info', data: { count: byEndpoint.size } });
  },
});
