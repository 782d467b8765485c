import { db } from "./client";

type Client = ReturnType<typeof db>;

export interface EditorOptions {
  sources: { slug: string; title: string; publisher: string; text: string }[];
  countries: { code: string; name: string }[];
  topics: { slug: string; name: string }[];
  actors: { slug: string; name: string; aliases: string[] }[];
}

/** What the event editor offers to choose from: every source (with its text, to select passages in), country, topic and actor. */
export async function editorOptions(client: Client = db()): Promise<EditorOptions> {
  const [sources, countries, topics, actors] = await Promise.all([
    client.source.findMany({ select: { slug: true, title: true, publisher: true, text: true }, orderBy: { title: "asc" } }),
    client.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    client.topic.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    client.actor.findMany({ select: { slug: true, name: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } }, orderBy: { name: "asc" } }),
  ]);
  return { sources, countries, topics, actors: actors.map((a) => ({ slug: a.slug, name: a.name, aliases: a.aliases.map((x) => x.alias) })) };
}
