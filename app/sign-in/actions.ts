'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { signIn } from '@/lib/auth/auth';
import { safeCallbackUrl } from '@/lib/auth/safe-callback-url';

function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

// Sign-in actions are public by nature: they authenticate the caller, they grant nothing else.

export async function signInWithPassword(formData: FormData): Promise<void> {
  const callbackUrl = safeCallbackUrl(formData.get('callbackUrl'));
  try {
    await signIn('credentials', {
      username: formText(formData, 'username'),
      password: formText(formData, 'password'),
      redirectTo: callbackUrl,
    });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js errors mean the credentials were refused.
    if (error instanceof AuthError) redirect(`/sign-in?error=CredentialsSignin&callbackUrl=${encodeURIComponent(callbackUrl)}`);
    throw error;
  }
}

export async function signInWithOidc(formData: FormData): Promise<void> {
  await signIn('oidc', { redirectTo: safeCallbackUrl(formData.get('callbackUrl')) });
}
