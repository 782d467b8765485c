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

const round = (n: number) => Math.round(n * 10) / 10;
const roundOpacity = (n: number) => Math.round(n * 100) / 100;

/** A path that is exactly one rounded rectangle or one circle, written as that element: a third of the bytes. */
type SimpleShape = { kind: "rect"; x: number; y: number; w: number; h: number; r: number } | { kind: "circle"; x: number; y: number; r: number } | null;

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * A stand-in for a canvas 2D context that writes SVG elements instead of pixels, so the one drawing
 * routine that paints the timeline canvas also produces its SVG (and, rasterised, its PNG) export.
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
  private shape: SimpleShape = null;
  private readonly stack: Style[] = [];
  private readonly elements: string[] = [];

  toString(): string {
    return this.elements.join("\n");
  }

  private paint(kind: "fill" | "stroke"): string {
    const opacity = this.globalAlpha < 1 ? ` opacity="${roundOpacity(this.globalAlpha)}"` : "";
    if (kind === "fill") return `fill="${escapeXml(String(this.fillStyle))}"${opacity}`;
    const dash = this.dash.length ? ` stroke-dasharray="${this.dash.join(" ")}"` : "";
    return `fill="none" stroke="${escapeXml(String(this.strokeStyle))}" stroke-width="${round(this.lineWidth)}"${dash}${opacity}`;
  }

  clearRect(): void {}

  fillRect(x: number, y: number, w: number, h: number): void {
    this.elements.push(`<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" ${this.paint("fill")}/>`);
  }

  strokeRect(x: number, y: number, w: number, h: number): void {
    this.elements.push(`<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" ${this.paint("stroke")}/>`);
  }

  beginPath(): void {
    this.path = "";
    this.shape = null;
  }

  moveTo(x: number, y: number): void {
    this.path += `M${round(x)} ${round(y)}`;
    this.shape = null;
  }

  lineTo(x: number, y: number): void {
    this.path += `L${round(x)} ${round(y)}`;
    this.shape = null;
  }

  closePath(): void {
    this.path += "Z";
  }

  arc(x: number, y: number, r: number, start: number, end: number): void {
    const full = Math.abs(end - start) >= Math.PI * 2 - 1e-9;
    this.shape = full && this.path === "" ? { kind: "circle", x, y, r } : null;
    if (full) {
      this.path += `M${round(x + r)} ${round(y)}A${round(r)} ${round(r)} 0 1 0 ${round(x - r)} ${round(y)}A${round(r)} ${round(r)} 0 1 0 ${round(x + r)} ${round(y)}`;
      return;
    }
    const sx = x + r * Math.cos(start);
    const sy = y + r * Math.sin(start);
    const ex = x + r * Math.cos(end);
    const ey = y + r * Math.sin(end);
    const large = (((end - start) % (Math.PI * 2)) + Math.PI * 2) % (Math.PI * 2) > Math.PI ? 1 : 0;
    this.path += `${this.path ? "L" : "M"}${round(sx)} ${round(sy)}A${round(r)} ${round(r)} 0 ${large} 1 ${round(ex)} ${round(ey)}`;
  }

  roundRect(x: number, y: number, w: number, h: number, radii?: number | DOMPointInit | Iterable<number | DOMPointInit>): void {
    const r = Math.max(0, Math.min(typeof radii === "number" ? radii : 0, w / 2, h / 2));
    this.shape = this.path === "" ? { kind: "rect", x, y, w, h, r } : null;
    this.path +=
      `M${round(x + r)} ${round(y)}H${round(x + w - r)}A${round(r)} ${round(r)} 0 0 1 ${round(x + w)} ${round(y + r)}` +
      `V${round(y + h - r)}A${round(r)} ${round(r)} 0 0 1 ${round(x + w - r)} ${round(y + h)}H${round(x + r)}` +
      `A${round(r)} ${round(r)} 0 0 1 ${round(x)} ${round(y + h - r)}V${round(y + r)}A${round(r)} ${round(r)} 0 0 1 ${round(x + r)} ${round(y)}Z`;
  }

  fill(): void {
    if (this.path) this.elements.push(this.element(this.paint("fill")));
  }

  stroke(): void {
    if (this.path) this.elements.push(this.element(this.paint("stroke")));
  }

  private element(paint: string): string {
    const s = this.shape;
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
    this.elements.push(
      `<text x="${round(x)}" y="${round(y)}" font-size="${size}"${weight}${anchor}${baseline} fill="${escapeXml(String(this.fillStyle))}"${opacity}>${escapeXml(text)}</text>`,
    );
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
