import jaroWinkler from "talisman/metrics/jaro-winkler";
import { foldDiacritics } from "@/lib/search/fold";

export interface KnownActor {
  slug: string;
  name: string;
  kind: string;
  aliases: string[];
}

export interface ActorMatch {
  name: string;
  /** The stored actor; absent when the name is proposed as a new actor. */
  slug?: string;
  /** How the name was matched, when not exactly. */
  reason?: string;
}


const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Similarity at which a capitalised word is offered as a misspelling of a stored surname. Measured on
// the seed's spellings: "Hergses"/"Hegseth" 0.85, "Hergész"/"Hegseth" 0.79; unrelated surnames with
// the same initial stay below ("Hegseth"/"Hagel" 0.57).
const FUZZY_THRESHOLD = 0.78;

const TITLE = String.raw`(?:(?:Prime|Defen[cs]e|Foreign|Finance|Trade|Interior|Economy|Chief Cabinet|Vice|Deputy|Chief)\s+)?(?:Minister|Secretary|President|Chancellor|Senator|Sen\.|Rep\.|Representative|Governor|Ambassador|Commissioner|Director|Chair(?:man|woman)?|Speaker|Secretary-General|Premier|General|Admiral|Mayor)`;
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;
const TITLED_PERSON = new RegExp(String.raw`(?<![\p{L}])${TITLE}\s+(${NAME})`, "gu");
const ORGANISATION = new RegExp(
  String.raw`(?<![\p{L}])((?:\p{Lu}[\p{L}&'’-]*\s+){1,5}(?:Ministry|Department|Agency|Commission|Council|Parliament|Congress|Senate|Bank|Fund|Office|Committee|Court|Party|Assembly|Cabinet|Union|Organi[sz]ation|Alliance)(?:\s+of(?:\s+(?:the\s+)?\p{Lu}[\p{L}-]+)+)?)`,
  "gu",
);
const CAPITALISED = /(?<![\p{L}])\p{Lu}[\p{Ll}\p{M}]{4,}(?![\p{L}])/gu;

/**
 * Matches stored actors by name and alias (exactly, diacritics aside), then capitalised words that look
 * like misspelt surnames of stored people; proposes titled people ("Defense Minister X Y") and named
 * bodies ("Congressional Budget Office") that are not stored as new actors. One matcher reads one
 * article: a new name, once proposed, is recognised again (by its surname too) in later sentences.
 */
export class ActorMatcher {
  private readonly exact: RegExp | null;
  private readonly bySpelling = new Map<string, KnownActor>();
  private readonly surnames: { surname: string; actor: KnownActor }[] = [];
  private readonly fuzzyCache = new Map<string, { actor: KnownActor; score: number } | null>();
  /** Spellings (diacritics folded) of the new names proposed so far in this article → the name. */
  private readonly learned = new Map<string, string>();
  private readonly learnedPersons = new Set<string>();
  private readonly personSlugs = new Set<string>();

