{
  "name": "relaydesk-dashboard",
  "version": "0.3.0",
  "private": true,
  "scripts": {
    "dev": "next dev -p 3100",
    "build": "next build",
    "start": "next start",
    "lint": "next lint",
    "inngest": "npx inngest-cli@latest dev -u http://localhost:3100/api/inngest"
  },
  "dependencies": {
    "@clerk/nextjs": "^5.1.6",
    "@sentry/nextjs": "^8.11.0",
    "@supabase/supabase-js": "^2.43.5",
    "@upstash/ratelimit": "^1.2.1",
    "@upstash/redis": "^1.31.6",
    "inngest": "^3.19.14",
    "next": "14.2.4",
    "posthog-js": "^1.139.3",
    "react": "18.3.1",
    "react-dom": "18.3.1",
    "resend": "^3.3.0",
    "stripe": "^15.12.0",
    "zod": "^3.23.8"
  },
  "devDependencies": {
    "@types/node": "^20.14.5",
    "@types/react": "^18.3.3",
    "eslint": "^8.57.0",
    "eslint-config-next": "14.2.4",
    "typescript": "^5.4.5"
  }
}
