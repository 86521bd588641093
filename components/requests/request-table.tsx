import Link from 'next/link';
import { describeRequest } from './describe-request';
import type { ChangeRequestView } from './request-types';
import { StateBadge } from './state-badge';
import { DataTable } from '@/components/ui/data-table';

export function RequestTable({ items, label }: { items: ChangeRequestView[]; label: string }) {
  return (
    <DataTable label={label} columns={['Request', 'Cluster', 'Requester', 'State', 'Approvals', 'Created']}>
          {items.map((item) => (
            <tr key={item.id} className="border-t border-slate-100">
              <td className="px-3 py-2">
                <Link className="font-medium text-sky-800 underline" href={`/requests/${item.id}`}>{describeRequest(item)}</Link>
              </td>
              <td className="px-3 py-2">{`${item.managementCluster}/${item.namespace}/${item.clusterName}`}</td>
              <td className="px-3 py-2">{item.requester.name}{item.requester.team ? ` (${item.requester.team})` : ''}</td>
              <td className="px-3 py-2"><StateBadge state={item.state} /></td>
              <td className="px-3 py-2">{`${item.approvals.filter((a) => a.decision === 'approve').length}/${item.requiredApprovals}`}</td>
              <td className="whitespace-nowrap px-3 py-2 text-xs text-slate-600"><time dateTime={item.createdAt}>{item.createdAt.replace('T', ' ').slice(0, 16)}</time></td>
            </tr>
          ))}
    </DataTable>
  );
}
