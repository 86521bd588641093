import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <h1 className="text-2xl font-semibold text-sky-950">Page not found</h1>
      <p className="mt-2 text-sm text-slate-600">This page does not exist in Quarterdeck.</p>
      <Link href="/fleet" className="mt-4 text-sm text-sky-800 underline">
        Back to the fleet
      </Link>
    </main>
  );
}
