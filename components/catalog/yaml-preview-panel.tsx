import type { PreviewState } from './use-request-preview';

function statusText(preview: PreviewState): { text: string; tone: string } {
  if (preview.status === 'waiting') return { text: `Draft: fix the form's problems, then it is dry-run against ${preview.managementCluster}.`, tone: 'text-slate-600' };
  if (preview.status === 'checking') return { text: 'Checking against the management cluster (server-side dry-run)…', tone: 'text-slate-600' };
  if (preview.status === 'passed') return { text: `Dry-run passed on ${preview.managementCluster}.`, tone: 'text-emerald-800' };
  return { text: `Dry-run failed on ${preview.managementCluster}: ${preview.problemCount === 1 ? '1 problem' : `${preview.problemCount} problems`}.`, tone: 'text-red-800' };
}

/** The exact Cluster manifest the request would apply (read-only text) and the dry-run's verdict. */
export function YamlPreviewPanel({ preview }: { preview: PreviewState }) {
  const status = statusText(preview);
  return (
    <section className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="manifest-preview-heading">
      <h2 id="manifest-preview-heading" className="text-base font-semibold text-slate-900">
        Manifest preview
      </h2>
      <p className={`text-sm ${status.tone}`} role="status" data-testid="dry-run-status">
        {status.text}
      </p>
      {preview.yaml ? (
        <pre aria-label="Cluster manifest YAML" className="max-h-[36rem] overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
          {preview.yaml}
        </pre>
      ) : (
        <p className="text-sm text-slate-500">Rendering the manifest…</p>
      )}
    </section>
  );
}
