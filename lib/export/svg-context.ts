import type { DrawingContext } from "@/lib/timeline/draw";

interface Style {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  font: string;
  globalAlpha: number;
  textBaseline: CanvasTextBaseline;
  textAlign: CanvasTextAlign;
  dash: number[];
}

/** Coordinates to a tenth of a pixel: finer is invisible and only adds bytes. */
export const round = (n: number) => Math.round(n * 10) / 10;

/** Path numbers, rounded, separated by a space only where no minus sign separates them already. */
const numbers = (...values: number[]) => values.map((v, i) => (i > 0 && round(v) >= 0 ? " " : "") + round(v)).join("");
const roundOpacity = (n: number) => Math.round(n * 100) / 100;

/** A subpath that is exactly one rounded rectangle or one circle, which a lone path is written as: fewer bytes. */
type SimpleShape = { kind: "rect"; x: number; y: number; w: number; h: number; r: number } | { kind: "circle"; x: number; y: number; r: number };

/** One element of the output; consecutive texts with the same attributes share a group. */
interface Element {
  markup: string;
  /** Attributes a run of texts can share on a <g>, when this is a text. */
  textAttributes?: string;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * A stand-in for a canvas 2D context that writes SVG elements instead of pixels, so the one drawing
 * routine that paints the timeline canvas also produces its SVG (and, rasterised, its PNG) export.
 * A path of many subpaths (the drawing batches look-alike marks) is one <path> in relative commands.
 */
export class SvgContext implements DrawingContext {
  fillStyle = "#000";
  strokeStyle = "#000";
  lineWidth = 1;
  font = "10px sans-serif";
  globalAlpha = 1;
  textBaseline: CanvasTextBaseline = "alphabetic";
  textAlign: CanvasTextAlign = "start";
  private dash: number[] = [];
  private path = "";
  /** The point of a moveTo not yet written: it only matters when a line starts there. */
  private pending: [number, number] | null = null;
  private shapes: SimpleShape[] = [];
  private lines = false;
  private readonly stack: Style[] = [];
  private readonly elements: Element[] = [];

  toString(): string {
    const out: string[] = [];
    for (let i = 0; i < this.elements.length; ) {
      const { markup, textAttributes } = this.elements[i];
      let end = i + 1;
      while (textAttributes !== undefined && end < this.elements.length && this.elements[end].textAttributes === textAttributes) end++;
      if (end - i > 1) out.push(`<g${textAttributes}>${this.elements.slice(i, end).map((e) => e.markup).join("")}</g>`);
      else out.push(textAttributes !== undefined ? markup.replace("<text", `<text${textAttributes}`) : markup);
      i = end;
    }
    return out.join("\n");
  }

  private paint(kind: "fill" | "stroke"): string {
    const opacity = this.globalAlpha < 1 ? ` opacity="${roundOpacity(this.globalAlpha)}"` : "";
    if (kind === "fill") return `fill="${escapeXml(String(this.fillStyle))}"${opacity}`;
    const dash = this.dash.length ? ` stroke-dasharray="${this.dash.join(" ")}"` : "";
    return `fill="none" stroke="${escapeXml(String(this.strokeStyle))}" stroke-width="${round(this.lineWidth)}"${dash}${opacity}`;
  }

  clearRect(): void {}

  fillRect(x: number, y: number, w: number, h: number): void {
    this.elements.push({ markup: `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" ${this.paint("fill")}/>` });
  }

  strokeRect(x: number, y: number, w: number, h: number): void {
    this.elements.push({ markup: `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" ${this.paint("stroke")}/>` });
  }

  beginPath(): void {
    this.path = "";
    this.pending = null;
    this.shapes = [];
    this.lines = false;
  }

  moveTo(x: number, y: number): void {
    this.pending = [x, y];
  }

  lineTo(x: number, y: number): void {
    if (!this.pending && !this.path) {
      // As on a canvas: with no current point, a lineTo only moves there.
      this.pending = [x, y];
      return;
    }
    this.writePending();
    this.path += `L${round(x)} ${round(y)}`;
    this.lines = true;
  }

  closePath(): void {
    if (this.path) this.path += "Z";
  }

  /** Writes the pending moveTo as the start of a subpath, if there is one. */
  private writePending(): void {
    if (this.pending) this.path += `M${round(this.pending[0])} ${round(this.pending[1])}`;
    this.pending = null;
  }

