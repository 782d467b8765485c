import { addDays, type DateInterval } from "@/lib/dates/calendar-date";
import type { Precision } from "@/lib/dates/precision";
import type { DayAxis } from "./axis";

export type MarkShape = "point" | "band" | "approximate" | "deadline";

export interface PlacedMark {
  slug: string;
  shape: MarkShape;
  x: number;
  width: number;
  row: number;
}

export interface Placeable extends DateInterval {
  slug: string;
  precision: Precision;
}

/** How a precision is drawn: a day is a point, a span a band, a "by" date a deadline with an open start. */
export function markShape(precision: Precision): MarkShape {
  switch (precision) {
    case "day":
      return "point";
    case "by":
      return "deadline";
    case "approximate":
      return "approximate";
    default:
      return "band";
  }
}

/**
 * Places marks on rows so that no two overlap (a point takes `pointWidth` pixels): greedy first-fit in
 * time order, which keeps the number of rows small and the result stable for the same input.
 */
export function placeMarks(items: readonly Placeable[], axis: DayAxis, pointWidth = 12, gap = 4): { marks: PlacedMark[]; rows: number } {
  const sorted = [...items].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.slug < b.slug ? -1 : 1));
  const rowEnds: number[] = [];
  const marks: PlacedMark[] = [];
  for (const item of sorted) {
    const shape = markShape(item.precision);
    const x0 = axis.x(item.start);
    const x1 = axis.x(addDays(item.end, 1));
    const centred = shape === "point" || shape === "deadline";
    const x = centred ? (x0 + x1) / 2 - pointWidth / 2 : x0;
    const width = centred ? pointWidth : Math.max(x1 - x0, pointWidth / 2);
    let row = rowEnds.findIndex((end) => end + gap <= x);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(x + width);
    } else {
      rowEnds[row] = x + width;
    }
    marks.push({ slug: item.slug, shape, x, width, row });
  }
  return { marks, rows: rowEnds.length };
}
