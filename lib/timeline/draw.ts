import type { Cluster, PlacedItem } from "./layout";
import { rowCentre, type LaneBox } from "./geometry";
import type { TimelineView } from "./view";

export interface Palette {
  text: string;
  muted: string;
  laneBackground: string;
  grid: string;
  today: string;
  occurred: string;
  announced: string;
  due: string;
  superseded: string;
  selection: string;
  cluster: string;
  clusterText: string;
  background: string;
}

/** The subset of CanvasRenderingContext2D the drawing uses, so tests can record the calls. */
export type DrawingContext = Pick<
  CanvasRenderingContext2D,
  | "clearRect" | "fillRect" | "strokeRect" | "beginPath" | "moveTo" | "lineTo" | "arc" | "rect" | "closePath" | "fill" | "stroke"
  | "fillText" | "setLineDash" | "roundRect" | "save" | "restore"
  | "fillStyle" | "strokeStyle" | "lineWidth" | "font" | "globalAlpha" | "textBaseline" | "textAlign"
>;

/** What of the view the lanes' drawing paints. */
export type LanesView = Pick<TimelineView, "layout" | "boxes" | "width" | "height" | "todayX"> & { ticks: { fine: readonly { x: number }[] } };

export interface DrawInput {
  view: LanesView;
  palette: Palette;
  selected?: string;
  hovered?: string;
}

export function statusColour(status: string, palette: Palette): string {
  switch (status) {
    case "occurred":
    case "met":
      return palette.occurred;
    case "announced":
      return palette.announced;
    case "superseded":
    case "missed":
      return palette.superseded;
    default:
      return palette.due;
  }
}

/** Planned and due things are drawn hollow: they have not happened. */
function isOpen(status: string): boolean {
  return status === "due" || status === "planned";
}

const POINT_RADIUS = 5;
/**
 * Below this width a band's rounded corners and an approximate band's dashes cannot be seen, but they
 * are most of a dense frame's raster time (22 → 7 ms for the 50k fit-all view in software Chromium):
 * a narrow band is a plain rectangle, and an approximate one is told by its fainter fill alone.
 */
export const NARROW_BAND = 8;
const NO_DASH: readonly number[] = [];
const APPROXIMATE_DASH: readonly number[] = [4, 3];
const LEAD_IN_DASH: readonly number[] = [3, 3];

/**
 * Marks are painted in layers, bottom to top; within a layer, marks that look alike share one path and
 * one fill or stroke. A frame is then a few dozen canvas calls instead of several per mark, which is
 * most of a dense frame's cost (and most of the bytes of its SVG).
 */
enum Layer {
  BandFill,
  BandOutline,
  LeadIn,
  Deadline,
  PointFill,
  PointOutline,
  Highlight,
}

interface Paint {
  op: "fill" | "stroke";
  colour: string;
  alpha: number;
  lineWidth: number;
  dash: readonly number[];
}

/** One subpath of a batch, replayed onto the context between beginPath and fill/stroke. */
type Trace =
  | { kind: "circle"; x: number; y: number; r: number }
  | { kind: "roundRect"; x: number; y: number; w: number; h: number; r: number }
  | { kind: "rect"; x: number; y: number; w: number; h: number }
  | { kind: "segment"; x1: number; y1: number; x2: number; y2: number }
  | { kind: "flag"; x: number; y: number };

interface Batch {
  paint: Paint;
  traces: Trace[];
}

class Batches {
  private readonly layers: Map<string, Batch>[] = [];

  add(layer: Layer, paint: Paint, trace: Trace): void {
    const batches = (this.layers[layer] ??= new Map());
    const key = `${paint.op}|${paint.colour}|${paint.alpha}|${paint.lineWidth}|${paint.dash.join(",")}`;
    let batch = batches.get(key);
    if (!batch) batches.set(key, (batch = { paint, traces: [] }));
    batch.traces.push(trace);
  }

