import { describe, expect, it } from "vitest";
import { sourceText } from "./text";
import { parsePublication } from "./publication";

describe("sourceText", () => {
  it("normalises CRLF and lone CR once, and keeps plain text and Markdown otherwise exactly", () => {
    expect(sourceText("a\r\nb\rc  \n\n# d *e*", "text")).toBe("a\nb\nc  \n\n# d *e*");
    expect(sourceText("# Title\r\n\r\nBody", "markdown")).toBe("# Title\n\nBody");
  });

  it("reduces HTML to its readable text: scripts, styles, navigation and images dropped, paragraphs kept", () => {
    const html = `<html><head><style>p{}</style><script>alert("x")</script></head><body><nav>Home</nav><h1>Big news</h1><img src="x.png" alt="photo"><p>Japan &amp; the U.S. met on <b>Wednesday</b>.</p><p>They <a href="https://example.com">agreed</a>.</p></body></html>`;
    expect(sourceText(html, "html")).toBe("Big news\n\nJapan & the U.S. met on Wednesday.\n\nThey agreed.");
  });
});

describe("parsePublication", () => {
  it.each([
    ["2025-10-28 23:40", undefined, { day: "2025-10-28", zoneStated: false }],
    ["2025-10-28T23:40+09:00", undefined, { day: "2025-10-28", zoneStated: true }],
    ["2026-05-14 09:30 +01:00", undefined, { day: "2026-05-14", zoneStated: true }],
    ["2025-10-28", "Asia/Tokyo", { day: "2025-10-28", zoneStated: true }],
    ["February 3, 2026", undefined, { day: "2026-02-03", zoneStated: false }],
    ["3 February 2026", undefined, { day: "2026-02-03", zoneStated: false }],
  ])("reads %s", (printed, zone, expected) => {
    expect(parsePublication(printed, zone)).toEqual(expected);
  });

  it.each(["yesterday", "2025-13-40", "October 2025", "soon"])("refuses %s, which names no day", (printed) => {
    expect(parsePublication(printed)).toBeNull();
  });
});
