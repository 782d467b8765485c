import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { EventEditor } from "@/components/edit/EventEditor";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { editorOptions } from "@/lib/data/editor-options";
import { resolveEventSlug } from "@/lib/data/events";
import { listTargets, targetsForEvent } from "@/lib/data/targets";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit event", robots: { index: false } };

export default async function EditEventPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePageRole("editor", `/events/${slug}/edit`);
  if (!user) return <p className="notice">Editing needs the editor role. Ask an admin to give your account that role.</p>;
  const found = (await resolveEventSlug(slug)) ?? notFound();
  if (found.kind === "moved") permanentRedirect(`/events/${found.slug}/edit`);
  if (found.kind === "deleted") notFound();
  const [announced, targets] = await Promise.all([targetsForEvent(found.event.slug), listTargets()]);
  return (
    <section>
      <p className="small">
        <Link href={`/events/${slug}`}>← Back to the event</Link> · <Link href={`/events/${slug}/history`}>History</Link>
      </p>
      <h1>Edit: {found.event.title}</h1>
      <p className="small muted">Version {found.version}. Saving over a newer version is refused, so nobody&apos;s changes are lost.</p>
      <EventEditor event={found.event} version={found.version} options={await editorOptions()} />
      <section className="edit-form" style={{ marginTop: "1.5rem" }} data-testid="event-target-revisions">
        <h2>Target revisions this event announces</h2>
        {announced.length > 0 ? (
          <ul>
            {announced.map((t) => (
              <li key={t.slug}>
                <Link href={t.url}>{t.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="small muted">None yet.</p>
        )}
        <p className="small">Record a new value or deadline that this event announced:</p>
        <ul>
          {targets.map((t) => (
            <li key={t.slug}>
              <Link href={`/targets/${t.slug}/edit?announcedBy=${found.event.slug}`}>Add a revision of “{t.title}” announced by this event</Link>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
