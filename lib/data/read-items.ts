import type { Prisma } from "@/generated/prisma/client";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { Precision } from "@/lib/dates/precision";
import { statusBeforeSupersession } from "@/lib/targets/event-as-of";
import { packItem, toTimelineItem, type PackedItem } from "@/lib/timeline/items";
import type { EventKind, EventStatus } from "@/lib/validation/vocabulary";
import type { db } from "./client";
import { engineSql } from "./engine-sql";
import { eventHeadSelect } from "./event-select";
import { supersededAfter, TIME_ORDER } from "./event-where";

type Client = ReturnType<typeof db>;

const timelineItemSelect = {
  id: true,
  ...eventHeadSelect,
} satisfies Prisma.EventSelect;

/**
 * Events as timeline items with their ids, in time order. Countries and topics are read from the link
 * tables in two flat queries rather than through Prisma's relation loading, which at 50,000 events is
 * twice as slow and must be paged.
 */
export async function readItems(client: Client, where: Prisma.EventWhereInput, asOf: CalendarDate | null = null): Promise<{ id: number; item: PackedItem }[]> {
  const rows = await client.event.findMany({ where, select: timelineItemSelect, orderBy: TIME_ORDER });
  const ids = rows.map((r) => r.id);
  const sql = engineSql(client);
  const [countryLinks, topicLinks, notYetSuperseded] = await Promise.all([
    sql.eventCountries(client, ids),
    sql.eventTopics(client, ids),
    // Statuses as known on asOf: the few superseded only later, found by one query rather than by
    // loading every item's target revisions.
    asOf ? client.event.findMany({ where: { AND: [where, supersededAfter(asOf)] }, select: { id: true } }) : [],
  ]);
  const unsuperseded = new Set(notYetSuperseded.map((row) => row.id));
  const countries = groupKeys(countryLinks);
  const topics = groupKeys(topicLinks);
  return rows.map((row) => ({
    id: row.id,
    item: packItem(
      toTimelineItem({
        slug: row.slug,
        title: row.title,
        kind: row.kind as EventKind,
        status: unsuperseded.has(row.id) ? statusBeforeSupersession(row.kind as EventKind) : (row.status as EventStatus),
        date: { start: row.startDate, end: row.endDate, precision: row.precision as Precision, label: row.dateLabel },
        countries: (countries.get(row.id) ?? []).map((code) => ({ code })),
        topics: (topics.get(row.id) ?? []).map((slug) => ({ slug })),
      }),
    ),
  }));
}

function groupKeys(links: { event: number; key: string }[]): Map<number, string[]> {
  const byEvent = new Map<number, string[]>();
  for (const { event, key } of links) {
    const id = Number(event);
    const keys = byEvent.get(id);
    if (keys) keys.push(key);
    else byEvent.set(id, [key]);
  }
  return byEvent;
}

