import { writeFile } from "node:fs/promises";
import type { Download } from "@playwright/test";
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

const bytesOf = async (download: Download) => Buffer.concat(await (await download.createReadStream()).toArray());

test.describe("the downloaded image is the view as drawn", () => {
  for (const width of [1440, 390]) {
    test.describe(`at ${width} px`, () => {
      test.use({ viewport: { width, height: 900 }, timezoneId: "Pacific/Auckland" });

      test("SVG and PNG have the live view's target strip, where the live view has it", async ({ page }, testInfo) => {
        await page.goto("/");
        await expect(page.getByTestId("window-label")).toContainText("in view");
        const live = page.getByTestId("target-strip");
        await expect(live.getByTestId("chain-revision")).toHaveCount(2);
        const liveXs = await live.getByTestId("chain-revision").evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("x"))));
        // Kept as artifacts: test-results/<this test>/timeline-{live,export}-<width>.{png,svg}
        await page.getByTestId("timeline").screenshot({ path: testInfo.outputPath(`timeline-live-${width}.png`) });

        const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-svg").click()]);
        const svg = (await bytesOf(svgDownload)).toString("utf8");
        await writeFile(testInfo.outputPath(`timeline-export-${width}.svg`), svg);
        expect(svg).toContain(">Japan: defense spending at 2% of GDP</text>");
        const exportedXs = [...svg.matchAll(/<rect x="([-\d.]+)"[^>]*data-testid="chain-revision"/g)].map((m) => Number(m[1]));
        expect(exportedXs).toHaveLength(liveXs.length);
        exportedXs.forEach((x, i) => expect(Math.abs(x - liveXs[i])).toBeLessThan(0.1));
        expect(svg).toContain(`width="${(await live.boundingBox())!.width}"`);

        const [pngDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
        const png = await bytesOf(pngDownload);
        expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
        await writeFile(testInfo.outputPath(`timeline-export-${width}.png`), png);
        // The SVG as a reader opens it, next to the live view's screenshot.
        await page.goto("about:blank");
        await page.setContent(svg.replace(/^<\?xml[^>]*>\n/, ""));
        await page.locator("svg").first().screenshot({ path: testInfo.outputPath(`timeline-export-svg-${width}.png`) });
      });
    });
  }
});
