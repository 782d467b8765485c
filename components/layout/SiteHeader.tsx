import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link href="/" className="brand">
        Policy Timeline
      </Link>
      <nav aria-label="Site">
        <Link href="/">Timeline</Link>
        <Link href="/targets">Targets</Link>
        <Link href="/deadlines">Deadlines</Link>
        {/* A plain link: the API answers JSON, not a page Next could prefetch or navigate to on the client. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/api/events">API</a>
      </nav>
    </header>
  );
}
