// Row columns from validated input, shared by the write path and the bulk loader.

interface EventFields {
  title: string;
  summary: string;
  kind: string;
  status: string;
  date: { start: string; end: string; precision: string; label: string; timezone?: string; note?: string };
  announcedDate?: string;
}

/** The Event row's own columns for a validated input event. */
export function eventColumns(e: EventFields) {
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

interface RevisionFields {
  kind: string;
  value: number;
  valueLabel: string;
  status: string;
  proposedBy?: string | null;
  deadline?: { start: string; end: string; precision: string; label: string } | null;
}

/** A target revision's own columns (its links to the announcing event and the revision it replaces are the caller's). */
export function revisionColumns(r: RevisionFields) {
  return {
    kind: r.kind,
    proposedBy: r.proposedBy ?? null,
    value: r.value,
    valueLabel: r.valueLabel,
    deadlineStart: r.deadline?.start ?? null,
    deadlineEnd: r.deadline?.end ?? null,
    deadlinePrecision: r.deadline?.precision ?? null,
    deadlineLabel: r.deadline?.label ?? null,
    status: r.status,
  };
}
