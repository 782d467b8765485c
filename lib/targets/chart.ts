import { scaleLinear } from "d3-scale";
import { addDays, calendarDateParts, formatDayLabel, toDayNumber, type CalendarDate } from "@/lib/dates/calendar-date";
import type { EventStatus } from "@/lib/validation/vocabulary";
import { formatValue, valueScale, yearDomain, type AxisTick } from "./chart-axes";
import type { TargetDeadline, TargetRevision, TargetSnapshot } from "./types";

export interface ChartSize {
  width: number;
  height: number;
}
export const WIDE_CHART: ChartSize = { width: 960, height: 360 };
export const NARROW_CHART: ChartSize = { width: 360, height: 320 };

const MARGIN = { top: 32, right: 16, bottom: 56, left: 48 };
const BAND_HEIGHT = 10;
const ARROW_LIFT = 44;
const ARROW_HEAD = { length: 8, halfWidth: 5 };
const EDGE_LABEL_ROOM = 60;

export type TextAnchor = "start" | "middle" | "end";

/** A commitment at its deadline: a band over the deadline's days at its value. */
export interface RevisionMark {
  position: number;
  x: number;
  y: number;
  width: number;
  height: number;
  status: EventStatus;
  inForce: boolean;
  label: string;
  labelX: number;
  labelY: number;
}

/** From a superseded deadline to the one that replaced it. */
export interface RevisionArrow {
  from: number;
  to: number;
  path: string;
  head: string;
  label: string;
  labelX: number;
  labelY: number;
}

/** A value with no deadline (a proposal by another party): a horizontal reference line. */
export interface ReferenceLine {
  position: number;
  kind: TargetRevision["kind"];
  y: number;
  x1: number;
  x2: number;
  label: string;
  labelX: number;
  labelY: number;
}

/** A day marked on the time axis: when revisions were announced, or the "as known on" date. */
export interface DayMarker {
  x: number;
  label: string;
  anchor: TextAnchor;
  positions: number[];
}

export interface TargetChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: AxisTick[];
  yTicks: AxisTick[];
  unitLabel: { text: string; x: number; y: number };
  marks: RevisionMark[];
  arrows: RevisionArrow[];
  lines: ReferenceLine[];
  announcements: DayMarker[];
  asOf: DayMarker | null;
}

const dayAfter = (date: CalendarDate) => addDays(date, 1);

function chartDates(snapshot: TargetSnapshot): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (const r of snapshot.revisions) {
    if (r.deadline) dates.push(r.deadline.start, r.deadline.end);
    if (r.announcedBy.announcedDate) dates.push(r.announcedBy.announcedDate);
  }
  if (snapshot.asOf) dates.push(snapshot.asOf);
  return dates.sort();
}

function movement(from: TargetRevision, to: TargetRevision, unit: string): string {
  const [a, b] = [from.deadline!, to.deadline!];
  if (b.end < a.start) return "moved forward";
  if (b.start > a.end) return "pushed back";
  if (to.value !== from.value) return `${to.value > from.value ? "raised" : "lowered"} to ${formatValue(to.value, unit)}`;
  return "revised";
}

