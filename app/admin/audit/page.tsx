import type { Metadata } from "next";
import Link from "next/link";
import { ChangeTable } from "@/components/history/ChangeTable";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { auditLog } from "@/lib/data/audit-log";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

const PAGE = 50;

function entityLink(entity: string, slug: string): string | null {
  if (entity === "event") return `/events/${slug}/history`;
  if (entity === "source") return `/sources/${slug}`;
  if (entity === "target") return `/targets/${slug}`;
  return null;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const user = await requirePageRole("admin", "/admin/audit");
  if (!user) return <p className="notice">The audit log is for admins.</p>;
  const { cursor } = await searchParams;
  const page = await auditLog({ limit: PAGE, cursor: cursor && /^\d+$/.test(cursor) ? Number(cursor) : undefined });
  return (
    <section data-testid="audit-page">
      <h1>Audit log</h1>
      <p className="small muted">Every write, newest first: who, when, what, and each field before → after.</p>
      <ol className="history-list">
        {page.entries.map((entry) => {
          const href = entityLink(entry.entity, entry.slug);
          return (
            <li key={entry.id} data-testid="audit-entry">
              <p>
                <strong>
                  {entry.action} {entry.entity}
                </strong>{" "}
                {href ? <Link href={href}>{entry.slug}</Link> : entry.slug} · {entry.at.slice(0, 10)} {entry.at.slice(11, 16)} UTC · by {entry.actor.name}
              </p>
              <details>
                <summary>{entry.changes.length} field(s)</summary>
                <ChangeTable changes={entry.changes} />
              </details>
            </li>
          );
        })}
      </ol>
      {page.nextCursor && <Link href={`/admin/audit?cursor=${page.nextCursor}`}>Older entries</Link>}
    </section>
  );
}
