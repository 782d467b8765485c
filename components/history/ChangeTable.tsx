import type { FieldChange } from "@/lib/audit/changes";

/** A value of an audit entry as plain text: React escapes it, so markup in a title shows literally. */
function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value, null, 1);
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
