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

  it("draws a lone rounded rectangle as a rect, one joined to other segments as a path, and nothing for an empty path", () => {
    const ctx = new SvgContext();
    ctx.beginPath();
    ctx.fill();
    expect(ctx.toString()).toBe("");
    ctx.beginPath();
    ctx.roundRect(0, 0, 20, 10, 3);
    ctx.stroke();
    expect(ctx.toString()).toMatch(/^<rect x="0" y="0" width="20" height="10" rx="3" fill="none"/);
    const joined = new SvgContext();
    joined.beginPath();
    joined.moveTo(0, 0);
    joined.roundRect(0, 0, 20, 10, 3);
    joined.fill();
    expect(joined.toString()).toMatch(/^<path d="M0 0M3 0H17A3 3 0 0 1 20 3V7A3 3 0 0 1 17 10H3A3 3 0 0 1 0 7V3A3 3 0 0 1 3 0Z" fill="#000"/);
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
