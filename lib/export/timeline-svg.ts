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
  /** A download carries a title and a footer saying where it came from; the page's first frame has neither. */
  title?: string;
  footer?: string;
}

/**
 * The timeline as drawn, as SVG: axis, lanes with their names and marks; as a standalone document with
 * a header and a footer when it has a title (a download), or as an inline element (the page's first frame).
 */
export function timelineSvg(input: TimelineImageInput): string {
  const { layout, palette, width, window, ticks, today, title, footer } = input;
  const { boxes, height: lanesHeight } = laneBoxes(layout.lanes);
  const x = (day: number) => ((day - window.from) / (window.to - window.from)) * width;
  const todayX = x(today);
  const header = title ? HEADER : 0;
  const height = header + AXIS + lanesHeight + (footer ? FOOTER : 0);

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

  const attributes = `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}"`;
  return [
    title ? `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${attributes}>` : `<svg ${attributes} aria-hidden="true">`,
    title ? `<title>${escapeXml(title)}</title>` : "",
    `<rect width="${width}" height="${height}" fill="${escapeXml(palette.background)}"/>`,
    title ? `<text x="8" y="26" font-size="16" font-weight="600" fill="${escapeXml(palette.text)}">${escapeXml(title)}</text>` : "",
    `<g transform="translate(0,${header})">${axis.toString()}</g>`,
    `<g transform="translate(0,${header + AXIS})">${marks.toString()}\n${labels}</g>`,
    footer ? `<text x="8" y="${height - 8}" font-size="11" fill="${escapeXml(palette.muted)}">${escapeXml(footer)}</text>` : "",
    `</svg>`,
  ]
    .filter(Boolean)
    .join("\n");
}
