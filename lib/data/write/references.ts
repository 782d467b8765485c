import { engineSql } from "../engine-sql";
import type { WriteIssue } from "../errors";
import type { Writer } from "./audit";
import { recordAudit } from "./audit";
import type { Tx } from "./tx";

/**
 * Finds (and where the write says enough, creates) what events refer to by slug or code. One per
 * transaction, so an import of many events reads each country, topic, actor and source text once.
 */
export class References {
  private readonly countries = new Map<string, boolean>();
  private readonly topics = new Map<string, number | null>();
  private readonly actors = new Map<string, { id: number; aliases: Set<string> } | null>();
  private readonly sources = new Map<string, { id: number; text: string } | null>();

  constructor(
    private readonly tx: Tx,
    private readonly writer: Writer,
    private readonly at: string,
  ) {}

  async sourceText(slug: string): Promise<string | null> {
    return (await this.source(slug))?.text ?? null;
  }

  /** The id of a source known to exist (its citations were located in it). */
  async sourceId(slug: string): Promise<number> {
    return (await this.source(slug))!.id;
  }

  private async source(slug: string) {
    if (!this.sources.has(slug)) {
      const row = await this.tx.source.findUnique({ where: { slug }, select: { id: true, text: true } });
      this.sources.set(slug, row);
    }
    return this.sources.get(slug)!;
  }

  /** A source written earlier in this transaction: later citations are checked against its new text. */
  rememberSource(slug: string, id: number, text: string): void {
    this.sources.set(slug, { id, text });
  }

  topicId(slug: string): number {
    return this.topics.get(slug)!;
  }

  actorId(slug: string): number {
    return this.actors.get(slug)!.id;
  }

  async country(ref: { code: string; name?: string }, path: string, issues: WriteIssue[]): Promise<void> {
    if (!this.countries.has(ref.code)) {
      const row = await this.tx.country.findUnique({ where: { code: ref.code }, select: { code: true } });
      if (!row && ref.name) {
        await this.tx.country.create({ data: { code: ref.code, name: ref.name } });
        await recordAudit(this.tx, this.writer, { action: "create", entity: "country", entityId: 0, entitySlug: ref.code, before: null, after: ref }, this.at);
      }
      this.countries.set(ref.code, Boolean(row || ref.name));
    }
    if (!this.countries.get(ref.code)) issues.push({ path, message: `unknown country "${ref.code}": give its name to add it ({ "code", "name" })` });
  }

  async topic(ref: { slug: string; name?: string }, path: string, issues: WriteIssue[]): Promise<void> {
    if (!this.topics.has(ref.slug)) {
      let row = await this.tx.topic.findUnique({ where: { slug: ref.slug }, select: { id: true } });
      if (!row && ref.name) {
        row = await this.tx.topic.create({ data: { slug: ref.slug, name: ref.name }, select: { id: true } });
        await recordAudit(this.tx, this.writer, { action: "create", entity: "topic", entityId: row.id, entitySlug: ref.slug, before: null, after: ref }, this.at);
      }
      this.topics.set(ref.slug, row?.id ?? null);
    }
    if (this.topics.get(ref.slug) == null) issues.push({ path, message: `unknown topic "${ref.slug}": give its name to add it ({ "slug", "name" })` });
  }

  /** An actor by slug; a new one is created from its name, and aliases not yet known are added. */
  async actor(
    ref: { slug: string; name?: string; kind?: string; role?: string; aliases?: string[] },
    path: string,
    issues: WriteIssue[],
  ): Promise<void> {
    if (!this.actors.has(ref.slug)) {
      const row = await this.tx.actor.findUnique({ where: { slug: ref.slug }, select: { id: true, aliases: { select: { alias: true } } } });
      if (row) this.actors.set(ref.slug, { id: row.id, aliases: new Set(row.aliases.map((a) => a.alias)) });
      else if (ref.name) {
        const data = { slug: ref.slug, name: ref.name, kind: ref.kind ?? "person", role: ref.role ?? null };
        const created = await this.tx.actor.create({ data, select: { id: true } });
        await recordAudit(this.tx, this.writer, { action: "create", entity: "actor", entityId: created.id, entitySlug: ref.slug, before: null, after: { ...data, aliases: [] } }, this.at);
        this.actors.set(ref.slug, { id: created.id, aliases: new Set() });
      } else this.actors.set(ref.slug, null);
    }
    const actor = this.actors.get(ref.slug);
    if (!actor) {
      issues.push({ path, message: `unknown actor "${ref.slug}": give its name to add it ({ "slug", "name", "aliases" })` });
      return;
    }
    const known = actor.aliases;
    const added = [...new Set(ref.aliases ?? [])].filter((alias) => !known.has(alias));
    if (added.length === 0) return;
    const before = [...known].sort();
    await this.tx.actorAlias.createMany({ data: added.map((alias) => ({ actorId: actor.id, alias })) });
    // Every event of this actor is now found by the new aliases too.
    const events = await this.tx.event.findMany({ where: { actors: { some: { id: actor.id } } }, select: { id: true } });
    if (events.length) await engineSql(this.tx).refreshSearch(this.tx, events.map((e) => e.id));
    added.forEach((alias) => known.add(alias));
    await recordAudit(
      this.tx,
      this.writer,
      { action: "update", entity: "actor", entityId: actor.id, entitySlug: ref.slug, before: { aliases: before }, after: { aliases: [...known].sort() } },
      this.at,
    );
  }
}
