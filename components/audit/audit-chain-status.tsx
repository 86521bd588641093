import type { AuditChainVerdict } from '@/lib/audit/verify-audit-chain';

/** The result of walking the hash chain (admins only: it reads the whole table). */
export function AuditChainStatus({ verdict }: { verdict: AuditChainVerdict | { error: string } }) {
  if ('error' in verdict) return <p role="status" className="mb-4 text-sm text-amber-800">The hash chain could not be checked: {verdict.error}</p>;
  if (verdict.ok) return <p role="status" className="mb-4 text-sm text-emerald-800">Hash chain intact: {verdict.count} events verified.</p>;
  return (
    <p role="alert" className="mb-4 rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900">
      Hash chain broken at event {verdict.firstBadId} (after {verdict.count} good events): {verdict.reason}
    </p>
  );
}
