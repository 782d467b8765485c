import { format } from "date-fns";
import { calendarDateParts, formatCalendarDate, toUtcDate, type CalendarDate } from "@/lib/dates/calendar-date";
import { parsePartialDate } from "@/lib/dates/partial-date";
import type { SourceRef, TimelineEvent } from "@/lib/domain";

/**
 * How to cite one event of the timeline: the source its quote comes from, reached through the event's
 * permalink. One formatter for the event page, the API and the exports, so every copy says the same.
 */
export const CITATION_STYLES = ["apa", "chicago", "bibtex"] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export const CITATION_STYLE_NAMES: Record<CitationStyle, string> = { apa: "APA (7th)", chicago: "Chicago", bibtex: "BibTeX" };

export interface CitedSource extends Omit<SourceRef, "slug"> {
  section?: string;
}

export interface CitationSubject {
  event: { slug: string; title: string; permalink: string };
  source: CitedSource;
  /** The day the permalink was read. */
  accessed: CalendarDate;
}

const SITE = "Policy Timeline";

/** The subject for one source of an event; `baseUrl` makes the permalink absolute. */
export function citationSubject(
  event: Pick<TimelineEvent, "slug" | "title" | "url">,
  source: CitedSource,
  baseUrl: string,
  accessed: CalendarDate,
): CitationSubject {
  return { event: { slug: event.slug, title: event.title, permalink: new URL(event.url, baseUrl).toString() }, source, accessed };
}

interface PartialDay {
  /** The date as written: "2025", "2025-10" or "2025-10-28". */
  iso: string;
  year: number;
  month?: number;
  day?: number;
}

/** The date at the start of a "published at" value as printed ("2025-10-28 23:40"), if it has one. */
function publishedDay(printed: string): PartialDay | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)/.exec(printed.trim());
  if (!match || !parsePartialDate(match[0])) return null;
  return { iso: match[0], year: Number(match[1]), month: match[2] ? Number(match[2]) : undefined, day: match[3] ? Number(match[3]) : undefined };
}

const monthName = (year: number, month: number) => format(toUtcDate(formatCalendarDate(year, month, 1)), "MMMM");

/** Chicago's "October 28, 2025", "October 2025" or "2025". */
function longDate({ year, month, day }: Omit<PartialDay, "iso">): string {
  if (month === undefined) return String(year);
  return day === undefined ? `${monthName(year, month)} ${year}` : `${monthName(year, month)} ${day}, ${year}`;
}

/** APA's "2025, October 28", "2025, October", "2025" or "n.d.". */
function apaDate(published: PartialDay | null): string {
  if (!published) return "n.d.";
  const { year, month, day } = published;
  if (month === undefined) return String(year);
  return day === undefined ? `${year}, ${monthName(year, month)}` : `${year}, ${monthName(year, month)} ${day}`;
}

const accessedDate = (date: CalendarDate) => longDate(calendarDateParts(date));

/** A person's name as family and given names, or null for an organisation (kept as written). */
function personName(author: string): { family: string; given: string[] } | null {
  if (author.includes(",")) {
    const [family, given] = author.split(",", 2).map((s) => s.trim());
    return { family, given: given.split(/\s+/).filter(Boolean) };
  }
  const words = author.trim().split(/\s+/);
  // "Stephanie Thomas" is a person; "we2news" or "Ministry of Defense" is an organisation, kept as written.
  if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word))) return null;
  return { family: words[words.length - 1], given: words.slice(0, -1) };
}

const initials = (given: string[]) => given.map((g) => g.split("-").map((part) => `${part[0]}.`).join("-")).join(" ");

/** Adds a full stop unless the text already ends a sentence. */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

