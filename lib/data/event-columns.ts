import type { EventInput } from "@/lib/validation/seed";

/** The Event row's own columns for a validated input event, shared by the seed and the bulk loader. */
export function eventColumns(e: EventInput) {
  return {
    title: e.title,
    summary: e.summary,
    kind: e.kind,
    status: e.status,
    startDate: e.date.start,
    endDate: e.date.end,
    precision: e.date.precision,
    dateLabel: e.date.label,
    timezone: e.date.timezone ?? null,
    dateNote: e.date.note ?? null,
    announcedDate: e.announcedDate ?? null,
  };
}
