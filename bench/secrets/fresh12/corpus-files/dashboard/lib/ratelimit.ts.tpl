import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';

// widget traffic: 30 messages / minute / visitor, 2000 / hour / org
const redis = new Redis({
  url: 'https://eu1-brave-gecko-41877.upstash.io', ⟦D rl-url⟧
  token: '«upstash_token#dashboard»', ⟦S rl-token⟧
});

export const perVisitor = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(30, '1 m'), prefix: 'rl:v' });
export const perOrg = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(2000, '1 h'), prefix: 'rl:o' });

// the agent service (Python) talks to the same database over the redis protocol:
// rediss://default:«upstash_pw#dashboard»@eu1-brave-gecko-41877.upstash.io:6379 ⟦S rl-redis-url⟧
