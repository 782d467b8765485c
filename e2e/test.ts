import { test as base, expect, type BrowserContext } from "@playwright/test";

/**
 * Playwright's test, failing any test whose pages break the Content-Security-Policy (proxy.ts): the
 * browser's own "Refused to …" console errors and each `securitypolicyviolation` event count. A spec
 * that opens a browser context of its own calls watchCsp on it.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations = await watchCsp(context);
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function watchCsp(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  context.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`);
  });
  // Reported as well as logged, for a page whose console the browser stops reporting (a closing page).
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"} in ${event.documentURI}`);
    });
  });
  return violations;
}
