import { daysBetween, formatDayLabel, type CalendarDate } from "@/lib/dates/calendar-date";
import type { EventKind, EventStatus } from "@/lib/validation/vocabulary";
import { ActorMatcher, type ActorMatch, type KnownActor } from "./actors";
import { latestKnownDay, mostFrequent, spanLabel, targetChangeMentions, titleOf } from "./article-facts";
import { readSentence, REPORTED_FUTURE, statusOf, type Reading } from "./classify";
import { findDateMentions, type DateMention } from "./date-mentions";
import { DEMONYMS } from "./demonyms";
import { countryName, findCountries } from "./gazetteer";
import { parsePublication } from "./publication";
import { resolveDate, type ProposedDate, type ResolvedDate } from "./resolve-date";
import { splitSentences, type Sentence } from "./sentences";
import { TopicMatcher, type KnownTopic } from "./topics";

export interface Passage {
  quote: string;
  start: number;
  end: number;
}

export interface Candidate extends Passage {
  /** Stable within one answer: "c1", "c2" … */
  id: string;
  title: string;
  summary: string;
  dateText: string;
  date: ProposedDate & { announced?: CalendarDate };
  kind: EventKind;
  status: EventStatus;
  countries: string[];
  actors: ActorMatch[];
  topics: string[];
  confidence: number;
  reasons: string[];
  /** Further sentences about the same occasion, kept as more citations of the same event. */
  support: Passage[];
  /** A target change: the deadline it replaced and the new one. */
  targetChange?: { from: ProposedDate; to: ProposedDate };
}

export interface ExtractionInput {
  text: string;
  publishedAt: string;
  zone?: string;
}

export interface KnownVocabulary {
  actors: KnownActor[];
  topics: KnownTopic[];
}

export class PublicationDateError extends Error {}

type Draft = Omit<Candidate, "id">;
type Dated = { mention: DateMention; resolved: ResolvedDate };

const PRONOUN_START = /^(?:they|he|she|both|the two)\b/i;
const OCCASION = /\b(?:the\s+(?:two\s+)?(?:defen[cs]e\s+|foreign\s+|finance\s+)?(?:ministers|leaders|allies|delegates|delegations|participants)|the\s+(?:meeting|talks|summit|visit)|(?:joint\s+)?press\s+conference)\b/i;
const FOLDABLE: EventKind[] = ["meeting", "agreement", "visit"];
const TIME_STAMP = /\d:\d/;
const SPEECH = /^(?:said|says|stated|told|added|noted|reported|declared)$/i;
const SAME_DAY = /\b(?:(?:on\s+)?the\s+same\s+day|later\s+that\s+day|that\s+same\s+day)\b/i;

/** A dated meeting or visit: later undated sentences about it take its day. */
interface Occasion {
  candidate: Candidate;
  paragraph: number;
  persons: Set<string>;
  /** A heading (a new section) came after it. */
  crossedSection: boolean;
}

/**
 * The candidate events of an article: one per sentence that reports an act or a dated claim (more when
 * it also names a deadline or a plan), each with the whole sentence as its quote and a date read the way
 * an analyst reads it: relative to the publication, by the fiscal calendar of the country concerned, a
 * deadline as "by", an undated act as part of the occasion it belongs to or "by" the latest day the
 * article could know of it. Pure: the stored actors and topics come in as data.
 */
