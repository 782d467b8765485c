import Link from "next/link";
import { headers } from "next/headers";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { currentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";

export async function SiteHeader() {
  const user = await currentUser(await headers());
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
        <Link href="/api">API</Link>
        {hasRole(user?.role, "editor") && <Link href="/events/new">New event</Link>}
        {hasRole(user?.role, "editor") && <Link href="/ingest">Ingest</Link>}
        {hasRole(user?.role, "editor") && <Link href="/import">Import</Link>}
        {hasRole(user?.role, "admin") && <Link href="/admin/users">Accounts</Link>}
        {hasRole(user?.role, "admin") && <Link href="/admin/audit">Audit</Link>}
      </nav>
      <div className="account" data-testid="account">
        {user ? (
          <>
            <Link href="/account/tokens" title={`${user.email} · ${user.role}`}>
              {user.name}
            </Link>
            <SignOutButton />
          </>
        ) : (
          <Link href="/login">Sign in</Link>
        )}
      </div>
    </header>
  );
}
