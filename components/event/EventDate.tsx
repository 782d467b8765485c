import { exactInterval } from "@/lib/dates/precision";
import type { EventDate as EventDateData } from "@/lib/domain";

const PRECISION_NAMES: Record<EventDateData["precision"], string> = {
  day: "exact day",
  month: "month",
  quarter: "quarter",
  year: "year",
  "fiscal-year": "fiscal year",
  approximate: "approximate",
  by: "on or before",
};

/** The date as its label says it, with the precision and the exact days behind it: rendered on the server, so no browser zone can shift it. */
export function EventDate({ date, detailed = false }: { date: EventDateData; detailed?: boolean }) {
  return (
    <span className="event-date">
      <time className="date-label" dateTime={date.start === date.end ? date.start : `${date.start}/${date.end}`} data-testid="date-label">
        {date.label}
      </time>{" "}
      <span className="precision">
        ({PRECISION_NAMES[date.precision]}
        {detailed || date.precision === "day" ? "" : `: ${exactInterval(date)}`})
      </span>
    </span>
  );
}

export function precisionName(precision: EventDateData["precision"]): string {
  return PRECISION_NAMES[precision];
}
