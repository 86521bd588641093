FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npx next build
EXPOSE 3000
# scripts/start.ts applies migrations, then runs next start (no simulator outside demo mode).
CMD ["npx", "tsx", "scripts/start.ts"]
