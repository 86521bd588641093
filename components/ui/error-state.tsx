export function ErrorState({ title, message }: { title: string; message: string }) {
  return (
    <div className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900" role="alert">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 whitespace-pre-wrap">{message}</p>
    </div>
  );
}
