'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import { ApiRequestError } from '@/components/ui/fetch-json';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        refetchOnWindowFocus: false,
        // Client errors (401, 403, 404, 422) do not get better by retrying.
        retry: (failures, error) => !(error instanceof ApiRequestError && error.status < 500) && failures < 2,
      },
    },
  });
}

export function QueryProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const [client] = useState(createQueryClient);

  // An expired session anywhere sends the user to sign in, and back here afterwards.
  useEffect(() => {
    return client.getQueryCache().subscribe((event) => {
      const error: unknown = event.type === 'updated' && event.action.type === 'error' ? event.action.error : null;
      if (error instanceof ApiRequestError && error.status === 401) router.replace(`/sign-in?callbackUrl=${encodeURIComponent(pathname)}`);
    });
  }, [client, router, pathname]);

  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
