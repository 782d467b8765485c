import { toDayNumber } from "@/lib/dates/calendar-date";
import { orderRevisions } from "@/lib/targets/order";
import type { TargetSnapshot } from "@/lib/targets/types";
import type { Window } from "./controller";

/** One commitment revision of a target, as the timeline draws it: a band at its deadline. */
export interface ChainRevision {
  position: number;
  start: number;
  end: number;
  label: string;
  valueLabel: string;
  status: string;
  announcedBy: string;
  supersedes: number | null;
}

export interface TargetChain {
  slug: string;
  title: string;
  url: string;
  revisions: ChainRevision[];
}

/** The commitments with a deadline, oldest first; proposals have no deadline to draw. */
export function toTargetChain(target: TargetSnapshot): TargetChain {
  return {
    slug: target.slug,
    title: target.title,
    url: target.url,
    revisions: orderRevisions(target.revisions)
      .filter((r) => r.kind === "commitment" && r.deadline)
      .map((r) => ({
        position: r.position,
        start: toDayNumber(r.deadline!.start),
        end: toDayNumber(r.deadline!.end),
        label: r.deadline!.label,
        valueLabel: r.valueLabel,
        status: r.status,
        announcedBy: r.announcedBy.slug,
        supersedes: r.supersedes,
      })),
  };
}

export interface ChainMark {
  revision: ChainRevision;
  x: number;
  width: number;
}

export interface ChainArrow {
  fromX: number;
  toX: number;
}

export interface ChainRow {
  chain: TargetChain;
  marks: ChainMark[];
  arrows: ChainArrow[];
}

/**
 * Places each target on its own row: its deadlines as bands and an arrow from each superseded
 * deadline to the one that replaced it, so a deadline that moved is seen to move.
 */
export function layoutChains(chains: readonly TargetChain[], window: Window, width: number): ChainRow[] {
  const x = (day: number) => ((day - window.from) / (window.to - window.from)) * width;
  return chains
    .filter((chain) => chain.revisions.length > 0)
    .map((chain) => {
      const marks = chain.revisions.map((revision) => {
        const x0 = x(revision.start);
        return { revision, x: x0, width: Math.max(x(revision.end + 1) - x0, 3) };
      });
      const centre = new Map(marks.map((m) => [m.revision.position, m.x + m.width / 2]));
      const arrows = chain.revisions
        .filter((r) => r.supersedes !== null && centre.has(r.supersedes))
        .map((r) => ({ fromX: centre.get(r.supersedes!)!, toX: centre.get(r.position)! }));
      return { chain, marks, arrows };
    });
}

/** Targets worth drawing over a set of events: those with a revision announced by one of them. */
export function chainsForItems(chains: readonly TargetChain[], items: readonly { slug: string }[]): TargetChain[] {
  // A set of the few announcing slugs, checked against every item: at 100,000 items a third of the
  // time of a set of every item's slug (26 ms), which the first frame after each write paid.
  const announcers = new Set(chains.flatMap((c) => c.revisions.map((r) => r.announcedBy)));
  const present = new Set<string>();
  for (const item of items) if (announcers.has(item.slug)) present.add(item.slug);
  return chains.filter((c) => c.revisions.some((r) => present.has(r.announcedBy)));
}
