import { endOfMonth, endOfQuarter, getDaysInYear, startOfQuarter } from "date-fns";
import { addDays, formatCalendarDate, fromDayNumber, fromUtcDate, toDayNumber, toUtcDate, type CalendarDate } from "@/lib/dates/calendar-date";
import { defaultDateLabel, type Precision } from "@/lib/dates/precision";
import type { SeedInput } from "@/lib/validation/seed";
import type { CitationSupport, EventKind, EventStatus } from "@/lib/validation/vocabulary";
import { mulberry32 } from "@/lib/random/mulberry32";
import { actorOf, ACTORS, byCode, COUNTRIES, type Ctx, foreignMinistry, MULTILATERAL, named, slugify, TEMPLATES, TOPICS } from "./vocabulary";

/**
 * A synthetic corpus for load testing, in the shape of SeedInput, with the text of every source.
 * Pure and deterministic: the same count, seed and today always give the same corpus.
 */
export interface SyntheticOptions {
  count: number;
  seed: number;
  /** The day that splits past from future statuses; the demo's pinned today by default. */
  today?: CalendarDate;
}
export interface SyntheticCorpus {
  seed: SeedInput;
  texts: Map<string, string>;
}

export const SYNTHETIC_FIRST_DAY = "2000-01-01";
export const SYNTHETIC_LAST_DAY = "2035-12-31";
const EVENTS_PER_SOURCE = 200;


class Rng {
  constructor(readonly next: () => number) {}
  int(min: number, max: number) { return min + Math.floor(this.next() * (max - min + 1)); }
  chance(p: number) { return this.next() < p; }
  pick<T>(items: readonly T[]): T { return items[Math.floor(this.next() * items.length)]; }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let r = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of entries) if ((r -= w) < 0) return value;
    return entries[entries.length - 1][0];
  }
}

const ANY_PRECISION: [Precision, number][] = [["day", 62], ["month", 12], ["quarter", 6], ["year", 5], ["fiscal-year", 5], ["approximate", 10]];
const DEADLINE_PRECISION: [Precision, number][] = [["by", 40], ["fiscal-year", 20], ["year", 15], ["quarter", 10], ["month", 10], ["day", 5]];
const clampDay = (d: CalendarDate) => (d < SYNTHETIC_FIRST_DAY ? SYNTHETIC_FIRST_DAY : d > SYNTHETIC_LAST_DAY ? SYNTHETIC_LAST_DAY : d);

/** Years weighted towards the present: sparse in 2000, densest around today, thinning into the 2030s. */
function yearWeights(todayYear: number): [number, number][] {
  const out: [number, number][] = [];
  for (let y = 2000; y <= 2035; y++) out.push([y, y <= todayYear ? 1 + 9 * ((y - 2000) / Math.max(1, todayYear - 2000)) ** 2 : Math.max(1, 10 - 1.2 * (y - todayYear))]);
  return out;
}

type SeedDate = SeedInput["events"][number]["date"];

function interval(rng: Rng, day: CalendarDate, precision: Precision): SeedDate {
  const [y, m] = day.split("-").map(Number);
  let start = day;
  let end = day;
  let label: string | undefined;
  if (precision === "month") [start, end] = [formatCalendarDate(y, m, 1), fromUtcDate(endOfMonth(toUtcDate(day)))];
  else if (precision === "quarter") [start, end] = [fromUtcDate(startOfQuarter(toUtcDate(day))), fromUtcDate(endOfQuarter(toUtcDate(day)))];
  else if (precision === "year") [start, end] = [`${y}-01-01`, `${y}-12-31`];
  else if (precision === "fiscal-year") {
    const fy = Math.min(2034, Math.max(2000, m >= 4 ? y : y - 1));
    [start, end] = [`${fy}-04-01`, `${fy + 1}-03-31`];
  } else if (precision === "approximate") end = rng.chance(0.3) ? day : clampDay(addDays(day, rng.int(3, 30)));
  else if (precision === "by") {
    const r = rng.next();
    if (r < 0.5) [start, end, label] = [`${y}-12-31`, `${y}-12-31`, `by end of ${y}`];
    else if (r < 0.75 && y < 2035) [start, end] = [`${y + 1}-03-31`, `${y + 1}-03-31`];
  }
  return { start, end, precision, label: label ?? defaultDateLabel({ start, end, precision }) };
}

