import { PageHeader } from './components.tsx';

/** The page for an address that leads nowhere (or to something that is not yours). */
export function NotFoundPage() {
  return (
    <PageHeader title="Page not found" lead="There is nothing at this address, or it is not yours to see.">
      <p>
        <a href="/">Back to today’s prompts</a>
      </p>
    </PageHeader>
  );
}

/** The page for a request the server cannot take (too large, malformed, …). */
export function ErrorPage(props: { title: string; message: string }) {
  return (
    <PageHeader title={props.title} lead={props.message}>
      <p>
        <a href="/">Back to today’s prompts</a>
      </p>
    </PageHeader>
  );
}
