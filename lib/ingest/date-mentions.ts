import * as chrono from "chrono-node";
import type { CalendarDate } from "@/lib/dates/calendar-date";

/**
 * chrono-node finds day, month, range and relative expressions and their offsets (UTF-16, as
 * String#slice counts). What it does not know as one expression is added here as custom parsers
 * (fiscal years, quarters, early/mid/late YYYY, decades, a bare year after a preposition, "within two
 * years") and refiners ("by"/"before"/"the end of" before a date, "Wednesday (October 29)").
 * The output is plain data, interpreted by resolve-date.ts.
 */

export type MentionKind = "chrono" | "fiscal" | "quarter" | "part" | "decade" | "year" | "within";

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** What chrono assumed for a component the text leaves out, e.g. the year of "October 29". */
  impliedYear?: number;
}

export interface DateMention {
  index: number;
  end: number;
  text: string;
  kind: MentionKind;
  start: DateParts;
  rangeEnd?: DateParts;
  /** "by", "before", "end-of", "early"/"mid"/"late", "relative-week", "fiscal-span" … */
  flags: string[];
  /** Numbers a custom parser carries: the quarter, the within-amount and unit. */
  quarter?: number;
  within?: { amount: number; unit: "day" | "week" | "month" | "year" };
}

const TAG = "pt:";
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, twenty: 20 };
const ORDINALS: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4 };

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

