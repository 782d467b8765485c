import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SourceEditor } from "@/components/edit/SourceEditor";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { NotFoundError } from "@/lib/data/errors";
import { getSource, sourceVersion } from "@/lib/data/sources";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit source", robots: { index: false } };

export default async function EditSourcePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePageRole("editor", `/sources/${slug}/edit`);
  if (!user) return <p className="notice">Editing sources needs the editor role.</p>;
  const source = await getSource(slug).catch((error: unknown) => (error instanceof NotFoundError ? notFound() : Promise.reject(error)));
  return (
    <section style={{ maxWidth: "48rem" }}>
      <h1>Edit source: {source.title}</h1>
      <p className="small muted">A changed text must still hold every quote that cites it, at the same place.</p>
      <SourceEditor source={source} version={await sourceVersion(slug)} />
    </section>
  );
}