  constructor(actors: KnownActor[], private readonly notNames: Set<string> = new Set()) {
    for (const actor of actors) {
      for (const spelling of [actor.name, ...actor.aliases]) this.bySpelling.set(foldDiacritics(spelling), actor);
      if (actor.kind === "person") {
        this.personSlugs.add(actor.slug);
        const words = new Set([actor.name.split(/\s+/).at(-1)!, ...actor.aliases.filter((a) => !/\s/.test(a))]);
        for (const word of words) if (word.length >= 4) this.surnames.push({ surname: foldDiacritics(word).toLowerCase(), actor });
      }
    }
    const spellings = [...this.bySpelling.keys()].filter((s) => s.length >= 2).sort((a, b) => b.length - a.length);
    this.exact = spellings.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${spellings.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu") : null;
  }

  match(sentence: string): ActorMatch[] {
    const folded = foldDiacritics(sentence);
    const found = new Map<string, ActorMatch>();
    const covered: [number, number][] = [];
    const add = (key: string, match: ActorMatch) => {
      if (!found.has(key)) found.set(key, match);
    };
    if (this.exact) {
      for (const m of folded.matchAll(this.exact)) {
        const actor = this.bySpelling.get(m[0])!;
        covered.push([m.index, m.index + m[0].length]);
        add(actor.slug, { name: actor.name, slug: actor.slug });
      }
    }
    const inside = (at: number) => covered.some(([a, b]) => at >= a && at < b);
    for (const m of folded.matchAll(CAPITALISED)) {
      if (inside(m.index) || this.notNames.has(m[0])) continue;
      const best = this.fuzzy(m[0]);
      if (!best) continue;
      covered.push([m.index, m.index + m[0].length]);
      add(best.actor.slug, {
        name: best.actor.name,
        slug: best.actor.slug,
        reason: `"${sentence.slice(m.index, m.index + m[0].length)}" read as a spelling of ${best.actor.name} (similarity ${best.score.toFixed(2)})`,
      });
    }
    // Names proposed earlier in this article: "Koizumi" after "Defense Minister Shinjiro Koizumi"
    for (const [spelling, name] of this.learned) {
      for (const m of folded.matchAll(new RegExp(`(?<![\\p{L}])${escape(spelling)}(?![\\p{L}])`, "gu"))) {
        if (inside(m.index)) continue;
        covered.push([m.index, m.index + m[0].length]);
        add(`new:${name}`, { name, reason: `"${name}" is not a stored actor: proposed as a new one` });
      }
    }
    for (const m of folded.matchAll(CAPITALISED)) {
      if (inside(m.index) || this.notNames.has(m[0])) continue;
      const lower = m[0].toLowerCase();
      const learned = [...this.learned].find(([spelling]) => !/\s/.test(spelling) && spelling[0].toLowerCase() === lower[0] && jaroWinkler(lower, spelling.toLowerCase()) >= FUZZY_THRESHOLD);
      if (!learned) continue;
      covered.push([m.index, m.index + m[0].length]);
      add(`new:${learned[1]}`, { name: learned[1], reason: `"${sentence.slice(m.index, m.index + m[0].length)}" read as a spelling of ${learned[1]}, named earlier in the article` });
    }
    for (const pattern of [TITLED_PERSON, ORGANISATION]) {
      for (const m of sentence.matchAll(pattern)) {
        const name = m[1].replace(/^the\s+/i, "").trim();
        const at = m.index + m[0].lastIndexOf(m[1]);
        if (inside(at) || this.notNames.has(name) || name.split(/\s+/).every((w) => this.notNames.has(w))) continue;
        const known = this.bySpelling.get(foldDiacritics(name));
        if (known) {
          add(known.slug, { name: known.name, slug: known.slug });
          continue;
        }
        add(`new:${name}`, { name, reason: `"${name}" is not a stored actor: proposed as a new one` });
        this.learn(name, pattern === TITLED_PERSON);
      }
    }
    return [...found.values()];
  }

  /** A new name, and for a person the surname it goes by later in the same article. */
  private learn(name: string, person: boolean): void {
    const folded = foldDiacritics(name);
    this.learned.set(folded, name);
    const surname = folded.split(/\s+/).at(-1)!;
    if (person) this.learnedPersons.add(name);
    if (person && surname !== folded && surname.length >= 4 && !this.learned.has(surname)) this.learned.set(surname, name);
  }

  /** Whether a match names a person (a stored person, or a titled one proposed from this article). */
  isPerson(match: ActorMatch): boolean {
    return match.slug ? this.personSlugs.has(match.slug) : this.learnedPersons.has(match.name);
  }

  private fuzzy(word: string): { actor: KnownActor; score: number } | null {
    const cached = this.fuzzyCache.get(word);
    if (cached !== undefined) return cached;
    const lower = word.toLowerCase();
    let best: { actor: KnownActor; score: number } | null = null;
    for (const { surname, actor } of this.surnames) {
      if (surname[0] !== lower[0] || Math.abs(surname.length - lower.length) > 2) continue;
      const score = jaroWinkler(lower, surname);
      if (score >= FUZZY_THRESHOLD && (!best || score > best.score)) best = { actor, score };
    }
    this.fuzzyCache.set(word, best);
    return best;
  }
}
