import { describe, expect, it } from "vitest";
import { timelineLinkFor } from "./links";
import { parsePageState } from "./page-state";

describe("timelineLinkFor", () => {
  it("selects the event and opens a window of at least 45 days either side of a single day", () => {
    const link = timelineLinkFor("meeting", { start: "2025-10-29", end: "2025-10-29" });
    expect(link).toBe("/?event=meeting&window=2025-09-14..2025-12-13");
    const { state, issues } = parsePageState(new URLSearchParams(link.slice(2)));
    expect(issues).toEqual([]);
    expect(state.event).toBe("meeting");
  });

  it("pads a long interval by its own length", () => {
    const link = timelineLinkFor("fy", { start: "2025-04-01", end: "2026-03-31" });
    expect(link).toBe("/?event=fy&window=2024-04-01..2027-03-31");
  });

  it("carries an as-of date so a past view stays reproducible", () => {
    expect(timelineLinkFor("fy", { start: "2025-04-01", end: "2026-03-31" }, "2025-10-01")).toBe("/?event=fy&window=2024-04-01..2027-03-31&asOf=2025-10-01");
  });
});
