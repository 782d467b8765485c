import Link from "next/link";

export default function NotFound() {
  return (
    <div data-testid="not-found">
      <h1>Not found</h1>
      <p>There is no event, source or target at this address. It may have been renamed, or the link may be mistyped.</p>
      <p>
        <Link href="/">Back to all events</Link>
      </p>
    </div>
  );
}
