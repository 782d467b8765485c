import type { Metadata } from "next";
import { ImportForm } from "@/components/import/ImportForm";
import { requirePageRole } from "@/lib/auth/require-page-role";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import", robots: { index: false } };

export default async function ImportPage() {
  const user = await requirePageRole("editor", "/import");
  if (!user) return <p className="notice">Importing needs the editor role. Ask an admin to give your account that role.</p>;
  return (
    <section>
      <h1>Import</h1>
      <p className="small">
        JSON in the shapes the API returns (<code>{"{ sources, events, targets }"}</code>), or CSV in the columns of the CSV download, one row per
        citation. Records are matched by slug. Check the file first: nothing is written unless every row is valid. The format is described in the
        README, with an example in <code>docs/import-example.json</code>.
      </p>
      <ImportForm />
    </section>
  );
}
