import { describe, expect, it } from "vitest";
import { hasRole } from "./roles";

describe("hasRole", () => {
  it("ranks reader < editor < admin and refuses unknown roles", () => {
    expect(hasRole("admin", "editor")).toBe(true);
    expect(hasRole("editor", "editor")).toBe(true);
    expect(hasRole("reader", "editor")).toBe(false);
    expect(hasRole("editor", "admin")).toBe(false);
    expect(hasRole("user", "reader")).toBe(false);
    expect(hasRole(null, "reader")).toBe(false);
  });
});
