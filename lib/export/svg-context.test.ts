import { describe, expect, it } from "vitest";
import { escapeXml, SvgContext } from "./svg-context";

describe("SvgContext", () => {
  it("writes a full arc as a circle and a stroked dashed line as a path", () => {
    const ctx = new SvgContext();
    ctx.fillStyle = "#123456";
    ctx.beginPath();
    ctx.arc(10, 10, 5, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = "red";
    ctx.lineWidth = 2;
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.lineTo(20, 0);
    ctx.stroke();
    const svg = ctx.toString();
    expect(svg).toContain(`<circle cx="10" cy="10" r="5" fill="#123456"/>`);
    expect(svg).toContain(`<path d="M0 0L20 0" fill="none" stroke="red" stroke-width="2" stroke-dasharray="3 3"/>`);
  });

  it("carries opacity, rounds coordinates and escapes text", () => {
    const ctx = new SvgContext();
    ctx.globalAlpha = 0.25;
    ctx.fillStyle = "#000";
    ctx.fillRect(1.26, 2, 3, 4);
    ctx.globalAlpha = 1;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.font = "12px system-ui";
    ctx.fillText(`Japan & the "U.S." <2%>`, 5, 6);
    const svg = ctx.toString();
    expect(svg).toContain(`<rect x="1.3" y="2" width="3" height="4" fill="#000" opacity="0.25"/>`);
    expect(svg).toContain(`text-anchor="middle" dominant-baseline="central"`);
    expect(svg).toContain(`>Japan &amp; the &quot;U.S.&quot; &lt;2%&gt;</text>`);
    expect(svg).toContain(`font-size="12"`);
  });

  it("draws a lone rounded rectangle as a rect, and nothing for an empty path", () => {
    const ctx = new SvgContext();
    ctx.beginPath();
    ctx.fill();
    expect(ctx.toString()).toBe("");
    ctx.beginPath();
    ctx.moveTo(5, 5);
    ctx.roundRect(0, 0, 20, 10, 3);
    ctx.stroke();
    expect(ctx.toString()).toMatch(/^<rect x="0" y="0" width="20" height="10" rx="3" fill="none"/);
  });

  it("writes a batch of shapes as one path of relative subpaths, circles not joined by lines", () => {
    const ctx = new SvgContext();
    ctx.fillStyle = "red";
    ctx.beginPath();
    ctx.moveTo(15, 10);
    ctx.arc(10, 10, 5, 0, Math.PI * 2);
    ctx.moveTo(35, 10);
    ctx.arc(30, 10, 5, 0, Math.PI * 2);
    ctx.roundRect(0, 20, 20, 10, 3);
    ctx.rect(0, 40, 20, 10);
    ctx.roundRect(0, 60, 2, 2, 3);
    ctx.fill();
    expect(ctx.toString()).toBe(
      `<path d="M15 10a5 5 0 1 0-10 0a5 5 0 1 0 10 0M35 10a5 5 0 1 0-10 0a5 5 0 1 0 10 0` +
        `M3 20h14a3 3 0 0 1 3 3v4a3 3 0 0 1-3 3h-14a3 3 0 0 1-3-3v-4a3 3 0 0 1 3-3z` +
        `M0 40h20v10h-20v-10zM1 60a1 1 0 0 1 1 1a1 1 0 0 1-1 1a1 1 0 0 1-1-1a1 1 0 0 1 1-1z" fill="red"/>`,
    );
  });

  it("joins an arc to a current point elsewhere with a line, as a canvas does", () => {
    const ctx = new SvgContext();
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.arc(10, 10, 5, 0, Math.PI * 2);
    ctx.stroke();
    expect(ctx.toString()).toMatch(/^<path d="M0 0L15 10a5 5 0 1 0-10 0a5 5 0 1 0 10 0"/);
  });

  it("treats a lineTo with no current point as a move, and closes a flag", () => {
    const ctx = new SvgContext();
    ctx.beginPath();
    ctx.lineTo(1, 2);
    ctx.lineTo(9, 2);
    ctx.lineTo(1, 6);
    ctx.closePath();
    ctx.fill();
    expect(ctx.toString()).toMatch(/^<path d="M1 2L9 2L1 6Z" fill="#000"\/>$/);
  });

  it("groups consecutive texts that share their attributes", () => {
    const ctx = new SvgContext();
    ctx.font = "12px system-ui";
    ctx.fillStyle = "var(--fg)";
    ctx.fillText("One", 1, 2);
    ctx.fillText("Two", 3, 4);
    ctx.fillStyle = "blue";
    ctx.fillText("Three", 5, 6);
    expect(ctx.toString()).toBe(
      `<g font-size="12" fill="var(--fg)"><text x="1" y="2">One</text><text x="3" y="4">Two</text></g>\n<text font-size="12" fill="blue" x="5" y="6">Three</text>`,
    );
  });

  it("restores the saved style", () => {
    const ctx = new SvgContext();
    ctx.fillStyle = "blue";
    ctx.save();
    ctx.fillStyle = "green";
    ctx.restore();
    expect(ctx.fillStyle).toBe("blue");
  });

  it("escapes the five XML specials it needs", () => {
    expect(escapeXml(`<a href="x">&</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
  });
});
