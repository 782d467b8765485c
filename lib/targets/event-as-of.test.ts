import { describe, expect, it } from "vitest";
import { eventStatusOn, eventTargetsOn, reportedBy, type StandIn } from "./event-as-of";

const target = { slug: "japan-defense-spending-2-percent-gdp", title: "Japan: defense spending at 2% of GDP" };
// The seed's FY2027 deadline: it announced revision 0 and is its deadline; the move to FY2025, reported on 2025-10-29, superseded it.
const fy2027: StandIn[] = [
  { role: "deadline", target, position: 0, announced: null, supersededOn: "2025-10-29" },
  { role: "announces", target, position: 0, announced: null, supersededOn: "2025-10-29" },
];
const deadline = { kind: "deadline", status: "superseded" } as const;

describe("reportedBy", () => {
  it("knows a report on or before the day, and an undated one always", () => {
    expect(reportedBy("2025-10-29", "2025-10-29")).toBe(true);
    expect(reportedBy("2025-10-29", "2025-10-28")).toBe(false);
    expect(reportedBy(null, "1990-01-01")).toBe(true);
    expect(reportedBy("2099-01-01", null)).toBe(true);
  });
});

describe("eventStatusOn", () => {
  it("reads a superseded deadline as due before its supersession was reported", () => {
    expect(eventStatusOn(deadline, fy2027, "2025-10-28")).toBe("due");
    expect(eventStatusOn(deadline, fy2027, "2025-10-29")).toBe("superseded");
    expect(eventStatusOn(deadline, fy2027, null)).toBe("superseded");
  });

  it("reads anything but a deadline as announced before then", () => {
    expect(eventStatusOn({ kind: "target-change", status: "superseded" }, fy2027, "2025-10-01")).toBe("announced");
  });

  it("is superseded once any revision it stands in was superseded by a report known then", () => {
    const two = [...fy2027, { role: "deadline" as const, target, position: 3, announced: null, supersededOn: "2024-01-01" }];
    expect(eventStatusOn(deadline, two, "2025-10-01")).toBe("superseded");
    // A supersession with no date stood before any dated report.
    expect(eventStatusOn(deadline, [{ ...fy2027[0], supersededOn: null }], "1990-01-01")).toBe("superseded");
  });

  it("keeps a stored status it cannot date: no superseded revision, or a status other than superseded", () => {
    expect(eventStatusOn(deadline, [], "2025-10-01")).toBe("superseded");
    expect(eventStatusOn(deadline, [{ ...fy2027[0], supersededOn: undefined }], "2025-10-01")).toBe("superseded");
    expect(eventStatusOn({ kind: "deadline", status: "met" }, fy2027, "2025-10-01")).toBe("met");
  });
});

describe("eventTargetsOn", () => {
  it("lists announcements, then deadlines, leaving out revisions reported after the day", () => {
    const fy2025: StandIn = { role: "deadline", target, position: 1, announced: "2025-10-29" };
    expect(eventTargetsOn([...fy2027, fy2025], null)).toEqual([
      { ...target, revision: 0, role: "announces" },
      { ...target, revision: 0, role: "deadline" },
      { ...target, revision: 1, role: "deadline" },
    ]);
    expect(eventTargetsOn([fy2025], "2025-10-28")).toEqual([]);
    expect(eventTargetsOn([fy2025], "2025-10-29")).toEqual([{ ...target, revision: 1, role: "deadline" }]);
  });
});