  paint(ctx: DrawingContext): void {
    for (const batches of this.layers) {
      if (!batches) continue;
      for (const { paint, traces } of batches.values()) {
        ctx.globalAlpha = paint.alpha;
        ctx.lineWidth = paint.lineWidth;
        ctx.setLineDash(paint.dash as number[]);
        if (paint.op === "fill") ctx.fillStyle = paint.colour;
        else ctx.strokeStyle = paint.colour;
        ctx.beginPath();
        for (const t of traces) trace(ctx, t);
        if (paint.op === "fill") ctx.fill();
        else ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
  }
}

function trace(ctx: DrawingContext, t: Trace): void {
  switch (t.kind) {
    case "circle":
      // A new subpath at the circle's start, so circles in one path are not joined by lines.
      ctx.moveTo(t.x + t.r, t.y);
      ctx.arc(t.x, t.y, t.r, 0, Math.PI * 2);
      return;
    case "roundRect":
      ctx.roundRect(t.x, t.y, t.w, t.h, t.r);
      return;
    case "rect":
      ctx.rect(t.x, t.y, t.w, t.h);
      return;
    case "segment":
      ctx.moveTo(t.x1, t.y1);
      ctx.lineTo(t.x2, t.y2);
      return;
    case "flag":
      ctx.moveTo(t.x, t.y - 8);
      ctx.lineTo(t.x + 8, t.y - 4);
      ctx.lineTo(t.x, t.y);
      ctx.closePath();
  }
}

const fill = (colour: string, alpha = 1): Paint => ({ op: "fill", colour, alpha, lineWidth: 1, dash: NO_DASH });
const stroke = (colour: string, lineWidth: number, dash = NO_DASH, alpha = 1): Paint => ({ op: "stroke", colour, alpha, lineWidth, dash });

function addItem(batches: Batches, p: PlacedItem, box: LaneBox, input: DrawInput): void {
  const { palette } = input;
  const cy = rowCentre(box, p.row);
  const colour = statusColour(p.item.status, palette);
  const hollow = isOpen(p.item.status);
  switch (p.shape) {
    case "point": {
      const circle: Trace = { kind: "circle", x: p.x + p.width / 2, y: cy, r: POINT_RADIUS };
      batches.add(Layer.PointFill, fill(hollow ? palette.background : colour), circle);
      if (hollow) batches.add(Layer.PointOutline, stroke(colour, 2), circle);
      break;
    }
    case "deadline": {
      const x = p.x + p.width / 2;
      // An open start: a dashed lead-in, since a "by" date says nothing of when the work begins.
      batches.add(Layer.LeadIn, stroke(colour, 2, LEAD_IN_DASH, 0.6), { kind: "segment", x1: x - 36, y1: cy, x2: x, y2: cy });
      batches.add(Layer.Deadline, stroke(colour, 2), { kind: "segment", x1: x, y1: cy - 8, x2: x, y2: cy + 8 });
      batches.add(Layer.Deadline, hollow ? stroke(colour, 2) : fill(colour), { kind: "flag", x, y: cy });
      break;
    }
    case "band":
    case "approximate": {
      const approximate = p.shape === "approximate";
      const narrow = p.width < NARROW_BAND;
      const band: Trace = narrow ? { kind: "rect", x: p.x, y: cy - 6, w: p.width, h: 12 } : { kind: "roundRect", x: p.x, y: cy - 6, w: p.width, h: 12, r: 3 };
      batches.add(Layer.BandFill, fill(colour, approximate ? 0.25 : hollow ? 0.15 : 0.55), band);
      if (hollow || (approximate && !narrow)) batches.add(Layer.BandOutline, stroke(colour, 1.5, approximate && !narrow ? APPROXIMATE_DASH : NO_DASH), band);
      break;
    }
  }
  if (p.item.slug === input.selected || p.item.slug === input.hovered) {
    const lineWidth = p.item.slug === input.selected ? 3 : 1.5;
    batches.add(Layer.Highlight, stroke(palette.selection, lineWidth), { kind: "roundRect", x: p.x - 4, y: cy - 10, w: p.width + 8, h: 20, r: 5 });
  }
}

function clusterText(count: number): string {
  return count > 999 ? `${Math.round(count / 100) / 10}k` : String(count);
}

function drawClusters(ctx: DrawingContext, clusters: readonly Cluster[], boxes: readonly LaneBox[], palette: Palette): void {
  if (clusters.length === 0) return;
  ctx.fillStyle = palette.cluster;
  ctx.beginPath();
  for (const c of clusters) ctx.roundRect(c.x, rowCentre(boxes[c.lane], c.row) - 8, c.width, 16, 8);
  ctx.fill();
  ctx.fillStyle = palette.clusterText;
  ctx.textAlign = "center";
  for (const c of clusters) ctx.fillText(clusterText(c.count), c.x + c.width / 2, rowCentre(boxes[c.lane], c.row));
  ctx.textAlign = "left";
}

/** Draws one frame of the timeline canvas. */
export function drawTimeline(ctx: DrawingContext, input: DrawInput): void {
  const { palette } = input;
  const { layout, boxes, width, height, todayX } = input.view;
  ctx.clearRect(0, 0, width, height);
  ctx.font = "12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  boxes.forEach((box, i) => {
    if (i % 2 === 0) {
      ctx.fillStyle = palette.laneBackground;
      ctx.fillRect(0, box.top, width, box.height);
    }
  });
  ctx.fillStyle = palette.grid;
  for (const { x } of input.view.ticks.fine) ctx.fillRect(Math.round(x), 0, 1, height);
  if (todayX !== null) {
    ctx.fillStyle = palette.today;
    ctx.globalAlpha = 0.7;
    ctx.fillRect(Math.round(todayX), 0, 1, height);
    ctx.globalAlpha = 1;
  }
  const batches = new Batches();
  for (const p of layout.placed) addItem(batches, p, boxes[p.lane], input);
  batches.paint(ctx);
  // Labels after every mark, so no mark covers a label.
  ctx.fillStyle = palette.text;
  for (const p of layout.placed) if (p.label) ctx.fillText(p.label, p.labelX, rowCentre(boxes[p.lane], p.row));
  drawClusters(ctx, layout.clusters, boxes, palette);
}
