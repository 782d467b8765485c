import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders } from "./security-headers";

const page = { nonce: "abc", embed: false, https: false };
const names = (headers: [string, string][]) => headers.map(([name]) => name);

describe("security headers", () => {
  it("gives a page a nonce-based script policy that loads nothing from elsewhere", () => {
    const policy = contentSecurityPolicy(page);
    expect(policy).toContain("script-src 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'self'", "img-src 'self' data: blob:"]) {
      expect(policy).toContain(directive);
    }
    expect(contentSecurityPolicy({ ...page, development: true })).toContain("'strict-dynamic' 'unsafe-eval'");
  });

  it("lets any site frame an embed, and only the site frame everything else", () => {
    expect(contentSecurityPolicy({ ...page, embed: true })).not.toContain("frame-ancestors");
    expect(names(securityHeaders({ ...page, embed: true }))).not.toContain("X-Frame-Options");
    expect(securityHeaders(page)).toContainEqual(["X-Frame-Options", "SAMEORIGIN"]);
  });

  it("gives answers that are not pages a policy that allows nothing", () => {
    expect(contentSecurityPolicy({ ...page, nonce: null })).toBe("default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'");
  });

  it("sends HSTS over https only, and the other headers always", () => {
    expect(names(securityHeaders(page))).toEqual(["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy", "X-Frame-Options"]);
    expect(securityHeaders({ ...page, https: true })).toContainEqual(["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]);
  });

  it("makes a different 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});
