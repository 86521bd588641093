// GET /api/clusters/[managementCluster]/[namespace]/[name]/kubeconfig – the ready cluster's kubeconfig as a download (team members and approvers; audited)
import { downloadKubeconfig } from '@/lib/change-requests/download-kubeconfig';
import { defineRoute } from '@/lib/http/define-route';
import { clusterParamsSchema } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'kubeconfig:download',
  params: clusterParamsSchema,
  handler: async ({ user, params, request }) => {
    const { filename, content } = await downloadKubeconfig({ user, ...params, request });
    return new Response(new Uint8Array(content), {
      headers: { 'content-type': 'application/yaml', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
    });
  },
});
