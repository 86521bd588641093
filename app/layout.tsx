import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Quarterdeck', template: '%s · Quarterdeck' },
  description: 'Console for Cluster API fleets',
};

// Every page is rendered per request so Next.js can put the CSP nonce (set by proxy.ts) on its
// scripts; a prerendered page (e.g. the 404 page) would carry none and its scripts would be blocked.
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
