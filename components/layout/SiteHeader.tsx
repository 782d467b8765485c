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
        <Link href="/api/events">API</Link>
      </nav>
    </header>
  );
}