export function extractCandidates(input: ExtractionInput, known: KnownVocabulary): Candidate[] {
  const publication = parsePublication(input.publishedAt, input.zone);
  if (!publication) throw new PublicationDateError(`"${input.publishedAt}" is not a publication date that can be read: give it as YYYY-MM-DD (with a time and zone if printed) or as "October 28, 2025".`);
  const { text } = input;
  const actorMatcher = new ActorMatcher(known.actors, new Set(Object.values(DEMONYMS).flat()));
  const personsOf = (list: ActorMatch[]) => new Set(list.filter((a) => actorMatcher.isPerson(a)).map((a) => a.slug ?? `new:${a.name}`));
  const topicMatcher = new TopicMatcher(known.topics);
  const sentences = splitSentences(text);
  const mentions = findDateMentions(text, publication.day).filter((m) => !TIME_STAMP.test(m.text));
  const allCountries = findCountries(text);
  const dominant = mostFrequent(allCountries.map((c) => c.code));
  const readings = sentences.map((s) => (s.heading ? null : readSentence(s.text)));
  const mentionsOf = (s: Sentence) => mentions.filter((m) => m.index >= s.start && m.end <= s.end);
  const latestKnown = latestKnownDay(publication, sentences, readings, mentionsOf);
  const byPublication: ProposedDate = { start: latestKnown, end: latestKnown, precision: "by", label: `by ${formatDayLabel(latestKnown)} (date not stated)` };
  const undatedReason = (cue: string) =>
    `"${cue}" reports an act without a date: dated by the latest day the article could know of it, ${formatDayLabel(latestKnown)}${
      latestKnown !== publication.day ? ` (stamped ${input.publishedAt}, zone not stated, and it reports ${formatDayLabel(latestKnown)} as past)` : ""
    }.`;

  const candidates: Candidate[] = [];
  const push = (draft: Draft): Candidate => {
    const candidate = { ...draft, id: `c${candidates.length + 1}` };
    candidates.push(candidate);
    return candidate;
  };
  let occasion: Occasion | null = null;

  for (const [i, sentence] of sentences.entries()) {
    if (sentence.heading) {
      if (occasion) occasion.crossedSection = true;
      continue;
    }
    const own = mentionsOf(sentence);
    const countryMentions = allCountries.filter((c) => c.index >= sentence.start && c.index < sentence.end);
    const countries = [...new Set(countryMentions.map((c) => c.code))];
    const resolve = (m: DateMention, future: boolean): Dated => {
      const country = [...countryMentions].reverse().find((c) => c.index < m.index)?.code ?? countries[0] ?? dominant;
      return { mention: m, resolved: resolveDate(m, { published: publication.day, country, countryName: country ? countryName(country) : undefined, future }) };
    };
    let reading: Reading | null = readings[i];
    // "Companies have until the end of the 2027-28 financial year to comply": a deadline without an act verb
    if (!reading && own.some((m) => resolve(m, true).resolved.deadline)) reading = { kind: "deadline", past: false, future: true, perfect: false, cue: "until" };
    if (!reading) continue;
    const matched = actorMatcher.match(sentence.text);
    const base: Draft = {
      quote: sentence.text,
      start: sentence.start,
      end: sentence.end,
      title: titleOf(sentence.text),
      summary: sentence.text,
      dateText: "",
      date: byPublication,
      kind: reading.kind,
      status: "occurred",
      countries: countries.length ? countries : dominant ? [dominant] : [],
      actors: matched,
      topics: topicMatcher.match(sentence.text),
      confidence: 0.4,
      reasons: matched.filter((a) => a.reason).map((a) => a.reason!),
      support: [],
    };
    const dated = own.map((m) => resolve(m, reading.future));
    // "London responded the same day": the day of the last act dated to a day
    const sameDay = sentence.text.match(SAME_DAY);
    const lastDay = candidates.findLast((c) => c.date.precision === "day" && c.date.start <= latestKnown);
    if (sameDay && lastDay) {
      const index = sentence.start + sameDay.index!;
      const date = { start: lastDay.date.start, end: lastDay.date.end, precision: lastDay.date.precision, label: lastDay.date.label };
      dated.push({
        mention: { index, end: index + sameDay[0].length, text: sameDay[0], kind: "chrono", start: {}, flags: [] },
        resolved: { date, deadline: false, period: date, notes: [`"${sameDay[0]}" is the day of ${lastDay.id}, ${lastDay.date.label}.`] },
      });
    }

    // A target moved "from fiscal year 2027 to fiscal year 2025": the change, and both deadlines
    const fromTo = reading.kind === "target-change" ? targetChangeMentions(text, own) : null;
    if (fromTo) {
      const [from, to] = fromTo.map((m) => resolve(m, false).resolved);
      const change = push({
        ...base,
        date: { ...byPublication, announced: latestKnown },
        status: "announced",
        confidence: 0.6,
        reasons: [`"${reading.cue}": a target change from ${from.period.label} to ${to.period.label}.`, `The article does not say when the change was made: dated by the latest day it could know of, ${formatDayLabel(latestKnown)}.`, ...base.reasons],
        targetChange: { from: from.period, to: to.period },
      });
      push({ ...base, title: `Earlier deadline ${from.period.label}: ${base.title}`, dateText: fromTo[0].text, date: from.period, kind: "deadline", status: "superseded", confidence: 0.75, reasons: [`The deadline the change replaced (see ${change.id}).`, ...from.notes] });
      push({ ...base, title: `Deadline ${to.period.label}: ${base.title}`, dateText: fromTo[1].text, date: { ...to.period, announced: latestKnown }, kind: "deadline", status: "due", confidence: 0.8, reasons: [`The new deadline set by the change (see ${change.id}).`, ...to.notes] });
      continue;
    }

    const happened = dated.filter((d) => !d.resolved.deadline && d.resolved.date.start <= latestKnown);
    let later = dated.filter((d) => !d.resolved.deadline && d.resolved.date.start > latestKnown);
    // "agreed on 5 May 2026" in an article of 2025: an act told in the past tense on a day after the
    // publication. The day printed dates it; the reviewer is told to check the publication date.
    if (!happened.length && later.length && reading.pastTense && !reading.future && !REPORTED_FUTURE.test(sentence.text)) {
      const [first] = later;
      happened.push({ mention: first.mention, resolved: { ...first.resolved, notes: [...first.resolved.notes, `The text tells this as done, on a day after the publication (${formatDayLabel(publication.day)}): check the publication date.`] } });
      later = later.slice(1);
    }
    // Dates still to come make claims of their own when the sentence speaks of the future, or when
    // nothing in it has happened yet ("The act takes effect on 1 January 2027").
    const ahead = [...dated.filter((d) => d.resolved.deadline), ...(REPORTED_FUTURE.test(sentence.text) || !happened.length ? later : [])].sort((a, b) => a.mention.index - b.mention.index);
    const actIsAhead = (reading.future && !reading.past) || (!happened.length && ahead.length > 0 && !reading.pastTense);

    if (!actIsAhead) {
      if (happened.length) {
        // The most specific date in the sentence dates the act ("Last year's request, sent on March 11, 2025")
        const precise = happened.reduce((best, d) => (daysBetween(d.resolved.date.start, d.resolved.date.end) < daysBetween(best.resolved.date.start, best.resolved.date.end) ? d : best));
        const candidate = push(datedDraft(base, precise, reading.kind, latestKnown));
        // Told as done: so it stands, even on a day after the publication
        if (candidate.status === "planned") candidate.status = statusOf(candidate.kind, { deadline: false, ahead: false });
        const span = daysBetween(candidate.date.start, candidate.date.end);
        if ((candidate.kind === "meeting" || candidate.kind === "visit") && span <= 7 && candidate.date.precision !== "by") {
          occasion = { candidate, paragraph: sentence.paragraph, persons: personsOf(matched), crossedSection: false };
        }
      } else if (!(SPEECH.test(reading.cue) && ahead.length)) {
        // "X said a review would take place in 2029" is recorded as that plan (below), not as the saying.
        undated(sentence, reading, base, personsOf(matched));
      }
    }
    for (const [n, d] of ahead.entries()) {
      const kind: EventKind = d.resolved.deadline ? "deadline" : actIsAhead && n === 0 && !reading.bare && reading.kind !== "statement" ? reading.kind : "decision";
      const draft = datedDraft(base, d, kind, latestKnown);
      if (!(actIsAhead && n === 0)) draft.title = `${d.resolved.deadline ? "Deadline" : "Planned"} ${d.resolved.date.label}: ${base.title}`;
      push(draft);
    }
  }
  return candidates;

  function undated(sentence: Sentence, reading: Reading, base: Draft, here: Set<string>) {
    if (reading.bare) return;
    if (continuesStatement(sentence, reading)) return;
    const current = occasion;
    const why = current && reading.past && !reading.perfect ? belongsTo(sentence, here, current) : null;
    if (!current || !why) {
      push({ ...base, date: { ...byPublication, announced: latestKnown }, status: statusOf(reading.kind, { deadline: false, ahead: false }), reasons: [undatedReason(reading.cue), ...base.reasons] });
      return;
    }
    const day = current.candidate.date;
    const actors = PRONOUN_START.test(sentence.text) || (OCCASION.test(sentence.text) && !base.actors.length) ? current.candidate.actors : base.actors;
    if (current.crossedSection) {
      const start = day.start < publication!.day ? day.start : publication!.day;
      const end = day.end > publication!.day ? day.end : publication!.day;
      push({
        ...base,
        actors,
        date: { start, end, precision: "approximate", label: `${spanLabel(start, end)} (date not stated)` },
        confidence: 0.45,
        reasons: [`Not dated; it follows a section break after the ${current.candidate.kind} of ${day.label}, so it is dated between the publication (${formatDayLabel(publication!.day)}) and that day.`, ...base.reasons],
      });
      return;
    }
    const date: ProposedDate = { start: day.start, end: day.end, precision: day.precision, label: day.label };
    const same = FOLDABLE.includes(reading.kind)
      ? candidates.findLast((c) => c.kind === reading.kind && c.date.start === date.start && c.date.end === date.end && [...personsOf(c.actors)].some((p) => personsOf(actors).has(p)))
      : undefined;
    if (same) {
      same.support.push({ quote: sentence.text, start: sentence.start, end: sentence.end });
      same.reasons.push(`Also reported in "${titleOf(sentence.text, 60)}", kept as a further citation.`);
      return;
    }
    push({ ...base, actors, date, confidence: 0.7, reasons: [`Not dated; read as part of the ${current.candidate.kind} of ${day.label} (${why}).`, ...base.reasons] });
  }

  function belongsTo(sentence: Sentence, here: Set<string>, current: Occasion): string | null {
    if ([...here].some((p) => current.persons.has(p))) return "the same people, reported in simple past";
    const named = sentence.text.match(OCCASION);
    if (named) return `"${named[0]}"`;
    if (PRONOUN_START.test(sentence.text) && sentence.paragraph === current.paragraph) return "it continues the paragraph";
    return null;
  }

  // "He stated that …" right after a statement by the same speaker: one statement, two sentences
  function continuesStatement(sentence: Sentence, reading: Reading): boolean {
    const last = candidates.at(-1);
    if (!last || reading.kind !== "statement" || last.kind !== "statement" || !/^(?:he|she)\b/i.test(sentence.text)) return false;
    const previous = sentences.find((s) => s.end === last.end);
    if (!previous || previous.paragraph !== sentence.paragraph) return false;
    last.quote = text.slice(last.start, sentence.end);
    last.end = sentence.end;
    last.summary = last.quote;
    last.reasons.push("The next sentence continues the same statement; the quote takes both.");
    return true;
  }
}

function datedDraft(base: Draft, { mention, resolved }: Dated, kind: EventKind, latestKnown: CalendarDate): Draft {
  const { date, deadline, notes } = resolved;
  const mismatch = notes.some((n) => n.startsWith("Weekday mismatch"));
  const ahead = date.start > latestKnown;
  const passed = deadline && date.end < latestKnown;
  const confidence = (date.precision === "day" ? 0.9 : 0.85) - (mismatch ? 0.3 : 0) - (mention.flags.includes("relative") ? 0.1 : 0);
  return {
    ...base,
    dateText: mention.text,
    date: { ...date, ...(ahead || deadline ? { announced: latestKnown } : {}) },
    kind,
    status: statusOf(kind, { deadline, ahead }),
    confidence: Math.round(Math.max(0.05, confidence) * 100) / 100,
    reasons: [`Dated by "${mention.text}".`, ...notes, ...(passed ? ["The deadline had passed when the article appeared; it does not say whether it was met."] : []), ...base.reasons],
  };
}
