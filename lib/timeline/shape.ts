import type { Precision } from "@/lib/dates/precision";

export type MarkShape = "point" | "band" | "approximate" | "deadline";

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
