import { EmptyState } from './empty-state';
import { PageHeader } from './page-header';

/** A page whose feature has not landed yet: says so plainly instead of showing fake data. */
export function ComingSoon({ title, description, issue }: { title: string; description: string; issue: string }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState title="Coming soon">
        This page arrives with “{issue}”. The navigation, sign-in and management-cluster status above are live.
      </EmptyState>
    </>
  );
}
