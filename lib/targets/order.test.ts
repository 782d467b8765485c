import { describe, expect, it } from "vitest";
import { orderRevisions } from "./order";
import { FY2025, FY2027, JAPAN_TARGET, US_PROPOSAL } from "./test-fixture";
import type { TargetRevision } from "./types";

const positions = (revisions: TargetRevision[]) => revisions.map((r) => r.position);

describe("orderRevisions", () => {
  it("puts commitments oldest first along the supersedes chain, then same-day proposals", () => {
    expect(positions(orderRevisions(JAPAN_TARGET.revisions))).toEqual([FY2027.position, FY2025.position, US_PROPOSAL.position]);
  });

  it("follows the chain, not the stored positions", () => {
    const first = { ...FY2025, position: 5, supersedes: null };
    const second = { ...FY2027, position: 1, supersedes: 5 };
    expect(positions(orderRevisions([second, first]))).toEqual([5, 1]);
  });

  it("places a proposal before the commitments announced after it", () => {
    const early = { ...US_PROPOSAL, position: 7, announcedBy: { ...US_PROPOSAL.announcedBy, announcedDate: "2024-01-10" } };
    expect(positions(orderRevisions([FY2025, early, FY2027]))).toEqual([0, 7, 1]);
  });

  it("keeps every revision even when the chain loops", () => {
    const a = { ...FY2027, supersedes: 1 };
    expect(positions(orderRevisions([a, FY2025])).sort()).toEqual([0, 1]);
  });

  it("leaves its input alone", () => {
    const input = [...JAPAN_TARGET.revisions];
    orderRevisions(input);
    expect(input).toEqual(JAPAN_TARGET.revisions);
  });
});
