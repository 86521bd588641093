// GET|POST /api/auth/* – Auth.js sign-in, callback, session and sign-out endpoints (public by design)
import { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/auth';
import { requestOrigin } from '@/lib/http/request-origin';

// Auth.js builds redirects from the request URL; give it the origin the browser used so sign-in
// works on localhost and 127.0.0.1 alike (AUTH_URL, when set, still overrides it).
function withBrowserOrigin(request: NextRequest): NextRequest {
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, requestOrigin(request));
  return new NextRequest(url, request);
}

export const GET = (request: NextRequest) => handlers.GET(withBrowserOrigin(request));
export const POST = (request: NextRequest) => handlers.POST(withBrowserOrigin(request));
