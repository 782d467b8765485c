export interface KnownTopic {
  slug: string;
  name: string;
}

const STOP = new Set(["and", "the", "of", "with", "for", "in", "on", "to", "a", "an", "relations"]);

/** A crude English stem, enough to meet "spending"/"spend", "forces"/"force", "documents"/"document". */
function stem(word: string): string {
  return word
    .toLowerCase()
    .replace(/(?:ing|ed|es|s)$/, "")
    .replace(/[.’']/g, "");
}

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}.’']+/u).map((w) => w.replace(/^\.+|\.+$/g, "")).filter(Boolean);
}

/** Stored topics whose every content word (of the name or the slug) appears in the sentence. */
export class TopicMatcher {
  private readonly topics: { slug: string; keys: string[][] }[];

  constructor(topics: KnownTopic[]) {
    this.topics = topics.map((t) => ({
      slug: t.slug,
      keys: [words(t.name), t.slug.split("-")].map((list) => list.filter((w) => !STOP.has(w.toLowerCase())).map(stem)).filter((k) => k.length),
    }));
  }

  match(sentence: string): string[] {
    const present = new Set(words(sentence).map(stem));
    return this.topics.filter((t) => t.keys.some((key) => key.every((k) => present.has(k)))).map((t) => t.slug);
  }
}
