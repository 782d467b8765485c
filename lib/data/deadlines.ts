import type { TimelineEvent } from "@/lib/domain";
import type { EventFilters } from "@/lib/url/filters";
import { db } from "./client";
import { eventSelect, toTimelineEvent } from "./event-select";
import { eventWhere } from "./events";

type Client = ReturnType<typeof db>;

/** Every deadline among the filtered events, whatever its status, soonest due first. */
export async function listDeadlineEvents(filters: EventFilters, client: Client = db()): Promise<TimelineEvent[]> {
  const rows = await client.event.findMany({
    where: { AND: [eventWhere(filters), { kind: "deadline" }] },
    select: eventSelect,
    orderBy: [{ endDate: "asc" }, { slug: "asc" }],
  });
  return rows.map(toTimelineEvent);
}
