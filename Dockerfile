# syntax=docker/dockerfile:1
#
# One image for both processes:
#   api (default):  node -r ./dist/apps/register-paths.js dist/apps/api/src/main.js
#   worker:         node -r ./dist/apps/register-paths.js dist/apps/worker/src/main.js
# In production it needs DATABASE_URL, JWT_SECRET (at least 32 characters) and FIELD_ENCRYPTION_KEY; see README.md.

# --- build: install everything, compile, then drop the dev dependencies ---------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci

COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY prisma-free-schema ./prisma-free-schema
# The last line proves the compiled api and worker load from production dependencies alone.
RUN npm run build \
 && npm run build:web \
 && npm prune --omit=dev \
 && node -r ./dist/apps/register-paths.js -e "require('reflect-metadata'); require('./dist/apps/api/src/api.module'); require('./dist/apps/worker/src/worker.module')"

# --- runtime: compiled code and production dependencies only, as the non-root user ---------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app

# Owned by root and read-only to the process: the app writes nothing to its own directory.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The built portal, served by the api at / (apps/api/src/web-app.ts).
COPY --from=build /app/apps/web/dist ./apps/web/dist
# The one place it writes: attachments (mount a volume shared by every api instance here).
RUN mkdir -p /var/lib/safeguard/attachments && chown node:node /var/lib/safeguard/attachments

USER node
EXPOSE 3000
CMD ["node", "-r", "./dist/apps/register-paths.js", "dist/apps/api/src/main.js"]
