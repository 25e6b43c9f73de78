FROM node:20-alpine@«docker_digest#node-base» AS build   ⟦D d-docker-digest⟧
WORKDIR /app
COPY package*.json .npmrc ./
ARG NPM_TOKEN
RUN npm ci
COPY . .
RUN npx prisma generate && npm run build

FROM node:20-alpine@«docker_digest#node-base»   ⟦D d-docker-digest2⟧
WORKDIR /app
ENV NODE_ENV=production
# Sentry release upload happens at build time on Render, which has no build secrets on our plan
ENV SENTRY_AUTH_TOKEN=«sntryu#docker»   ⟦S s-docker-sentry⟧
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
USER node
CMD ["node", "dist/main.js"]
