import { slugify } from "@/lib/edit/slug";
import { countryName } from "@/lib/ingest/gazetteer";
import { parsePublication } from "@/lib/ingest/publication";
import type { PublishRequest } from "@/lib/validation/ingest";
import { eventWriteSchema, zodIssues } from "@/lib/validation/write";
import { WriteRejectedError, type WriteIssue } from "../errors";
import type { Writer } from "./audit";
import { rejectedMessage, saveEvent } from "./events";
import { References } from "./references";
import { saveSource } from "./sources";
import { saveTarget, storedTargetWrite } from "./targets";
import type { Tx } from "./tx";

export interface PublishReport {
  source: { slug: string; url: string };
  events: { slug: string; title: string; url: string }[];
  targets: string[];
}

const ORGANISATION = /\b(?:Ministry|Department|Agency|Commission|Council|Parliament|Congress|Senate|Bank|Fund|Office|Committee|Court|Party|Assembly|Cabinet|Union|Organi[sz]ation|Alliance|House)\b/;

/** A slug not yet used by any row (deleted events and former slugs included) nor earlier in this batch. */
async function freeSlug(base: string, taken: (slug: string) => Promise<boolean>, batch: Set<string>): Promise<string> {
  const root = base || "item";
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root.slice(0, 76)}-${n}`;
    if (!batch.has(candidate) && !(await taken(candidate))) {
      batch.add(candidate);
      return candidate;
    }
  }
}

/**
 * Publishes an ingested article: its source verbatim, the accepted events with their citations, and
 * any target revisions they announce, through the same saves as every edit and import (validation,
 * provenance, audit), in the caller's transaction: one problem anywhere and nothing is written.
 * New slugs are made from titles and dates; an existing slug is never overwritten.
 */
export async function publishIngestion(tx: Tx, input: PublishRequest, writer: Writer, at: string): Promise<PublishReport> {
  const publication = parsePublication(input.source.publishedAt, input.source.zone);
  if (!publication) throw new WriteRejectedError("the publication date cannot be read", [{ path: "source.publishedAt", message: "give it as YYYY-MM-DD (with a time and zone if printed) or as \"October 28, 2025\"" }]);
  const refs = new References(tx, writer, at);
  const batch = new Set<string>();
  const sourceSlug = await freeSlug(slugify(`${input.source.publisher} ${publication.day} ${input.source.title}`), async (s) => Boolean(await tx.source.findUnique({ where: { slug: s }, select: { id: true } })), batch);
  const { zone, ...source } = input.source;
  await saveSource(tx, { ...source, slug: sourceSlug, publishedDate: publication.day, publishedZone: zone, retrievedAt: at.slice(0, 10), section: undefined, editorialNote: undefined }, writer, refs, at, { mode: "create", path: "source" });

  const eventTaken = async (s: string) =>
    Boolean((await tx.event.findUnique({ where: { slug: s }, select: { id: true } })) || (await tx.eventSlugRedirect.findUnique({ where: { slug: s }, select: { slug: true } })));
  const actorTaken = async (s: string) => Boolean(await tx.actor.findUnique({ where: { slug: s }, select: { id: true } }));
  const issues: WriteIssue[] = [];
  const report: PublishReport = { source: { slug: sourceSlug, url: `/sources/${sourceSlug}` }, events: [], targets: [] };
  const announcing: { slug: string; target: NonNullable<PublishRequest["events"][number]["target"]>; path: string }[] = [];
  const newActors = new Map<string, string>();

  for (const [i, event] of input.events.entries()) {
    const path = `events[${i}]`;
    const eventSlug = await freeSlug(slugify(`${event.title.slice(0, 60)} ${event.date.start}`), eventTaken, batch);
    const actors = [];
    for (const actor of event.actors) {
      if (actor.slug) {
        actors.push({ slug: actor.slug });
        continue;
      }
      // The same new name in several events is one new actor.
      const known = newActors.get(actor.name) ?? (await freeSlug(slugify(actor.name), actorTaken, batch));
      newActors.set(actor.name, known);
      actors.push({ slug: known, name: actor.name, kind: actor.kind ?? (ORGANISATION.test(actor.name) ? "organization" : "person"), aliases: [] });
    }
    const parsed = eventWriteSchema.safeParse({
      slug: eventSlug,
      title: event.title,
      summary: event.summary,
      kind: event.kind,
      status: event.status,
      date: event.date,
      countries: event.countries.map((code) => ({ code, name: countryName(code) ?? code })),
      topics: event.topics,
      actors,
      citations: event.citations.map((c) => ({ source: sourceSlug, quote: c.quote, start: c.start, end: c.end, supports: "event" })),
    });
    if (!parsed.success) {
      issues.push(...zodIssues(parsed.error, [path]));
      continue;
    }
    try {
      await saveEvent(tx, parsed.data, writer, refs, at, { mode: "create", path });
      report.events.push({ slug: eventSlug, title: event.title, url: `/events/${eventSlug}` });
      if (event.target) announcing.push({ slug: eventSlug, target: event.target, path });
    } catch (error) {
      if (!(error instanceof WriteRejectedError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length) throw new WriteRejectedError(rejectedMessage(issues), issues);

  for (const { slug: announcedBy, target, path } of announcing) {
    const stored = await storedTargetWrite(tx, target.slug);
    const revision = {
      kind: target.kind,
      proposedBy: target.proposedBy ? { slug: target.proposedBy } : null,
      value: target.value,
      valueLabel: target.valueLabel,
      deadline: target.deadline ?? null,
      status: target.kind === "proposal" ? ("announced" as const) : ("due" as const),
      announcedBy,
      supersedes: undefined,
    };
    await saveTarget(tx, { ...stored, version: undefined, revisions: [...stored.revisions, revision] }, writer, at, { mode: "update", path: `${path}.target` });
    if (!report.targets.includes(target.slug)) report.targets.push(target.slug);
  }
  return report;
}
