import { drawTimeline, type Palette } from "@/lib/timeline/draw";
import type { TargetStripLayout } from "@/lib/timeline/target-chains";
import type { TimelineView } from "@/lib/timeline/view";
import { escapeXml, round, SvgContext } from "./svg-context";

const HEADER = 44;
const AXIS = 40;
const FOOTER = 24;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
/** The strip's one arrowhead; an exported file and the page's first frame each hold a single strip. */
const ARROW_ID = "target-strip-arrow";

export interface TimelineImageInput {
  view: TimelineView;
  palette: Palette;
}

export interface TimelineDocumentInput extends TimelineImageInput {
  title: string;
  footer?: string;
}

interface Part {
  body: string;
  height: number;
}

/** The axis as the live view draws it: coarse periods over fine ticks, and today's marker. */
function axisPart({ view, palette }: TimelineImageInput): Part {
  const axis = new SvgContext();
  axis.font = "12px sans-serif";
  axis.textBaseline = "alphabetic";
  for (const t of view.ticks.coarse) {
    axis.fillStyle = palette.grid;
    axis.fillRect(t.x, 0, 1, AXIS);
    axis.fillStyle = palette.text;
    axis.fillText(t.label, t.x + 4, 14);
  }
  axis.font = "11px sans-serif";
  for (const t of view.ticks.fine) {
    axis.fillStyle = palette.muted;
    axis.fillRect(t.x, AXIS - 8, 1, 8);
    axis.fillText(t.label, t.x + 3, AXIS - 12);
  }
  if (view.todayX !== null) {
    axis.fillStyle = palette.today;
    axis.beginPath();
    axis.moveTo(view.todayX - 5, 0);
    axis.lineTo(view.todayX + 5, 0);
    axis.lineTo(view.todayX, 7);
    axis.closePath();
    axis.fill();
  }
  return { body: axis.toString(), height: AXIS };
}

/** A deadline's colour in the strip, as the page's stylesheet gives it (.chain-band). */
function chainFill(status: string, palette: Palette): string {
  if (status === "superseded") return `fill="${escapeXml(palette.superseded)}" opacity="0.6"`;
  if (status === "met" || status === "occurred") return `fill="${escapeXml(palette.occurred)}"`;
  return `fill="${escapeXml(palette.due)}"`;
}

/** The target strip as the live view draws it (components/timeline/TargetStrip.tsx), coloured from the palette. */
function targetsPart({ rows, height }: TargetStripLayout, palette: Palette): Part {
  if (rows.length === 0) return { body: "", height: 0 };
  const fg = escapeXml(palette.text);
  const out = [
    `<defs><marker id="${ARROW_ID}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${fg}"/></marker></defs>`,
  ];
  for (const row of rows) {
    out.push(
      `<text x="4" y="${row.titleY}" font-size="11" font-weight="600" fill="${escapeXml(palette.muted)}" stroke="${escapeXml(palette.background)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(row.chain.title)}</text>`,
    );
    for (const a of row.arrows)
      out.push(`<path d="${a.d}" fill="none" stroke="${fg}" stroke-width="1.5" stroke-dasharray="4 3" marker-end="url(#${ARROW_ID})" data-testid="chain-arrow"/>`);
    for (const m of row.marks) {
      const r = m.revision;
      out.push(
        `<rect x="${round(m.x)}" y="${m.y}" width="${round(m.width)}" height="${m.height}" rx="2" ${chainFill(r.status, palette)} data-testid="chain-revision"><title>${escapeXml(`${r.valueLabel} by ${r.label} (${r.status})`)}</title></rect>`,
      );
    }
  }
  return { body: out.join("\n"), height };
}

/** The lanes: the canvas's own drawing, into SVG, with each lane's name. */
function lanesPart({ view, palette }: TimelineImageInput): Part {
  const marks = new SvgContext();
  drawTimeline(marks, { view, palette });
  const labels = view.layout.lanes
    .map((lane, i) => `<text x="6" y="${view.boxes[i].top + 13}" font-size="11" font-weight="600" fill="${escapeXml(palette.muted)}">${escapeXml(lane.label)}</text>`)
    .join("\n");
  return { body: `${marks.toString()}\n${labels}`, height: view.height };
}

/** The view's three layers, top to bottom, in the live view's order, each in its own coordinates (starting at y = 0). */
function drawParts(input: TimelineImageInput): { axis: Part; targets: Part; lanes: Part } {
  return { axis: axisPart(input), targets: targetsPart(input.view.targets, input.palette), lanes: lanesPart(input) };
}

// A sans-serif character is about 0.56 em wide on average: enough to keep a heading or footer inside a
// narrow download (390 px) without measuring text, which a server has no fonts for.
const AVERAGE_CHAR_EM = 0.56;

/** The font size, at most `largest`, at which `text` fits in `width` (not below `smallest`, where it may still clip). */
export function fittedFontSize(text: string, width: number, largest: number, smallest: number): number {
  const fits = (width - 16) / (Math.max(1, text.length) * AVERAGE_CHAR_EM);
  return Math.max(smallest, Math.min(largest, Math.floor(fits * 2) / 2));
}

const sized = (width: number, height: number) => `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}"`;

/** The timeline as drawn, as a standalone SVG document with a title and a footer saying where it came from (a download). */
export function timelineSvg(input: TimelineDocumentInput): string {
  const { palette, title, footer } = input;
  const { width } = input.view;
  const { axis, targets, lanes } = drawParts(input);
  const height = HEADER + axis.height + targets.height + lanes.height + (footer ? FOOTER : 0);
  let top = HEADER;
  const layer = (part: Part) => {
    const group = part.height > 0 ? `<g transform="translate(0,${top})">${part.body}</g>` : "";
    top += part.height;
    return group;
  };
  return [
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${sized(width, height)}>`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(palette.background)}"/>`,
    `<text x="8" y="26" font-size="${fittedFontSize(title, width, 16, 10)}" font-weight="600" fill="${escapeXml(palette.text)}">${escapeXml(title)}</text>`,
    layer(axis),
    layer(targets),
    layer(lanes),
    footer ? `<text x="8" y="${height - 8}" font-size="${fittedFontSize(footer, width, 11, 7)}" fill="${escapeXml(palette.muted)}">${escapeXml(footer)}</text>` : "",
    `</svg>`,
  ]
    .filter(Boolean)
    .join("\n");
}

export interface TimelineSvgParts {
  /** The axis, as an inline SVG element. */
  axis: string;
  /** The target strip, as an inline SVG element; empty when there is no target to draw. */
  targets: string;
  /** The lanes with their marks, as an inline SVG element. */
  lanes: string;
}

/** The same layers as inline SVG elements (the page's first frame), so the page can lay them out as the live view's. */
export function timelineSvgParts(input: TimelineImageInput): TimelineSvgParts {
  const { width } = input.view;
  const { axis, targets, lanes } = drawParts(input);
  const inline = ({ height, body }: Part, attributes = "") => `<svg ${sized(width, height)}${attributes} aria-hidden="true">\n${body}\n</svg>`;
  return {
    axis: inline(axis),
    targets: targets.height > 0 ? inline(targets, ` class="target-strip" data-testid="target-strip"`) : "",
    lanes: inline({ height: lanes.height, body: `<rect width="${width}" height="${lanes.height}" fill="${escapeXml(input.palette.background)}"/>\n${lanes.body}` }),
  };
}