  arc(x: number, y: number, r: number, start: number, end: number): void {
    const sx = x + r * Math.cos(start);
    const sy = y + r * Math.sin(start);
    // A moveTo elsewhere than the arc's start joins the two with a line, as on a canvas.
    if (this.pending && (round(this.pending[0]) !== round(sx) || round(this.pending[1]) !== round(sy))) {
      this.writePending();
      this.path += `L${round(sx)} ${round(sy)}`;
      this.lines = true;
    } else if (!this.path || this.pending) this.path += `M${round(sx)} ${round(sy)}`;
    else this.path += `L${round(sx)} ${round(sy)}`;
    this.pending = null;
    const full = Math.abs(end - start) >= Math.PI * 2 - 1e-9;
    if (full && start === 0) {
      this.shapes.push({ kind: "circle", x, y, r });
      this.path += `a${numbers(r, r, 0, 1, 0, -2 * r, 0)}a${numbers(r, r, 0, 1, 0, 2 * r, 0)}`;
      return;
    }
    this.lines = true;
    const ex = x + r * Math.cos(end);
    const ey = y + r * Math.sin(end);
    const large = (((end - start) % (Math.PI * 2)) + Math.PI * 2) % (Math.PI * 2) > Math.PI ? 1 : 0;
    if (full) this.path += `A${round(r)} ${round(r)} 0 1 1 ${round(x - (sx - x))} ${round(y - (sy - y))}`;
    this.path += `A${round(r)} ${round(r)} 0 ${large} 1 ${round(ex)} ${round(ey)}`;
  }

  rect(x: number, y: number, w: number, h: number): void {
    this.roundRect(x, y, w, h, 0);
  }

  roundRect(x: number, y: number, w: number, h: number, radii?: number | DOMPointInit | Iterable<number | DOMPointInit>): void {
    const r = Math.max(0, Math.min(typeof radii === "number" ? radii : 0, w / 2, h / 2));
    // A rounded rectangle is a closed subpath of its own; an unused moveTo before it draws nothing.
    this.pending = null;
    this.shapes.push({ kind: "rect", x, y, w, h, r });
    const [R, H, V] = [round(r), round(w - 2 * r), round(h - 2 * r)];
    const corner = (dx: number, dy: number) => (R > 0 ? `a${numbers(R, R, 0, 0, 1, dx, dy)}` : "");
    const side = (command: string, length: number) => (length !== 0 ? command + numbers(length) : "");
    this.path += `M${numbers(x + r, y)}${side("h", H)}${corner(R, R)}${side("v", V)}${corner(-R, R)}${side("h", -H)}${corner(-R, -R)}${side("v", -V)}${corner(R, -R)}z`;
  }

  fill(): void {
    if (this.path) this.elements.push({ markup: this.element(this.paint("fill")) });
  }

  stroke(): void {
    if (this.path) this.elements.push({ markup: this.element(this.paint("stroke")) });
  }

  private element(paint: string): string {
    const s = !this.lines && this.shapes.length === 1 ? this.shapes[0] : null;
    if (s?.kind === "circle") return `<circle cx="${round(s.x)}" cy="${round(s.y)}" r="${round(s.r)}" ${paint}/>`;
    if (s?.kind === "rect") {
      const rx = s.r > 0 ? ` rx="${round(s.r)}"` : "";
      return `<rect x="${round(s.x)}" y="${round(s.y)}" width="${round(s.w)}" height="${round(s.h)}"${rx} ${paint}/>`;
    }
    return `<path d="${this.path}" ${paint}/>`;
  }

  setLineDash(segments: number[]): void {
    this.dash = [...segments];
  }

  fillText(text: string, x: number, y: number): void {
    const size = /(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? "10";
    const weight = /\b(bold|[5-9]00)\b/.test(this.font) ? ` font-weight="600"` : "";
    // SVG's defaults (start, auto) are left out: labels are most of a frame's bytes.
    const anchor = this.textAlign === "center" ? ` text-anchor="middle"` : this.textAlign === "right" || this.textAlign === "end" ? ` text-anchor="end"` : "";
    const baseline = this.textBaseline === "middle" ? ` dominant-baseline="central"` : this.textBaseline === "top" ? ` dominant-baseline="hanging"` : "";
    const opacity = this.globalAlpha < 1 ? ` opacity="${roundOpacity(this.globalAlpha)}"` : "";
    this.elements.push({
      markup: `<text x="${round(x)}" y="${round(y)}">${escapeXml(text)}</text>`,
      textAttributes: ` font-size="${size}"${weight}${anchor}${baseline} fill="${escapeXml(String(this.fillStyle))}"${opacity}`,
    });
  }

  save(): void {
    this.stack.push({ fillStyle: String(this.fillStyle), strokeStyle: String(this.strokeStyle), lineWidth: this.lineWidth, font: this.font, globalAlpha: this.globalAlpha, textBaseline: this.textBaseline, textAlign: this.textAlign, dash: this.dash });
  }

  restore(): void {
    const s = this.stack.pop();
    if (!s) return;
    ({ fillStyle: this.fillStyle, strokeStyle: this.strokeStyle, lineWidth: this.lineWidth, font: this.font, globalAlpha: this.globalAlpha, textBaseline: this.textBaseline, textAlign: this.textAlign, dash: this.dash } = s);
  }
}
