import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChangeTable } from "@/components/history/ChangeTable";
import { eventAtVersion, eventHistory } from "@/lib/data/audit-log";
import { NotFoundError } from "@/lib/data/errors";
import { resolveEventSlug } from "@/lib/data/events";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Event history" };

const instant = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function HistoryPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ version?: string }> }) {
  const { slug } = await params;
  const { version } = await searchParams;
  const history = await orNotFound(eventHistory(slug));
  const current = await resolveEventSlug(slug);
  const title = current?.kind === "live" ? current.event.title : current?.kind === "deleted" ? current.title : slug;
  const wanted = version && /^\d+$/.test(version) ? Number(version) : null;
  const shown = wanted ? await orNotFound(eventAtVersion(slug, wanted)) : null;
  return (
    <section data-testid="history-page">
      <p className="small">
        <Link href={`/events/${slug}`}>← Back to the event</Link>
      </p>
      <h1>History: {title}</h1>
      {current?.kind === "deleted" && <p className="notice">This event was removed on {current.deletedAt.slice(0, 10)}.</p>}
      {shown && (
        <div className="notice" data-testid="version-view">
          <h2>Version {shown.entry.version}, as saved {instant(shown.entry.at)} by {shown.entry.actor.name}</h2>
          {shown.snapshot ? <ChangeTable changes={Object.entries(shown.snapshot).map(([field, after]) => ({ field, before: null, after }))} /> : <p>The event was removed in this version.</p>}
          <p className="small">
            <Link href={`/events/${slug}/history`}>Back to all versions</Link>
          </p>
        </div>
      )}
      <ol className="history-list">
        {history.map((entry) => (
          <li key={entry.version} data-testid="history-entry">
            <p>
              <strong>
                Version {entry.version}: {entry.action}
              </strong>{" "}
              · {instant(entry.at)} · by {entry.actor.name} · <Link href={`/events/${slug}/history?version=${entry.version}`}>View this version</Link>
            </p>
            <ChangeTable changes={entry.changes} />
          </li>
        ))}
      </ol>
    </section>
  );
}
