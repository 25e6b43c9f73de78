import { Redis } from '@upstash/redis';
import IORedis from 'ioredis';

// REST client for rate limiting in edge middleware
export const redis = new Redis({
  url: 'https://eu1-«lc:6#upstash»-«digits:5#upstash-port».upstash.io',   ⟦D d-rs-url⟧
  token: '«upstash#ratelimit»',   ⟦S s-rs-token⟧
});

// TCP client for BullMQ in the worker bridge
export const queueConnection = new IORedis(process.env.REDIS_URL ?? 'rediss://default:«alnum:32#redis-pw»@eu1-«lc:6#upstash»-«digits:5#upstash-port».upstash.io:6379', {   ⟦S s-rs-url⟧
  maxRetriesPerRequest: null,
});