/** The pure layout of one target's chart: time across, the metric up; React only draws it. */
export function layoutTargetChart(snapshot: TargetSnapshot, size: ChartSize = WIDE_CHART): TargetChartLayout | null {
  const dates = chartDates(snapshot);
  if (snapshot.revisions.length === 0 || dates.length === 0) return null;

  const plot = { left: MARGIN.left, top: MARGIN.top, right: size.width - MARGIN.right, bottom: size.height - MARGIN.bottom };
  const years = yearDomain(calendarDateParts(dates[0]).year, calendarDateParts(dates.at(-1)!).year, plot.right - plot.left);
  const x = scaleLinear().domain([years.fromDay, years.toDay]).range([plot.left, plot.right]);
  const y = valueScale(
    snapshot.revisions.map((r) => r.value),
    [plot.bottom, plot.top],
  );
  const xOfDate = (date: CalendarDate) => x(toDayNumber(date));
  const anchorAt = (px: number): TextAnchor =>
    px < plot.left + EDGE_LABEL_ROOM ? "start" : px > plot.right - EDGE_LABEL_ROOM ? "end" : "middle";

  const marks = snapshot.revisions.flatMap((r) => (r.deadline ? [markOf(r, r.deadline, snapshot.inForce, xOfDate, y(r.value))] : []));
  const markAt = new Map(marks.map((m) => [m.position, m]));
  const revisionAt = new Map(snapshot.revisions.map((r) => [r.position, r]));
  const arrows = snapshot.revisions.flatMap((to) => {
    const from = to.supersedes === null ? undefined : markAt.get(to.supersedes);
    const end = markAt.get(to.position);
    return from && end ? [arrowBetween(from, end, movement(revisionAt.get(from.position)!, to, snapshot.unit))] : [];
  });

  const lines = snapshot.revisions
    .filter((r) => !r.deadline)
    .map((r) => ({
      position: r.position,
      kind: r.kind,
      y: y(r.value),
      x1: plot.left,
      x2: plot.right,
      label: lineLabel(r, snapshot),
      labelX: plot.right - 4,
      labelY: y(r.value) - 6,
    }));

  const announcedOn = new Map<CalendarDate, number[]>();
  for (const r of snapshot.revisions) {
    const day = r.announcedBy.announcedDate;
    if (day) announcedOn.set(day, [...(announcedOn.get(day) ?? []), r.position]);
  }
  const announcements = [...announcedOn].map(([day, positions]) => {
    const px = xOfDate(day);
    return { x: px, label: `reported ${formatDayLabel(day)}`, anchor: anchorAt(px), positions };
  });
  const asOfX = snapshot.asOf ? xOfDate(snapshot.asOf) : null;

  return {
    width: size.width,
    height: size.height,
    plot,
    xTicks: years.ticks.map((t) => ({ at: x(t.day), label: t.label })),
    yTicks: y.ticks(5).map((v) => ({ at: y(v), label: formatValue(v, snapshot.unit) })),
    unitLabel: { text: snapshot.unit, x: 12, y: (plot.top + plot.bottom) / 2 },
    marks,
    arrows,
    lines,
    announcements,
    asOf:
      snapshot.asOf && asOfX !== null
        ? { x: asOfX, label: `as known on ${formatDayLabel(snapshot.asOf)}`, anchor: anchorAt(asOfX), positions: [] }
        : null,
  };
}

function markOf(
  r: TargetRevision,
  deadline: TargetDeadline,
  inForce: number | null,
  xOfDate: (date: CalendarDate) => number,
  valueY: number,
): RevisionMark {
  const x0 = xOfDate(deadline.start);
  const x1 = xOfDate(dayAfter(deadline.end));
  const isInForce = r.position === inForce;
  return {
    position: r.position,
    x: x0,
    y: valueY - BAND_HEIGHT / 2,
    width: Math.max(x1 - x0, 2),
    height: BAND_HEIGHT,
    status: r.status,
    inForce: isInForce,
    label: `${deadline.label} · ${isInForce ? "in force" : r.status}`,
    labelX: (x0 + x1) / 2,
    labelY: valueY + BAND_HEIGHT / 2 + 14,
  };
}

/** An arc over the top of both bands, ending in a head that points down onto the newer band. */
function arrowBetween(from: RevisionMark, to: RevisionMark, label: string): RevisionArrow {
  const x1 = from.x + from.width / 2;
  const y1 = from.y;
  const x2 = to.x + to.width / 2;
  const tipY = to.y - 1;
  const baseY = tipY - ARROW_HEAD.length;
  const controlY = Math.max(Math.min(y1, baseY) - ARROW_LIFT, 12);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    from: from.position,
    to: to.position,
    path: `M ${round(x1)} ${round(y1)} C ${round(x1)} ${round(controlY)}, ${round(x2)} ${round(controlY)}, ${round(x2)} ${round(baseY)}`,
    head: `${round(x2)},${round(tipY)} ${round(x2 - ARROW_HEAD.halfWidth)},${round(baseY)} ${round(x2 + ARROW_HEAD.halfWidth)},${round(baseY)}`,
    label,
    labelX: round((x1 + x2) / 2),
    // A cubic's midpoint lies 3/4 of the way from its ends' mean to its control points.
    labelY: round((y1 + baseY) / 8 + (controlY * 3) / 4 - 6),
  };
}

function lineLabel(r: TargetRevision, snapshot: TargetSnapshot): string {
  const value = formatValue(r.value, snapshot.unit);
  if (r.kind === "proposal") return `Proposed by ${r.proposedBy?.name ?? "another party"}: ${value}`;
  return `${snapshot.holder.name}: ${value} (no deadline)`;
}
