import { expect, test } from "./test";

const TARGET = "japan-defense-spending-2-percent-gdp";
const FY2027 = "japan-2-percent-target-fy2027-original-deadline";
const BEFORE_THE_MOVE = "2025-10-01";
// What was first reported on 29 Oct 2025: the move to FY2025 and the U.S. hint of 3.5%.
const LATER_KNOWLEDGE = /FY2025|fiscal year 2025|3\.5|moved (?:the target )?forward|superseded|original/i;

test.describe(`as known on ${BEFORE_THE_MOVE}`, () => {
  for (const path of [
    `/api/events?asOf=${BEFORE_THE_MOVE}`,
    `/api/events/${FY2027}?asOf=${BEFORE_THE_MOVE}`,
    `/api/timeline?asOf=${BEFORE_THE_MOVE}`,
    `/api/targets?asOf=${BEFORE_THE_MOVE}`,
    `/api/targets/${TARGET}?asOf=${BEFORE_THE_MOVE}`,
  ]) {
    test(`${path} says nothing reported later`, async ({ page }) => {
      const response = await page.request.get(path);
      expect(response.status()).toBe(200);
      // The permalink keeps the slug it was published under ("…-original-deadline"): an address, not a claim.
      const body = (await response.text()).replaceAll(FY2027, "");
      expect(body.length).toBeGreaterThan(100);
      expect(body.match(LATER_KNOWLEDGE)?.[0] ?? null, body.slice(0, 300)).toBeNull();
    });
  }

  for (const path of [`/?asOf=${BEFORE_THE_MOVE}&view=list`, `/events/${FY2027}?asOf=${BEFORE_THE_MOVE}`, `/targets/${TARGET}?asOf=${BEFORE_THE_MOVE}`]) {
    test(`the page ${path} says nothing reported later`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      // The words a reader sees; the status facet lists every status as a choice, so it is left out.
      const text = await page.locator("main").evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[data-facet="status"]').forEach((facet) => facet.remove());
        return copy.innerText;
      }).then((t) => t.replaceAll(FY2027, ""));
      expect(text).toContain("2025");
      expect(text.match(LATER_KNOWLEDGE)?.[0] ?? null, text.slice(0, 400)).toBeNull();
    });
  }
});
