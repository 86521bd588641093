import { type APIRequestContext, type PlaywrightWorkerArgs } from '@playwright/test';
import { signInThroughApi } from './api-session';

export interface SignedInApi {
  request: APIRequestContext;
  cookie: string;
  dispose: () => Promise<void>;
}

/** An API client signed in as a demo user, plus its cookie header for raw fetches (streams). */
export async function signedInApi(options: { playwright: PlaywrightWorkerArgs['playwright']; baseURL: string; username: string }): Promise<SignedInApi> {
  const request = await options.playwright.request.newContext({ baseURL: options.baseURL, extraHTTPHeaders: { origin: options.baseURL } });
  await signInThroughApi(request, options.username);
  const { cookies } = await request.storageState();
  return { request, cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; '), dispose: () => request.dispose() };
}