export function formatApa({ event, source, accessed }: CitationSubject): string {
  const dated = `(${apaDate(publishedDay(source.publishedAt))})`;
  const title = `${source.title}${source.section ? ` [${source.section}]` : ""}`;
  const person = source.author ? personName(source.author) : null;
  const author = person ? `${person.family}, ${initials(person.given)}` : source.author;
  const head = author ? `${sentence(author)} ${dated}. ${sentence(title)}` : `${sentence(title)} ${dated}.`;
  const where = `${sentence(source.publisher)}${source.url ? ` ${source.url}` : ""}`;
  return `${head} ${where} Quoted in ${SITE}, ${sentence(event.title)} Retrieved ${accessedDate(accessed)}, from ${event.permalink}`;
}

export function formatChicago({ event, source, accessed }: CitationSubject): string {
  const published = publishedDay(source.publishedAt);
  const person = source.author ? personName(source.author) : null;
  const author = person ? `${person.family}, ${person.given.join(" ")}` : source.author;
  const title = `“${sentence(source.title)}”`;
  const container = [source.publisher, source.section, published ? longDate(published) : "n.d."].filter(Boolean).join(", ");
  const parts = [author ? sentence(author) : undefined, title, sentence(container), source.url ? `${source.url}.` : undefined];
  const via = `Quoted in “${event.title},” ${SITE}. Accessed ${accessedDate(accessed)}. ${event.permalink}.`;
  return `${parts.filter(Boolean).join(" ")} ${via}`;
}

const BIBTEX_SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Text safe inside a braced BibTeX field: LaTeX's special characters escaped. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (c) => BIBTEX_SPECIAL[c]);
}

/** URLs go into BibTeX verbatim; only braces, which would unbalance the field, are percent-encoded. */
const bibtexUrl = (url: string) => url.replace(/\{/g, "%7B").replace(/\}/g, "%7D");

const asciiWord = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]/g, "")
    .toLowerCase();

/** A key that depends only on the data: family name (or organisation), year if known, and the event's slug. */
export function bibtexKey({ event, source }: CitationSubject): string {
  const person = source.author ? personName(source.author) : null;
  const name = asciiWord(person?.family ?? source.author ?? source.publisher) || "source";
  return `${name}${publishedDay(source.publishedAt)?.year ?? ""}-${event.slug}`;
}

export function formatBibtex(subject: CitationSubject): string {
  const { event, source, accessed } = subject;
  const published = publishedDay(source.publishedAt);
  const person = source.author ? personName(source.author) : null;
  const fields: [string, string | undefined][] = [
    ["author", person ? escapeBibtex(`${person.family}, ${person.given.join(" ")}`) : source.author && `{${escapeBibtex(source.author)}}`],
    ["title", `{${escapeBibtex(source.title)}}`],
    ["howpublished", escapeBibtex([source.publisher, source.section].filter(Boolean).join(", "))],
    ["year", published ? String(published.year) : undefined],
    ["date", published?.iso],
    ["url", bibtexUrl(source.url ?? event.permalink)],
    ["urldate", accessed],
    ["note", `Published ${escapeBibtex(source.publishedAt)}. Quoted in \`\`${escapeBibtex(event.title)}'', ${SITE}, \\url{${bibtexUrl(event.permalink)}}`],
  ];
  const body = fields.filter(([, value]) => value).map(([name, value]) => `  ${name} = {${value}},`);
  return [`@misc{${bibtexKey(subject)},`, ...body, "}"].join("\n");
}

export function formatCitations(subject: CitationSubject): Record<CitationStyle, string> {
  return { apa: formatApa(subject), chicago: formatChicago(subject), bibtex: formatBibtex(subject) };
}

/** How to cite an exported view as a whole; each event's own sources are cited with its quotes. */
export function formatViewCitation(viewUrl: string, accessed: CalendarDate): string {
  return (
    `${SITE}. (n.d.). Policy events with verbatim source citations [Data set]. Retrieved ${accessedDate(accessed)}, from ${viewUrl}. ` +
    "Every event rests on verbatim quotes: cite the source given with each quote as well."
  );
}
