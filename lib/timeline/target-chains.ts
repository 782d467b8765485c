import { toDayNumber } from "@/lib/dates/calendar-date";
import { orderRevisions } from "@/lib/targets/order";
import type { TargetSnapshot } from "@/lib/targets/types";
import type { DayScale } from "./scale";

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
  y: number;
  width: number;
  height: number;
}

export interface ChainArrow {
  fromX: number;
  toX: number;
  /** The SVG path of the curve from the replaced deadline up and over to its successor. */
  d: string;
}

export interface ChainRow {
  chain: TargetChain;
  /** Baseline of the target's title. */
  titleY: number;
  marks: ChainMark[];
  arrows: ChainArrow[];
}

export interface TargetStripLayout {
  rows: ChainRow[];
  /** 0 when there is no target to draw. */
  height: number;
}

const ROW = 26;
const TOP = 4;
const BAND = { top: 14, height: 8, minWidth: 3 };

/**
 * Places each target on its own row: its deadlines as bands and an arrow from each superseded
 * deadline to the one that replaced it, so a deadline that moved is seen to move.
 */
export function layoutChains(chains: readonly TargetChain[], scale: DayScale): TargetStripLayout {
  const rows = chains
    .filter((chain) => chain.revisions.length > 0)
    .map((chain, i) => {
      const y = i * ROW + TOP;
      const marks = chain.revisions.map((revision) => {
        const x0 = scale.place(revision.start);
        return { revision, x: x0, y: y + BAND.top, width: Math.max(scale.place(revision.end + 1) - x0, BAND.minWidth), height: BAND.height };
      });
      const centre = new Map(marks.map((m) => [m.revision.position, m.x + m.width / 2]));
      const arrows = chain.revisions
        .filter((r) => r.supersedes !== null && centre.has(r.supersedes))
        .map((r) => {
          const fromX = centre.get(r.supersedes!)!;
          const toX = centre.get(r.position)!;
          return { fromX, toX, d: `M${fromX},${y + 16} C${fromX},${y + 4} ${toX},${y + 4} ${toX},${y + 13}` };
        });
      return { chain, titleY: y + 9, marks, arrows };
    });
  return { rows, height: rows.length === 0 ? 0 : rows.length * ROW + TOP };
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
