# One image for every hub service; the command picks the service (see docker-compose.yml).
# Node 22 is the current LTS line (Node 20 reached end of life in April 2026).
FROM node:22-bookworm-slim AS build
WORKDIR /hub
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /hub
# production: graphql-js skips its dev-only checks; introspection stays governed by roles.
ENV NODE_ENV=production HOST=0.0.0.0
COPY --from=build /hub/package.json ./
COPY --from=build /hub/node_modules ./node_modules
COPY --from=build /hub/dist ./dist
COPY --from=build /hub/schema ./schema
COPY --from=build /hub/gateway/graphiql/dist ./gateway/graphiql/dist
# The keys live in a volume (HUB_DATA_DIR); a new named volume takes this owner.
RUN mkdir -p /hub-data && chown node:node /hub-data
USER node
# Every service answers /health on its PORT (the gateway's default is 4000).
HEALTHCHECK --interval=10s --timeout=5s --retries=12 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/gateway/main.js"]
