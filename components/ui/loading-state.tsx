export function LoadingState({ label }: { label: string }) {
  return (
    <div className="flex items-center gap-2 p-4 text-sm text-slate-600" role="status" aria-live="polite">
      <span className="size-3 animate-pulse rounded-full bg-sky-500" aria-hidden />
      {label}
    </div>
  );
}
