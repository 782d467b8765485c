import { describe, expect, it } from "vitest";
import { SLUG } from "@/lib/validation/vocabulary";
import { slugify } from "./slug";

describe("slugify", () => {
  it("makes a valid slug from any title", () => {
    for (const title of ["Japan–U.S. defense ministers' meeting", "Hergész & Koizumi", "  2% of GDP by FY2025  ", "<script>alert(1)</script>"]) {
      expect(slugify(title), title).toMatch(SLUG);
    }
    expect(slugify("Hergész & Koizumi")).toBe("hergesz-koizumi");
  });

  it("never ends on a hyphen when it cuts a long title", () => {
    expect(slugify("a".repeat(79) + " b", 80)).toBe("a".repeat(79));
  });
});
