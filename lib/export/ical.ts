import { citationSubject, formatApa } from "@/lib/citations/format";
import { addDays, formatDayLabel, fromUtcDate, type CalendarDate } from "@/lib/dates/calendar-date";
import { exactInterval } from "@/lib/dates/precision";
import type { TimelineEvent } from "@/lib/domain";

/** iCalendar (RFC 5545) for deadlines: one all-day VEVENT per event, ready to download or subscribe to. */
export interface CalendarOptions {
  /** The calendar's display name (X-WR-CALNAME). */
  name: string;
  /** Origin that makes permalinks absolute, e.g. "https://timeline.example". */
  baseUrl: string;
  /** When the calendar is produced: every DTSTAMP, and the "accessed" day of the citations. */
  stamp: Date;
}

const PRODID = "-//Policy Timeline//Deadlines//EN";
const MAX_LINE_OCTETS = 75;
const CRLF = "\r\n";

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma; any line break becomes \n. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}

function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no line exceeds 75 octets of UTF-8 (RFC 5545 §3.1). Breaks fall between
 * characters, never inside one; each continuation line starts with a single space, which counts.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0)!);
    const limit = lines.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      lines.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

/** A UTC DATE-TIME: 20261126T200000Z. */
export function formatStamp(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

/** A DATE value: 20261231. */
export const icalDate = (date: CalendarDate) => date.replace(/-/g, "");

/** A deadline occupies its due day (the end of its interval); any other event all of its days. */
function eventDays(event: TimelineEvent): { first: CalendarDate; last: CalendarDate } {
  return event.kind === "deadline" ? { first: event.date.end, last: event.date.end } : { first: event.date.start, last: event.date.end };
}

function description(event: TimelineEvent, options: CalendarOptions): string {
  const { date } = event;
  const when = event.kind === "deadline" ? `due ${formatDayLabel(date.end)}` : exactInterval(date);
  const accessed = fromUtcDate(options.stamp);
  const citations = event.citations.map((citation) =>
    [
      `“${citation.quote}”`,
      `— ${formatApa(citationSubject(event, citation.source, options.baseUrl, accessed))}`,
      `Stored source: ${new URL(`/sources/${citation.source.slug}#c-${citation.start}`, options.baseUrl)}`,
    ].join("\n"),
  );
  return [`${date.label} (${when}${date.timezone ? `, ${date.timezone}` : ""})\nStatus: ${event.status}`, event.summary, ...citations].join("\n\n");
}

function vevent(event: TimelineEvent, options: CalendarOptions): string[] {
  const { first, last } = eventDays(event);
  return [
    "BEGIN:VEVENT",
    `UID:${event.slug}@policy-timeline`,
    `DTSTAMP:${formatStamp(options.stamp)}`,
    `DTSTART;VALUE=DATE:${icalDate(first)}`,
    `DTEND;VALUE=DATE:${icalDate(addDays(last, 1))}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description(event, options))}`,
    `URL:${new URL(event.url, options.baseUrl)}`,
    ...(event.status === "superseded" ? ["STATUS:CANCELLED"] : []),
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/** The whole VCALENDAR, CRLF line endings and folded lines. */
export function eventsCalendar(events: readonly TimelineEvent[], options: CalendarOptions): string {
  const lines = [
    "BEGIN:VCALENDAR",
    `PRODID:${PRODID}`,
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.name)}`,
    "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
    "X-PUBLISHED-TTL:PT12H",
    ...events.flatMap((event) => vevent(event, options)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
