import { packItem, toTimelineItem, type PackedItem } from "@/lib/timeline/items";
import type { Precision } from "@/lib/dates/precision";
import type { TimelineEvent } from "@/lib/domain";
import type { EventFilters } from "@/lib/url/filters";
import type { EventKind, EventStatus } from "@/lib/validation/vocabulary";
import { db } from "./client";
import { eventSelect, toTimelineEvent } from "./event-select";
import { eventWhere, TIME_ORDER } from "./events";

type Client = ReturnType<typeof db>;

/** The filtered events in the compact form the interactive timeline draws. */
export async function listTimelineItems(filters: EventFilters, client: Client = db()): Promise<PackedItem[]> {
  const rows = await client.event.findMany({
    where: eventWhere(filters),
    select: {
      slug: true,
      title: true,
      kind: true,
      status: true,
      startDate: true,
      endDate: true,
      precision: true,
      dateLabel: true,
      countries: { select: { code: true } },
      topics: { select: { slug: true } },
    },
    orderBy: TIME_ORDER,
  });
  return rows.map((row) =>
    packItem(
      toTimelineItem({
        slug: row.slug,
        title: row.title,
        kind: row.kind as EventKind,
        status: row.status as EventStatus,
        date: { start: row.startDate, end: row.endDate, precision: row.precision as Precision, label: row.dateLabel },
        countries: row.countries,
        topics: row.topics,
      }),
    ),
  );
}

/** Open deadlines (due or planned) among the filtered events. */
export async function listOpenDeadlines(filters: EventFilters, client: Client = db()): Promise<TimelineEvent[]> {
  const rows = await client.event.findMany({
    where: { AND: [eventWhere(filters), { kind: "deadline", status: { in: ["due", "planned"] } }] },
    select: eventSelect,
    orderBy: { endDate: "asc" },
    take: 50,
  });
  return rows.map(toTimelineEvent);
}
