import { describe, expect, it } from "vitest";
import { revisionInForce, targetAsOf } from "./as-of";
import { JAPAN_TARGET } from "./test-fixture";

describe("targetAsOf", () => {
  it("with no date gives today's state: FY2025 in force, FY2027 superseded, the U.S. proposal known", () => {
    const now = targetAsOf(JAPAN_TARGET);
    expect(now.asOf).toBeNull();
    expect(revisionInForce(now)?.deadline?.label).toBe("FY2025");
    expect(now.revisions.map((r) => [r.deadline?.label ?? r.proposedBy?.name, r.status])).toEqual([
      ["FY2027", "superseded"],
      ["FY2025", "due"],
      ["United States government", "announced"],
    ]);
  });

  it("on 2025-10-01 knows only the FY2027 deadline, still due then", () => {
    const before = targetAsOf(JAPAN_TARGET, "2025-10-01");
    expect(before.revisions).toHaveLength(1);
    expect(before.revisions[0].deadline?.label).toBe("FY2027");
    expect(before.revisions[0].status).toBe("due");
    expect(revisionInForce(before)?.deadline?.label).toBe("FY2027");
  });

  it("tells its description from what was known then, never of a later revision", () => {
    const told = { ...JAPAN_TARGET, description: "Its deadline moved forward from FY2027 to FY2025; the U.S. has hinted at 3.5%." };
    const before = targetAsOf(told, "2025-10-01");
    expect(before.description).toMatch(/^As known on 1 Oct 2025: 2% of GDP by FY2027/);
    expect(before.description).not.toMatch(/FY2025|3\.5/);
    // Once everything is known, the editor's own words stand.
    expect(targetAsOf(told, "2025-10-29").description).toBe(told.description);
    expect(targetAsOf(told).description).toBe(told.description);
  });

  it("from 2025-10-29 knows the move to FY2025 and the U.S. proposal", () => {
    const on = targetAsOf(JAPAN_TARGET, "2025-10-29");
    expect(revisionInForce(on)?.deadline?.label).toBe("FY2025");
    expect(on.revisions.some((r) => r.kind === "proposal" && r.value === 3.5)).toBe(true);
    expect(targetAsOf(JAPAN_TARGET, "2025-10-28").revisions.some((r) => r.kind === "proposal")).toBe(false);
  });

  it("counts a revision with no announced date as known at any date", () => {
    expect(targetAsOf(JAPAN_TARGET, "1900-01-01").revisions.map((r) => r.deadline?.label)).toEqual(["FY2027"]);
  });

  it("has nothing in force when no commitment is known", () => {
    const proposalsOnly = { ...JAPAN_TARGET, revisions: JAPAN_TARGET.revisions.filter((r) => r.kind === "proposal") };
    expect(targetAsOf(proposalsOnly).inForce).toBeNull();
  });
});