const customParsers: chrono.Parser[] = [
  {
    // "fiscal year 2027", "fiscal 2026", "FY2025", "FY 2026-27", "FY27"
    pattern: () => /\b(federal\s+)?(?:(?:fiscal|financial)(?:\s+years?)?|FY)\s?['’]?((?:19|20)\d{2}|\d{2})(?:\s?[-–/]\s?(\d{2}|\d{4}))?(?![\d%])/i,
    extract: (context, match) => {
      const result = context.createParsingResult(match.index!, match[0], { year: fullYear(match[2]) }).addTag(`${TAG}fiscal`);
      // "federal fiscal year" is the U.S. federal government's, whatever country the sentence names
      if (match[1]) result.addTag(`${TAG}us-federal`);
      return match[3] ? result.addTag(`${TAG}fiscal-span`) : result;
    },
  },
  {
    // "the 2027-28 financial year", "the 2026/27 fiscal year"
    pattern: () => /\b(?:the\s+)?((?:19|20)\d{2})\s?[-–/]\s?(\d{2}|\d{4})\s+(?:fiscal|financial)\s+year\b/i,
    extract: (context, match) => context.createParsingComponents({ year: Number(match[1]) }).addTag(`${TAG}fiscal`).addTag(`${TAG}fiscal-span`),
  },
  {
    // "the third quarter of 2026", "Q3 2026", "third-quarter"
    pattern: () => /\b(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter(?:\s+of)?|Q([1-4]))(?:\s*,?\s*((?:19|20)\d{2}))?\b/i,
    extract: (context, match) => {
      const quarter = match[2] ? Number(match[2]) : ORDINALS[match[1].toLowerCase()];
      const components = context.createParsingComponents({ month: (quarter - 1) * 3 + 1 });
      if (match[3]) components.assign("year", Number(match[3]));
      else components.imply("year", context.reference.instant.getUTCFullYear());
      return components.addTag(`${TAG}quarter`).addTag(`${TAG}q${quarter}`);
    },
  },
  {
    // "the 2030s", "the early 2020s"
    pattern: () => /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?((?:19|20)\d0)['’]?s\b/i,
    extract: (context, match) => {
      const result = context.createParsingResult(match.index!, match[0], { year: Number(match[2]) }).addTag(`${TAG}decade`);
      return match[1] ? result.addTag(`${TAG}${match[1].toLowerCase()}`) : result;
    },
  },
  {
    // "early 2026", "mid-2027", "late 2025"
    pattern: () => /\b(early|mid|late)[\s-]+((?:19|20)\d{2})\b(?!['’]?s)/i,
    extract: (context, match) =>
      context.createParsingComponents({ year: Number(match[2]) }).addTag(`${TAG}part`).addTag(`${TAG}${match[1].toLowerCase()}`),
  },
  {
    // "within two years", "in the next six months", "over the next 18 months"
    pattern: () => /\b(?:within|in\s+the\s+next|over\s+the\s+next)\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|\d{1,3})\s+(day|week|month|year)s?\b/i,
    extract: (context, match) => {
      const word = match[1].toLowerCase();
      const amount = NUMBER_WORDS[word] ?? Number(word);
      const unit = match[2].toLowerCase() as "day" | "week" | "month" | "year";
      return context.createParsingComponents({ year: 0 }).addTag(`${TAG}within`).addTag(`${TAG}within:${amount}:${unit}`);
    },
  },
  {
    // A bare year only after a word that makes it one: "in 2026", "by 2035", "since 1999" (not "2000 troops")
    pattern: () => /(?:\b(?:in|during|since|from|until|through|throughout|for|of|by|before|after|around|to|and|year)\s+|\bend-)((?:19|20)\d{2})\b(?![-–/]?\d|\s*%|[.,]\d|['’]?s\b)/i,
    extract: (context, match) => {
      const at = match.index! + match[0].lastIndexOf(match[1]);
      return context.createParsingResult(at, match[1], { year: Number(match[1]) }).addTag(`${TAG}year`);
    },
  },
  {
    // "by the end of the year": the year of publication
    pattern: () => /\b(?:end|close)\s+of\s+(the|this)\s+year\b/i,
    extract: (context, match) => {
      const at = match.index! + match[0].toLowerCase().lastIndexOf(match[1].toLowerCase());
      return context.createParsingResult(at, context.text.slice(at, match.index! + match[0].length), { year: context.reference.instant.getUTCFullYear() }).addTag(`${TAG}year`);
    },
  },
];

const FISCAL_EXPRESSION = customParsers[0].pattern(undefined as never);

function splitFiscal(text: string, range: DateMention): DateMention[] {
  const pattern = new RegExp(FISCAL_EXPRESSION.source, "gi");
  const found: DateMention[] = [];
  for (const match of text.slice(range.index, range.end).matchAll(pattern)) {
    const index = range.index + match.index;
    const first = found.length === 0;
    const flags = match[1] ? [...range.flags, "us-federal"] : range.flags;
    found.push({ index, end: index + match[0].length, text: match[0], kind: "fiscal", start: { year: fullYear(match[2]) }, flags: first ? flags : flags.filter((f) => f !== "by" && f !== "before" && f !== "end-of") });
  }
  return found;
}

const PREFIX = /\b(?:(by|before|no\s+later\s+than|not\s+later\s+than|until|through|till)\s+)?(?:(?:the\s+)?(end|close)\s+of\s+(?:the\s+)?|(end)-)?$/i;

const refiners: chrono.Refiner[] = [
  {
    // "on Wednesday (October 29)", "Wednesday, Oct. 29": one expression, its weekday kept to be checked
    refine: (context, results) => {
      const out: chrono.ParsingResult[] = [];
      for (let i = 0; i < results.length; i++) {
        const here = results[i];
        const next = results[i + 1];
        const between = next ? context.text.slice(here.index + here.text.length, next.index) : "";
        if (next && here.start.isOnlyWeekdayComponent() && next.start.isCertain("day") && /^\s*[(,]\s*$/.test(between)) {
          const close = context.text.slice(next.index + next.text.length).match(/^\s*\)/);
          const end = next.index + next.text.length + (between.includes("(") && close ? close[0].length : 0);
          const merged = context.createParsingResult(here.index, context.text.slice(here.index, end), next.start.clone(), next.end?.clone());
          merged.start.assign("weekday", here.start.get("weekday")!);
          next.tags().forEach((tag) => merged.addTag(tag));
          out.push(merged);
          i++;
        } else {
          out.push(here);
        }
      }
      return out;
    },
  },
  {
    // "by the end of 2026", "before 2030", "by end-2026", "the close of the year"
    refine: (context, results) =>
      results.map((result) => {
        const before = context.text.slice(Math.max(0, result.index - 40), result.index);
        const match = before.match(PREFIX);
        if (!match || !match[0]) return result;
        const widened = context.createParsingResult(result.index - match[0].length, match[0] + result.text, result.start, result.end);
        result.tags().forEach((tag) => widened.addTag(tag));
        const word = match[1]?.toLowerCase().replace(/\s+/g, " ");
        if (word === "before") widened.addTag(`${TAG}before`);
        else if (word) widened.addTag(`${TAG}by`);
        if (match[2] || match[3]) widened.addTag(`${TAG}end-of`);
        return widened;
      }),
  },
];

const parser = (() => {
  const custom = chrono.casual.clone();
  custom.parsers.unshift(...customParsers);
  const named = (name: string) => custom.refiners.findIndex((r) => r.constructor.name === name);
  if (named("UnlikelyFormatFilter") < 0 || named("ENEndOfPeriodRefiner") < 0 || named("ENMergeDateRangeRefiner") < 0) {
    throw new Error("chrono-node's refiners changed: review date-mentions.ts");
  }
  // "the end of" is read here (it is a deadline's wording as often as a day), not moved to a last day.
  custom.refiners.splice(named("ENEndOfPeriodRefiner"), 1);
  // chrono drops any result whose text is only digits; a bare year found after "in" or "since" is
  // exactly that, and is kept.
  const formatFilter = custom.refiners[named("UnlikelyFormatFilter")];
  custom.refiners[named("UnlikelyFormatFilter")] = {
    refine: (context, results) => {
      const isYear = (r: chrono.ParsingResult) => r.tags().has(`${TAG}year`);
      const kept = formatFilter.refine(context, results.filter((r) => !isYear(r)));
      return [...kept, ...results.filter(isYear)].sort((a, b) => a.index - b.index);
    },
  };
  // After chrono has merged ranges ("24–25 June"), before its last filter.
  custom.refiners.splice(named("ENMergeDateRangeRefiner") + 1, 0, ...refiners);
  return custom;
})();

function partsOf(components: chrono.ParsedComponents): DateParts {
  const parts: DateParts = {};
  for (const key of ["year", "month", "day", "weekday"] as const) if (components.isCertain(key)) parts[key] = components.get(key)!;
  if (!components.isCertain("year") && components.get("year") !== null) parts.impliedYear = components.get("year")!;
  return parts;
}

function kindOf(tags: Set<string>): MentionKind {
  for (const kind of ["fiscal", "quarter", "decade", "part", "within", "year"] as const) if (tags.has(`${TAG}${kind}`)) return kind;
  return "chrono";
}

/**
 * Every date expression in `text`, read relative to the day of publication (which dates "October 29",
 * "yesterday" and "next year"). Time-of-day expressions alone are not dates and are left out.
 */
export function findDateMentions(text: string, published: CalendarDate): DateMention[] {
  const reference = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
  const mentions: DateMention[] = [];
  for (const result of parser.parse(text, reference)) {
    const tags = result.tags();
    const kind = kindOf(tags);
    const start = partsOf(result.start);
    if (kind === "chrono" && start.year === undefined && start.month === undefined && start.day === undefined && start.weekday === undefined && !/\b(today|tomorrow|yesterday|tonight)\b/i.test(result.text)) continue;
    const flags = [...tags].filter((t) => t.startsWith(TAG)).map((t) => t.slice(TAG.length)).filter((t) => !t.startsWith("within:") && !/^q[1-4]$/.test(t) && t !== kind);
    if (kind === "chrono" && /\b(?:last|previous|past|this|next|coming)\s+week\b/i.test(result.text)) flags.push("relative-week");
    const mention: DateMention = { index: result.index, end: result.index + result.text.length, text: result.text, kind, start, flags };
    if (kind === "chrono" && /\b(today|tomorrow|yesterday|tonight|ago|last|next|this|coming|previous)\b/i.test(result.text)) flags.push("relative");
    if (kind === "quarter") mention.quarter = [1, 2, 3, 4].find((q) => tags.has(`${TAG}q${q}`));
    if (kind === "within") {
      const [, amount, unit] = [...tags].find((t) => t.startsWith(`${TAG}within:`))!.slice(TAG.length).split(":");
      mention.within = { amount: Number(amount), unit: unit as "day" | "week" | "month" | "year" };
      mention.start = {};
    }
    if (result.end && kind === "fiscal") {
      // "from fiscal year 2027 to fiscal year 2025" is two fiscal years (a change), never one span
      mentions.push(...splitFiscal(text, mention));
      continue;
    }
    if (result.end) mention.rangeEnd = partsOf(result.end);
    mentions.push(mention);
  }
  return mentions;
}
