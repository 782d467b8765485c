import { describe, expect, it } from "vitest";
import { revisionChain } from "./targets";

const revision = (kind: "commitment" | "proposal", supersedes?: number | null) =>
  ({ kind, value: 2, valueLabel: "2%", status: "planned", announcedBy: "e", ...(supersedes !== undefined ? { supersedes } : {}) }) as Parameters<typeof revisionChain>[0][number];

describe("revisionChain", () => {
  it("links each commitment to the commitment before it and leaves proposals outside the chain", () => {
    expect(revisionChain([revision("commitment"), revision("commitment"), revision("proposal"), revision("commitment")])).toEqual([null, 0, null, 1]);
  });

  it("keeps what a revision says it supersedes", () => {
    expect(revisionChain([revision("commitment"), revision("commitment", null), revision("commitment", 0)])).toEqual([null, null, 0]);
  });
});