function statusOf(rng: Rng, kind: EventKind, past: boolean): EventStatus {
  if (!past) return kind === "deadline" ? "due" : "planned";
  if (kind === "deadline") return rng.weighted([["met", 45], ["missed", 30], ["superseded", 25]] as const);
  if (kind === "target-change") return rng.chance(0.4) ? "superseded" : "announced";
  if (kind === "statement" || kind === "target-proposal") return "announced";
  return kind === "agreement" && rng.chance(0.1) ? "superseded" : "occurred";
}

const KIND_WORD: Record<EventKind, string> = {
  meeting: "meeting", agreement: "agreement", statement: "statement", decision: "decision", "target-change": "target change",
  "target-proposal": "proposal", deadline: "deadline", visit: "visit", election: "election", analysis: "assessment",
};
const AUTHORS = ["Mika Arai", "Daniel Okafor", "Priya Raman", "Tom Hellberg", "Lena Vogt", "Sung-min Park", "Claire Dubois", "Rafael Santos"];

interface Draft { event: SeedInput["events"][number]; sentences: { support: CitationSupport; text: string }[]; reportDate: CalendarDate }

export function generateSyntheticCorpus({ count, seed, today = "2026-11-26" }: SyntheticOptions): SyntheticCorpus {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a positive integer, got ${count}`);
  const rng = new Rng(mulberry32(seed));
  const todayYear = Number(today.slice(0, 4));
  const years = yearWeights(todayYear);
  const countryWeights = COUNTRIES.map((c) => [c, c.weight] as const);
  const randomDay = (year = rng.weighted(years)) =>
    clampDay(fromDayNumber(toDayNumber(`${year}-01-01`) + rng.int(0, getDaysInYear(toUtcDate(`${year}-01-01`)) - 1)));
  const bursts = Array.from({ length: Math.max(1, Math.round(count / 2500)) }, () => randomDay(rng.int(todayYear - 8, todayYear + 1)));
  const pct = () => (rng.int(10, 35) / 10).toFixed(1);

  const drafts: Draft[] = [];
  const facts = new Map<string, TargetFact>();
  for (let n = 1; n <= count; n++) {
    const template = rng.pick(TEMPLATES);
    const a = rng.weighted(countryWeights.filter(([c]) => !(template.withKp && c.code === "KP")));
    let b = rng.weighted(countryWeights);
    while (b === a) b = rng.weighted(countryWeights);
    const ctx: Ctx = { a, b, pct: pct(), year: rng.int(2027, 2035), pick: (items) => rng.pick(items) };
    const title = template.title(ctx);
    const single = template.kind === "election" || template.kind === "analysis" || template.kind === "deadline" || template.kind === "decision";
    const codes = new Set([a.code, ...(single ? [] : [b.code]), ...(template.withKp ? ["KP"] : [])]);
    if (rng.chance(0.1)) codes.add(rng.weighted(countryWeights).code);
    const topics = new Set(template.topics);
    if (rng.chance(0.3)) topics.add(rng.pick(TOPICS).slug);
    const actors = new Set([actorOf("government", a.code).slug]);
    if (rng.chance(0.5)) actors.add(actorOf("defense", a.code).slug);
    if (foreignMinistry.has(a.code) && rng.chance(0.25)) actors.add(foreignMinistry.get(a.code)!.slug);
    if (!single && rng.chance(0.5)) actors.add(actorOf("government", b.code).slug);
    if (rng.chance(0.1)) actors.add(rng.pick(MULTILATERAL).slug);

    const burst = template.kind !== "deadline" && rng.chance(0.1);
    const day = burst ? clampDay(addDays(rng.pick(bursts), rng.int(0, 6))) : randomDay();
    let precision = burst ? "day" : rng.weighted(template.kind === "deadline" ? DEADLINE_PRECISION : ANY_PRECISION);
    // The fiscal-year precision is Japan's (1 Apr–31 Mar): Japanese years are fiscal, other countries' calendar.
    if (precision === "fiscal-year" && a.code !== "JP") precision = "year";
    else if (precision === "year" && a.code === "JP") precision = "fiscal-year";
    const date = interval(rng, day, precision);
    if (date.precision === "day" && rng.chance(0.2)) date.timezone = a.tz;
    if (date.precision === "approximate" && rng.chance(0.3)) date.note = "The source gives no exact day; the span is the reported window.";
    const past = date.end < today;
    let announcedDate: CalendarDate | undefined;
    if (rng.chance(0.88)) {
      const latest = past ? date.start : addDays(date.start < today ? date.start : today, -1);
      const candidate = past && rng.chance(0.4) ? latest : addDays(latest, -rng.int(0, past ? 90 : 400));
      if (candidate >= SYNTHETIC_FIRST_DAY) announcedDate = candidate;
    }

    const ref = (j: number) => `[SW-${n}.${j}]`;
    const lastActor = [...actors][actors.size - 1];
    const actorName = named(ACTORS.find((x) => x.slug === lastActor)!);
    const kindWord = KIND_WORD[template.kind];
    const sentences: Draft["sentences"] = [
      { support: "event", text: rng.chance(0.5) ? `${title}, officials in ${a.capital} confirmed ${ref(1)}.` : `Reporting from ${a.capital}: ${title} ${ref(1)}.` },
    ];
    const extra = rng.weighted([[0, 50], [1, 35], [2, 15]] as const);
    const supports: CitationSupport[] = ["date", template.kind.startsWith("target") ? "value" : rng.pick(["actor", "statement"] as const)];
    for (let j = 0; j < extra; j++) {
      const s = supports[j];
      const text = s === "date" ? `The ${kindWord} is dated ${date.label}, the desk noted ${ref(j + 2)}.`
        : s === "value" ? `The figure cited was ${ctx.pct}% of gross domestic product ${ref(j + 2)}.`
          : s === "actor" ? `${actorName.charAt(0).toUpperCase()}${actorName.slice(1)} was named as a party to the ${kindWord} ${ref(j + 2)}.`
            : `"We will keep working closely with our partners," a spokesperson for ${actorName} said ${ref(j + 2)}.`;
      sentences.push({ support: s, text });
    }
    if (template.kind.startsWith("target")) facts.set(`${slugify(title)}-${n}`, { value: Number(ctx.pct), year: ctx.year, proposer: b.code });
    drafts.push({
      event: {
        slug: `${slugify(title)}-${n}`, title, summary: `${title}. The ${kindWord} concerns ${TOPICS.find((t) => t.slug === template.topics[0])!.name.toLowerCase()}. Synthetic record ${n}.`,
        kind: template.kind, status: statusOf(rng, template.kind, past), date, ...(announcedDate ? { announcedDate } : {}),
        countries: [...codes], topics: [...topics], actors: [...actors], citations: [],
      },
      sentences,
      reportDate: past ? date.end : (announcedDate ?? today),
    });
  }

  // Sources are digests of ~200 events in report order; a later citation may come from a neighbouring digest.
  const order = drafts.map((_, i) => i).sort((x, y) => (drafts[x].reportDate < drafts[y].reportDate ? -1 : drafts[x].reportDate > drafts[y].reportDate ? 1 : x - y));
  const sourceCount = Math.ceil(count / EVENTS_PER_SOURCE);
  const slugs = Array.from({ length: sourceCount }, (_, k) => `synthetic-wire-digest-${String(k + 1).padStart(4, "0")}`);
  const bodies: string[][] = slugs.map(() => []);
  const published: CalendarDate[] = slugs.map(() => SYNTHETIC_FIRST_DAY);
  order.forEach((i, rank) => {
    const home = Math.floor(rank / EVENTS_PER_SOURCE);
    for (const [j, s] of drafts[i].sentences.entries()) {
      const k = j > 0 && rng.chance(0.4) ? Math.min(sourceCount - 1, home + 1) : home;
      bodies[k].push(s.text);
      if (drafts[i].reportDate > published[k]) published[k] = drafts[i].reportDate;
      drafts[i].event.citations.push({ source: slugs[k], quote: s.text, supports: s.support });
    }
  });
  const texts = new Map<string, string>();
  const sources = slugs.map((slug, k) => {
    const publishedDate = published[k] > today ? today : published[k];
    const paragraphs: string[] = [`Synthetic Wire digest ${k + 1}. Generated text for load testing; not real reporting.`];
    for (let p = 0; p < bodies[k].length; p += 5) paragraphs.push(bodies[k].slice(p, p + 5).join(" "));
    texts.set(slug, paragraphs.join("\n\n") + "\n");
    return {
      slug, title: `Synthetic Wire digest ${k + 1}`, publisher: "Synthetic Wire", author: rng.pick(AUTHORS), section: "Policy",
      publishedAt: `${publishedDate} 09:00`, publishedDate, publishedZone: "UTC", retrievedAt: today, language: "en",
      textFile: `${slug}.txt`, editorialNote: "Synthetic text generated for load testing; it reports no real events.",
    };
  });

  const events = drafts.map((d) => d.event);
  return {
    seed: {
      countries: COUNTRIES.map(({ code, name }) => ({ code, name })),
      topics: TOPICS,
      actors: ACTORS.map(({ slug, name, kind, role, aliases }) => ({ slug, name, kind, ...(role ? { role } : {}), aliases })),
      sources,
      events,
      targets: makeTargets(rng, events, facts, today),
    },
    texts,
  };
}

/** What a target-change or target-proposal title says: "... to 2.4% of GDP by 2031", and who urged it. */
interface TargetFact { value: number; year: number; proposer: string }

/** Defense-spending targets whose revisions are announced by the target events that name their values. */
function makeTargets(rng: Rng, events: SeedInput["events"], facts: ReadonlyMap<string, TargetFact>, today: CalendarDate): SeedInput["targets"] {
  const chronological = (list: SeedInput["events"]) =>
    list.sort((x, y) => (x.date.start < y.date.start ? -1 : x.date.start > y.date.start ? 1 : x.slug < y.slug ? -1 : 1));
  return ["JP", "AU", "IN", "PH", "KR"].map((code) => {
    const country = byCode.get(code)!;
    const ofCountry = (kind: EventKind) => events.filter((e) => e.kind === kind && e.countries[0] === code);
    const changes = ofCountry("target-change");
    const proposal = ofCountry("target-proposal")[0];
    const commitments = chronological(changes.length ? changes.slice(0, 20) : events.filter((e) => e !== proposal).slice(0, 4));
    const wanted = Math.min(rng.int(2, 4), commitments.length);
    const announcers = Array.from({ length: wanted }, (_, i) => commitments[Math.floor((i * commitments.length) / wanted)]);
    const picked = chronological(proposal && wanted < 4 ? [...announcers, proposal] : announcers);
    const lastCommitment = picked.findLastIndex((e) => e !== proposal);
    return {
      slug: `${slugify(country.name)}-defense-spending-target`,
      title: `${country.name}: defense spending target`,
      subject: `${country.adj} defense spending`,
      metric: "Defense spending as a share of GDP",
      unit: "% of GDP",
      holder: actorOf("government", code).slug,
      description: `Synthetic target: ${country.name}'s defense spending commitments as a share of GDP, revised over time.`,
      revisions: picked.map((event, i) => {
        const fact = facts.get(event.slug) ?? { value: 2 + i / 2, year: Math.min(2034, Number(event.date.start.slice(0, 4)) + 3), proposer: "US" };
        const valueLabel = `${fact.value}% of GDP`;
        if (event === proposal) {
          const proposedBy = actorOf("government", fact.proposer).slug;
          return { kind: "proposal" as const, proposedBy, value: fact.value, valueLabel: `${valueLabel} (${byCode.get(fact.proposer)!.name} proposal)`, status: "announced" as const, announcedBy: event.slug };
        }
        const fy = Math.min(2034, fact.year);
        const deadline = code === "JP"
          ? { start: `${fy}-04-01`, end: `${fy + 1}-03-31`, precision: "fiscal-year" as const, label: `FY${fy}` }
          : { start: `${fact.year}-12-31`, end: `${fact.year}-12-31`, precision: "by" as const, label: `by end of ${fact.year}` };
        const status: EventStatus = i < lastCommitment ? "superseded" : deadline.end >= today ? "due" : rng.chance(0.6) ? "met" : "missed";
        return { kind: "commitment" as const, value: fact.value, valueLabel, deadline, status, announcedBy: event.slug };
      }),
    };
  });
}
