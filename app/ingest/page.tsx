import type { Metadata } from "next";
import { IngestWorkbench } from "@/components/ingest/IngestWorkbench";
import { requirePageRole } from "@/lib/auth/require-page-role";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ingest an article", robots: { index: false } };

export default async function IngestPage() {
  const user = await requirePageRole("editor", "/ingest");
  if (!user) return <p className="notice">Ingesting articles needs the editor role. Ask an admin to give your account that role.</p>;
  return (
    <section className="ingest-page">
      <h1>Ingest an article</h1>
      <p className="small">
        Paste an article or upload it (.txt, .md or .html), with its publication details. The app proposes the dated events it reports, each
        with its sentence as the quote and a date read relative to the publication; you review, correct and accept them, then publish the
        source and the accepted events in one step. Nothing is stored until you publish.
      </p>
      <IngestWorkbench />
    </section>
  );
}
