# One image for every hub service; the command picks the service (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /hub
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /hub
ENV NODE_ENV=production HOST=0.0.0.0
COPY --from=build /hub/package.json ./
COPY --from=build /hub/node_modules ./node_modules
COPY --from=build /hub/dist ./dist
COPY --from=build /hub/schema ./schema
COPY --from=build /hub/gateway/graphiql/dist ./gateway/graphiql/dist
# The keys live in a volume (HUB_DATA_DIR); a new named volume takes this owner.
RUN mkdir -p /hub-data && chown node:node /hub-data
USER node
CMD ["node", "dist/gateway/main.js"]
