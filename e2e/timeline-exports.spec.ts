import { expect, test } from "./test";
import { MEETING } from "./seed";

test.describe("timeline downloads and targets", () => {
  test("the 2% target's moved deadline is drawn as linked revisions on the timeline", async ({ page }) => {
    await page.goto("/");
    const strip = page.getByTestId("target-strip");
    await expect(strip).toContainText("Japan: defense spending at 2% of GDP");
    await expect(strip.getByTestId("chain-revision")).toHaveCount(2);
    await expect(strip.getByTestId("chain-arrow")).toHaveCount(1);
    await strip.getByRole("button", { name: /by FY2025/ }).click();
    await expect(page.getByTestId("details")).toHaveAttribute("data-slug", "japan-moves-2-percent-target-to-fy2025");
  });

  test("the view downloads as SVG and PNG named after it, and as CSV with its quotes", async ({ page }) => {
    await page.goto("/?country=CN");
    const [svg] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-svg").click()]);
    expect(svg.suggestedFilename()).toBe("policy-timeline_country-CN_2026-11-26.svg");
    const svgText = await (await svg.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    expect(svgText).toContain("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    expect(svgText).toContain(">China</text>");

    const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    expect(png.suggestedFilename()).toBe("policy-timeline_country-CN_2026-11-26.png");
    const pngBytes = await (await png.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
    expect(pngBytes.subarray(1, 4).toString("ascii")).toBe("PNG");

    const csvHref = await page.getByTestId("export-csv").getAttribute("href");
    expect(csvHref).toBe("/api/events?country=CN&format=csv");
    const csv = await (await page.request.get(csvHref!)).text();
    expect(csv).toContain("first meeting in Tokyo on Wednesday (October 29)");
  });

  test("an event page offers its citation in three styles and a calendar file", async ({ page, request }) => {
    await page.goto(`/events/${MEETING.slug}`);
    const cite = page.getByTestId("cite-this");
    await expect(cite.getByTestId("cite-apa")).toContainText("Thomas, S. (2025");
    await expect(cite.getByTestId("cite-bibtex")).toContainText("@");
    const href = await page.getByTestId("add-to-calendar").getAttribute("href");
    const ics = await request.get(href!);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain("BEGIN:VCALENDAR");
  });
});
