import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisionForm } from "@/components/edit/RevisionForm";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { editorOptions } from "@/lib/data/editor-options";
import { NotFoundError } from "@/lib/data/errors";
import { listEvents } from "@/lib/data/events";
import { getTarget, targetVersion } from "@/lib/data/targets";
import { emptyFilters } from "@/lib/url/filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New target revision", robots: { index: false } };

export default async function EditTargetPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ announcedBy?: string }> }) {
  const { slug } = await params;
  const { announcedBy } = await searchParams;
  const user = await requirePageRole("editor", `/targets/${slug}/edit`);
  if (!user) return <p className="notice">Changing targets needs the editor role.</p>;
  const target = await getTarget(slug).catch((error: unknown) => (error instanceof NotFoundError ? notFound() : Promise.reject(error)));
  const [version, { events }, { actors }] = await Promise.all([targetVersion(slug), listEvents(emptyFilters()), editorOptions()]);
  return (
    <section style={{ maxWidth: "56rem" }}>
      <p className="small">
        <Link href={`/targets/${slug}`}>← Back to the target</Link>
      </p>
      <h1>New revision of “{target.title}”</h1>
      <p className="small muted">
        The target now has {target.revisions.length} revision(s). A new deadline or value is a new revision, announced by an event that cites it.
      </p>
      <RevisionForm
        target={target}
        version={version}
        events={events.map((e) => ({ slug: e.slug, title: e.title, dateLabel: e.date.label }))}
        actors={actors.map((a) => ({ slug: a.slug, name: a.name }))}
        initialAnnouncedBy={typeof announcedBy === "string" ? announcedBy : undefined}
      />
    </section>
  );
}
