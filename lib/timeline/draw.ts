import type { Cluster, PlacedItem, TimelineLayout } from "./layout";
import { laneBoxes, rowCentre, type LaneBox } from "./geometry";

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
  | "clearRect" | "fillRect" | "strokeRect" | "beginPath" | "moveTo" | "lineTo" | "arc" | "closePath" | "fill" | "stroke"
  | "fillText" | "setLineDash" | "roundRect" | "save" | "restore"
  | "fillStyle" | "strokeStyle" | "lineWidth" | "font" | "globalAlpha" | "textBaseline" | "textAlign"
>;

export interface DrawInput {
  layout: TimelineLayout;
  width: number;
  height: number;
  palette: Palette;
  /** x of today's line, or null when today is out of view. */
  todayX: number | null;
  gridXs: readonly number[];
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

function drawItem(ctx: DrawingContext, p: PlacedItem, box: LaneBox, input: DrawInput): void {
  const { palette } = input;
  const cy = rowCentre(box, p.row);
  const colour = statusColour(p.item.status, palette);
  const hollow = isOpen(p.item.status);
  ctx.fillStyle = colour;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  ctx.setLineDash([]);
  switch (p.shape) {
    case "point": {
      ctx.beginPath();
      ctx.arc(p.x + p.width / 2, cy, 5, 0, Math.PI * 2);
      if (hollow) {
        ctx.fillStyle = palette.background;
        ctx.fill();
        ctx.stroke();
      } else ctx.fill();
      break;
    }
    case "deadline": {
      const x = p.x + p.width / 2;
      // An open start: a dashed lead-in, since a "by" date says nothing of when the work begins.
      ctx.globalAlpha = 0.6;
      ctx.setLineDash([3, 3]);
      ctx.beginPath();
      ctx.moveTo(x - 36, cy);
      ctx.lineTo(x, cy);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.globalAlpha = 1;
      ctx.beginPath();
      ctx.moveTo(x, cy - 8);
      ctx.lineTo(x, cy + 8);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(x, cy - 8);
      ctx.lineTo(x + 8, cy - 4);
      ctx.lineTo(x, cy);
      ctx.closePath();
      if (hollow) ctx.stroke();
      else ctx.fill();
      break;
    }
    case "band":
    case "approximate": {
      const approximate = p.shape === "approximate";
      ctx.globalAlpha = approximate ? 0.25 : hollow ? 0.15 : 0.55;
      ctx.beginPath();
      ctx.roundRect(p.x, cy - 6, p.width, 12, 3);
      ctx.fill();
      ctx.globalAlpha = 1;
      if (approximate || hollow) {
        ctx.setLineDash(approximate ? [4, 3] : []);
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        ctx.roundRect(p.x, cy - 6, p.width, 12, 3);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      break;
    }
  }
  if (p.item.slug === input.selected || p.item.slug === input.hovered) {
    ctx.strokeStyle = palette.selection;
    ctx.lineWidth = p.item.slug === input.selected ? 3 : 1.5;
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.roundRect(p.x - 4, cy - 10, p.width + 8, 20, 5);
    ctx.stroke();
  }
  if (p.label) {
    ctx.fillStyle = palette.text;
    ctx.fillText(p.label, p.labelX, cy);
  }
}

function drawCluster(ctx: DrawingContext, c: Cluster, box: LaneBox, palette: Palette): void {
  const cy = rowCentre(box, c.row);
  ctx.fillStyle = palette.cluster;
  ctx.beginPath();
  ctx.roundRect(c.x, cy - 8, c.width, 16, 8);
  ctx.fill();
  ctx.fillStyle = palette.clusterText;
  ctx.textAlign = "center";
  ctx.fillText(c.count > 999 ? `${Math.round(c.count / 100) / 10}k` : String(c.count), c.x + c.width / 2, cy);
  ctx.textAlign = "left";
}

/** Draws one frame of the timeline canvas. */
export function drawTimeline(ctx: DrawingContext, input: DrawInput): void {
  const { layout, width, height, palette } = input;
  const { boxes } = laneBoxes(layout.lanes);
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
  for (const x of input.gridXs) ctx.fillRect(Math.round(x), 0, 1, height);
  if (input.todayX !== null) {
    ctx.fillStyle = palette.today;
    ctx.globalAlpha = 0.7;
    ctx.fillRect(Math.round(input.todayX), 0, 1, height);
    ctx.globalAlpha = 1;
  }
  for (const p of layout.placed) drawItem(ctx, p, boxes[p.lane], input);
  for (const c of layout.clusters) drawCluster(ctx, c, boxes[c.lane], palette);
}

