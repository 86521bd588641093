'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useMemo } from 'react';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { PageHeader } from '@/components/ui/page-header';
import type { ClassForm } from '@/lib/catalog/catalog-types';
import { catalogQueries, type ClassRef } from './catalog-queries';
import { RequestForm } from './request-form';
import { toRequestFormModel } from './request-form-model';

function ClassFacts({ form }: { form: ClassForm }) {
  const { entry } = form;
  return (
    <p className="-mt-4 mb-6 text-sm text-slate-600">
      {entry.description} · {entry.infrastructureProvider} · {entry.controlPlaneKind} · Cluster API {entry.apiVersion} on {entry.managementCluster}
    </p>
  );
}

/** /catalog/{mc}/{ns}/{class}: the class's generated request form. */
export function RequestFormPage(props: ClassRef) {
  const query = useQuery(catalogQueries.classForm(props));
  const model = useMemo(() => (query.data ? toRequestFormModel(query.data) : undefined), [query.data]);
  return (
    <>
      <PageHeader
        title={`Request a cluster: ${props.name}`}
        description={`ClusterClass ${props.namespace}/${props.name} on ${props.managementCluster}`}
        actions={
          <Link href="/catalog" className="text-sm text-sky-800 underline">
            Back to the catalog
          </Link>
        }
      />
      {query.isPending ? <LoadingState label="Loading the class…" /> : null}
      {query.isError ? <ErrorState title="The class could not be loaded" message={query.error.message} /> : null}
      {query.data && model ? (
        <>
          <ClassFacts form={query.data} />
          <RequestForm key={`${props.managementCluster}/${props.namespace}/${props.name}`} model={model} />
        </>
      ) : null}
    </>
  );
}
