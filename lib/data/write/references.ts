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
  private readonly topics = new Map<string, boolean>();
  private readonly actors = new Map<string, Set<string> | null>();
  private readonly sourceTexts = new Map<string, string | null>();

  constructor(
    private readonly tx: Tx,
    private readonly writer: Writer,
    private readonly at: string,
  ) {}

  async sourceText(slug: string): Promise<string | null> {
    if (!this.sourceTexts.has(slug)) {
      const row = await this.tx.source.findUnique({ where: { slug }, select: { text: true } });
      this.sourceTexts.set(slug, row?.text ?? null);
    }
    return this.sourceTexts.get(slug)!;
  }

  /** A source written earlier in this transaction: later citations are checked against its new text. */
  rememberSource(slug: string, text: string): void {
    this.sourceTexts.set(slug, text);
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
      const row = await this.tx.topic.findUnique({ where: { slug: ref.slug }, select: { id: true } });
      if (!row && ref.name) {
        const created = await this.tx.topic.create({ data: { slug: ref.slug, name: ref.name }, select: { id: true } });
        await recordAudit(this.tx, this.writer, { action: "create", entity: "topic", entityId: created.id, entitySlug: ref.slug, before: null, after: ref }, this.at);
      }
      this.topics.set(ref.slug, Boolean(row || ref.name));
    }
    if (!this.topics.get(ref.slug)) issues.push({ path, message: `unknown topic "${ref.slug}": give its name to add it ({ "slug", "name" })` });
  }

  /** An actor by slug; a new one is created from its name, and aliases not yet known are added. */
  async actor(
    ref: { slug: string; name?: string; kind?: string; role?: string; aliases?: string[] },
    path: string,
    issues: WriteIssue[],
  ): Promise<void> {
    if (!this.actors.has(ref.slug)) {
      const row = await this.tx.actor.findUnique({ where: { slug: ref.slug }, select: { id: true, aliases: { select: { alias: true } } } });
      if (row) this.actors.set(ref.slug, new Set(row.aliases.map((a) => a.alias)));
      else if (ref.name) {
        const data = { slug: ref.slug, name: ref.name, kind: ref.kind ?? "person", role: ref.role ?? null };
        const created = await this.tx.actor.create({ data, select: { id: true } });
        await recordAudit(this.tx, this.writer, { action: "create", entity: "actor", entityId: created.id, entitySlug: ref.slug, before: null, after: { ...data, aliases: [] } }, this.at);
        this.actors.set(ref.slug, new Set());
      } else this.actors.set(ref.slug, null);
    }
    const known = this.actors.get(ref.slug);
    if (!known) {
      issues.push({ path, message: `unknown actor "${ref.slug}": give its name to add it ({ "slug", "name", "aliases" })` });
      return;
    }
    const added = (ref.aliases ?? []).filter((alias) => !known.has(alias));
    if (added.length === 0) return;
    const actor = await this.tx.actor.findUniqueOrThrow({ where: { slug: ref.slug }, select: { id: true } });
    const before = [...known].sort();
    await this.tx.actorAlias.createMany({ data: added.map((alias) => ({ actorId: actor.id, alias })) });
    added.forEach((alias) => known.add(alias));
    await recordAudit(
      this.tx,
      this.writer,
      { action: "update", entity: "actor", entityId: actor.id, entitySlug: ref.slug, before: { aliases: before }, after: { aliases: [...known].sort() } },
      this.at,
    );
  }
}
