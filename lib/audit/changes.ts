/** One field's change in an audit entry; `before` is null on a create, `after` null on a delete. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

type Plain = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

/** Nested objects become dotted fields ("date.start"); lists are compared and reported whole. */
function flatten(record: Plain | null, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(record ?? {})) {
    if (value === undefined) continue;
    if (isPlainObject(value)) flatten(value, `${prefix}${key}.`, out);
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}

/** The fields that differ between two versions of an entity, in the order the later version lists them. */
export function diffRecords(before: Plain | null, after: Plain | null): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  return fields
    .filter((field) => JSON.stringify(a.get(field) ?? null) !== JSON.stringify(b.get(field) ?? null))
    .map((field) => ({ field, before: a.get(field) ?? null, after: b.get(field) ?? null }));
}
