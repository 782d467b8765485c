import { isCalendarDate } from "@/lib/dates/calendar-date";
import type { SourceWrite } from "@/lib/validation/write";
import { AlreadyExistsError, ConflictError, NotFoundError, WriteRejectedError, type WriteIssue } from "../errors";
import { recordAudit, type Writer } from "./audit";
import { rejectedMessage, type WriteOutcome } from "./events";
import type { References } from "./references";
import type { Tx } from "./tx";

const sourceColumns = {
  slug: true,
  title: true,
  publisher: true,
  author: true,
  section: true,
  publishedAt: true,
  publishedDate: true,
  publishedZone: true,
  url: true,
  retrievedAt: true,
  language: true,
  text: true,
  editorialNote: true,
} as const;

type Optional = "author" | "section" | "publishedZone" | "url" | "editorialNote";
type SourceRecord = Record<Exclude<keyof typeof sourceColumns, Optional>, string> & Record<Optional, string | null>;

/** Without nulls, so an absent optional field and a stored null compare equal. */
const compact = (record: SourceRecord) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined));

export async function saveSource(
  tx: Tx,
  input: SourceWrite,
  writer: Writer,
  refs: References,
  at: string,
  options: { mode: "create" | "update" | "upsert"; path?: string },
): Promise<WriteOutcome> {
  const path = options.path ?? "source";
  const issues: WriteIssue[] = [];
  const printedDay = input.publishedAt.slice(0, 10);
  const publishedDate = input.publishedDate ?? (isCalendarDate(printedDay) ? printedDay : undefined);
  if (!publishedDate) issues.push({ path: `${path}.publishedDate`, message: "give the day of publication as YYYY-MM-DD (publishedAt does not start with one)" });

  const existing = await tx.source.findUnique({ where: { slug: input.slug }, select: { ...sourceColumns, id: true, version: true } });
  if (options.mode === "create" && existing) throw new AlreadyExistsError(`A source with the slug "${input.slug}" already exists.`);
  if (options.mode === "update" && !existing) throw new NotFoundError("source", input.slug);
  if (existing && input.version !== undefined && input.version !== existing.version) {
    throw new ConflictError(`"${existing.title}" was changed since you loaded it (version ${input.version}, now ${existing.version}). Nothing was saved: reload it first.`);
  }
  if (existing && existing.text !== input.text) {
    // A new text must still hold every quote that cites it, at the same offsets.
    const cited = await tx.citation.findMany({ where: { sourceId: existing.id }, select: { quote: true, start: true, end: true, event: { select: { slug: true } } } });
    for (const c of cited) {
      if (input.text.slice(c.start, c.end) !== c.quote) {
        issues.push({ path: `${path}.text`, message: `the new text no longer holds the quote of event "${c.event.slug}" at ${c.start}–${c.end}` });
      }
    }
  }
  if (issues.length) throw new WriteRejectedError(rejectedMessage(issues), issues);

  const after: SourceRecord = {
    slug: input.slug,
    title: input.title,
    publisher: input.publisher,
    author: input.author ?? null,
    section: input.section ?? null,
    publishedAt: input.publishedAt,
    publishedDate: publishedDate!,
    publishedZone: input.publishedZone ?? null,
    url: input.url ?? null,
    // Retrieval is a UTC calendar day, kept as given on a re-import.
    retrievedAt: input.retrievedAt ?? existing?.retrievedAt ?? at.slice(0, 10),
    language: input.language,
    text: input.text,
    editorialNote: input.editorialNote ?? null,
  };
  const before: SourceRecord | null = existing
    ? (Object.fromEntries(Object.keys(sourceColumns).map((k) => [k, existing[k as keyof SourceRecord]])) as SourceRecord)
    : null;
  if (existing && before && JSON.stringify(compact(before)) === JSON.stringify(compact(after))) {
    refs.rememberSource(input.slug, existing.id, input.text);
    return "unchanged";
  }

  const row = existing
    ? await tx.source.update({ where: { id: existing.id }, data: { ...after, version: { increment: 1 } }, select: { id: true } })
    : await tx.source.create({ data: after, select: { id: true } });
  refs.rememberSource(input.slug, row.id, input.text);
  await recordAudit(tx, writer, { action: before ? "update" : "create", entity: "source", entityId: row.id, entitySlug: input.slug, before: before && compact(before), after: compact(after) }, at);
  return before ? "updated" : "created";
}
