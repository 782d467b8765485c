import { addDays, formatDayLabel, type CalendarDate } from "@/lib/dates/calendar-date";
import type { Reading } from "./classify";
import type { DateMention } from "./date-mentions";
import { resolveDate } from "./resolve-date";
import type { Sentence } from "./sentences";

/**
 * The latest day the article can know of: the day printed, or the next one when no zone is stated
 * and the article reports that next day as past (a stamp of 23:40 in one zone is already the next day
 * where the events took place).
 */
export function latestKnownDay(
  publication: { day: CalendarDate; zoneStated: boolean },
  sentences: Sentence[],
  readings: (Reading | null)[],
  mentionsOf: (s: Sentence) => DateMention[],
): CalendarDate {
  if (publication.zoneStated) return publication.day;
  const next = addDays(publication.day, 1);
  for (const [i, s] of sentences.entries()) {
    if (!readings[i]?.past) continue;
    for (const m of mentionsOf(s)) {
      const resolved = resolveDate(m, { published: publication.day, future: false });
      if (resolved.date.precision === "day" && resolved.date.start === next && !resolved.deadline) return next;
    }
  }
  return publication.day;
}

/** "from fiscal year 2027 to fiscal year 2025": the two mentions, the replaced one first. */
export function targetChangeMentions(text: string, mentions: DateMention[]): [DateMention, DateMention] | null {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [a, b] = [mentions[i], mentions[i + 1]];
    if (/\bfrom\s+$/i.test(text.slice(Math.max(0, a.index - 6), a.index)) && /^\s+to\s+$/i.test(text.slice(a.end, b.index))) return [a, b];
  }
  return null;
}

/** A proposed title: the sentence, cut at a word before `max` characters. */
export function titleOf(sentence: string, max = 120): string {
  const clean = sentence.replace(/\s+/g, " ").trim().replace(/[.!?]+$/, "");
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:]$/, "")}…`;
}

/** "28–29 Oct 2025", "30 Sep 2025 – 2 Oct 2025". */
export function spanLabel(start: CalendarDate, end: CalendarDate): string {
  if (start === end) return formatDayLabel(start);
  const [a, b] = [formatDayLabel(start).split(" "), formatDayLabel(end).split(" ")];
  return a[1] === b[1] && a[2] === b[2] ? `${a[0]}–${b[0]} ${a[1]} ${a[2]}` : `${formatDayLabel(start)} – ${formatDayLabel(end)}`;
}

export function mostFrequent(codes: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
