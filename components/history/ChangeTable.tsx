import type { FieldChange } from "@/lib/audit/changes";

/** A value of an audit entry as plain text: React escapes it, so markup in a title shows literally. */
function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    if (value.every((v) => typeof v === "string")) return value.join(", ");
    return value.map(showCitation).join("\n\n");
  }
  return JSON.stringify(value, null, 1);
}

/** A citation as an editor reads it: the quote, then where it stands. */
function showCitation(value: unknown): string {
  const c = value as { quote?: unknown; source?: unknown; start?: unknown; end?: unknown; supports?: unknown };
  if (typeof c?.quote !== "string") return JSON.stringify(value);
  return `“${c.quote}”\n— ${String(c.source)}, characters ${String(c.start)}–${String(c.end)} (supports ${String(c.supports)})`;
}

export function ChangeTable({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return <p className="small muted">No field changed.</p>;
  return (
    <table className="changes">
      <thead>
        <tr>
          <th scope="col" style={{ width: "22%" }}>
            Field
          </th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row">{c.field}</th>
            <td>
              <pre>{show(c.before)}</pre>
            </td>
            <td>
              <pre>{show(c.after)}</pre>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
