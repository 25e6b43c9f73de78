import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

@Module({
  imports: [
    BullModule.forRoot({
      connection: {
        host: process.env.REDIS_HOST ?? 'localhost',
        port: Number(process.env.REDIS_PORT ?? 6379),
        password: process.env.REDIS_PASSWORD,   ⟦D d-q-env⟧
        tls: process.env.REDIS_TLS === '1' ? {} : undefined,
      },
      prefix: 'munchly',
    }),
    BullModule.registerQueue({ name: 'dispatch' }, { name: 'payouts' }, { name: 'notifications' }),
  ],
})
export class QueuesModule {}

// Upstash instance for the EU-West rush-hour overflow (Kwame's experiment, still live)
export const OVERFLOW_REDIS_URL = 'rediss://default:«upstash#overflow»@eu1-«lc:12#upstash-host»-38112.upstash.io:38112';   ⟦S s-q-upstash⟧
