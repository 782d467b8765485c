import { drawTimeline, type Palette } from "@/lib/timeline/draw";
import { laneBoxes } from "@/lib/timeline/geometry";
import type { TimelineLayout } from "@/lib/timeline/layout";
import type { Window } from "@/lib/timeline/controller";
import type { MultiLevelTicks } from "@/lib/timeline/ticks";
import { escapeXml, SvgContext } from "./svg-context";

const HEADER = 44;
const AXIS = 40;
const FOOTER = 24;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export interface TimelineImageInput {
  layout: TimelineLayout;
  palette: Palette;
  width: number;
  window: Window;
  ticks: MultiLevelTicks;
  today: number;
}

export interface TimelineDocumentInput extends TimelineImageInput {
  title: string;
  footer?: string;
}

/** The axis and the lanes as SVG markup, in their own coordinates (each starts at y = 0). */
function drawParts({ layout, palette, width, window, ticks, today }: TimelineImageInput): { axis: string; lanes: string; lanesHeight: number } {
  const { boxes, height: lanesHeight } = laneBoxes(layout.lanes);
  const x = (day: number) => ((day - window.from) / (window.to - window.from)) * width;
  const todayX = x(today);
  const marks = new SvgContext();
  drawTimeline(marks, {
    layout,
    width,
    height: lanesHeight,
    palette,
    todayX: todayX >= 0 && todayX <= width ? todayX : null,
    gridXs: ticks.fine.map((t) => x(t.day)),
  });
  const axis = new SvgContext();
  axis.font = "12px sans-serif";
  axis.textBaseline = "alphabetic";
  for (const t of ticks.coarse) {
    axis.fillStyle = palette.grid;
    axis.fillRect(Math.max(x(t.day), 0), 0, 1, AXIS);
    axis.fillStyle = palette.text;
    axis.fillText(t.label, Math.max(x(t.day), 0) + 4, 14);
  }
  axis.font = "11px sans-serif";
  for (const t of ticks.fine) {
    axis.fillStyle = palette.muted;
    axis.fillRect(x(t.day), AXIS - 8, 1, 8);
    axis.fillText(t.label, x(t.day) + 3, AXIS - 12);
  }
  const labels = layout.lanes
    .map((lane, i) => `<text x="6" y="${boxes[i].top + 13}" font-size="11" font-weight="600" fill="${escapeXml(palette.muted)}">${escapeXml(lane.label)}</text>`)
    .join("\n");
  return { axis: axis.toString(), lanes: `${marks.toString()}\n${labels}`, lanesHeight };
}

const sized = (width: number, height: number) => `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}"`;

/** The timeline as drawn, as a standalone SVG document with a title and a footer saying where it came from (a download). */
export function timelineSvg(input: TimelineDocumentInput): string {
  const { palette, width, title, footer } = input;
  const { axis, lanes, lanesHeight } = drawParts(input);
  const height = HEADER + AXIS + lanesHeight + (footer ? FOOTER : 0);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${sized(width, height)}>`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(palette.background)}"/>`,
    `<text x="8" y="26" font-size="16" font-weight="600" fill="${escapeXml(palette.text)}">${escapeXml(title)}</text>`,
    `<g transform="translate(0,${HEADER})">${axis}</g>`,
    `<g transform="translate(0,${HEADER + AXIS})">${lanes}</g>`,
    footer ? `<text x="8" y="${height - 8}" font-size="11" fill="${escapeXml(palette.muted)}">${escapeXml(footer)}</text>` : "",
    `</svg>`,
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * The axis and the lanes as two inline SVG elements (the page's first frame), so the page can put the
 * target strip between them, where the live view has it.
 */
export function timelineSvgParts(input: TimelineImageInput): { axis: string; lanes: string } {
  const { axis, lanes, lanesHeight } = drawParts(input);
  const inline = (height: number, body: string) => `<svg ${sized(input.width, height)} aria-hidden="true">\n${body}\n</svg>`;
  return { axis: inline(AXIS, axis), lanes: inline(lanesHeight, `<rect width="${input.width}" height="${lanesHeight}" fill="${escapeXml(input.palette.background)}"/>\n${lanes}`) };
}
