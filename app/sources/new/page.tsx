import type { Metadata } from "next";
import { SourceEditor } from "@/components/edit/SourceEditor";
import { requirePageRole } from "@/lib/auth/require-page-role";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New source", robots: { index: false } };

export default async function NewSourcePage() {
  const user = await requirePageRole("editor", "/sources/new");
  if (!user) return <p className="notice">Adding sources needs the editor role.</p>;
  return (
    <section style={{ maxWidth: "48rem" }}>
      <h1>New source</h1>
      <SourceEditor source={null} version={null} />
    </section>
  );
}
