import type { Metadata } from "next";
import Link from "next/link";
import { EventEditor } from "@/components/edit/EventEditor";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { editorOptions } from "@/lib/data/editor-options";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New event", robots: { index: false } };

export default async function NewEventPage() {
  const user = await requirePageRole("editor", "/events/new");
  if (!user) return <p className="notice">Adding events needs the editor role. Ask an admin to give your account that role.</p>;
  return (
    <section>
      <h1>New event</h1>
      <p className="small muted">
        Every event rests on at least one verbatim quote. The source must be stored first: <Link href="/sources/new">add a source</Link>.
      </p>
      <EventEditor event={null} version={null} options={await editorOptions()} />
    </section>
  );
}
