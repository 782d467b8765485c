import type { Page } from "@playwright/test";
import { facetOption, openFacet, tickFacet } from "./facets";
import { expect, test, watchCsp } from "./test";
import { CHINA_EVENT_COUNT, SEED_EVENT_COUNT } from "./seed";

/** How many events the API finds for a query: what each facet count must say. */
async function apiTotal(page: Page, query: string): Promise<number> {
  const response = await page.request.get(`/api/events?${query}&limit=1`);
  expect(response.status()).toBe(200);
  return (await response.json()).total;
}

const countOf = async (page: Page, facet: string, label: string) => {
  const name = await facetOption(page, facet, label).evaluate((box) => box.closest("label")!.querySelector(".facet-count")!.textContent);
  return Number(name);
};

test.describe("facets", () => {
  test("counts follow the other filters, and two values of a facet are one OR the other, under a canonical link", async ({ page }) => {
    await page.goto("/?view=list");
    await openFacet(page, "Countries");
    expect(await countOf(page, "Countries", "Japan")).toBe(await apiTotal(page, "country=JP"));
    expect(await countOf(page, "Countries", "China")).toBe(CHINA_EVENT_COUNT);

    await tickFacet(page, "Countries", "China");
    await expect(page).toHaveURL(/\/\?country=CN&view=list$/);
    await expect(page.getByTestId("result-count")).toHaveText(`${CHINA_EVENT_COUNT} events`);
    // A country's own count ignores the countries chosen (it says what ticking it would add)…
    expect(await countOf(page, "Countries", "Japan")).toBe(await apiTotal(page, "country=JP"));
    // …while the other facets count within them.
    await openFacet(page, "Topics");
    expect(await countOf(page, "Topics", "Relations with China")).toBe(await apiTotal(page, "country=CN&topic=china"));
    expect(await countOf(page, "Topics", "Defense spending")).toBe(await apiTotal(page, "country=CN&topic=defense-spending"));
    await openFacet(page, "Kinds");
    expect(await countOf(page, "Kinds", "statement")).toBe(await apiTotal(page, "country=CN&kind=statement"));
    expect(await countOf(page, "Kinds", "deadline")).toBe(0);

    // Opening one menu closed the others.
    await expect(page.getByRole("group", { name: "Countries" })).toBeHidden();
    await openFacet(page, "Countries");
    await facetOption(page, "Countries", "China").uncheck();
    await expect(page).toHaveURL(/\/\?view=list$/);
    // Two topics neither of which holds all the events of the other.
    const { events } = await (await page.request.get("/api/events?limit=1000")).json();
    const byTopic = new Map<string, { name: string; slugs: Set<string> }>();
    for (const event of events as { slug: string; topics: { slug: string; name: string }[] }[]) {
      for (const topic of event.topics) {
        const entry = byTopic.get(topic.slug) ?? { name: topic.name, slugs: new Set<string>() };
        entry.slugs.add(event.slug);
        byTopic.set(topic.slug, entry);
      }
    }
    const topics = [...byTopic.entries()];
    const overlapsPartly = (a: Set<string>, b: Set<string>) => [...a].some((s) => !b.has(s)) && [...b].some((s) => !a.has(s));
    const [first, second] = topics.flatMap(([slug, t]) => topics.filter(([other, u]) => slug < other && overlapsPartly(t.slugs, u.slugs)).map(([other]) => [slug, other])).find(Boolean)!;
    await tickFacet(page, "Topics", byTopic.get(first)!.name);
    await tickFacet(page, "Topics", byTopic.get(second)!.name);
    await expect(page).toHaveURL(new RegExp(`/\\?topic=${first},${second}&view=list$`));
    const either = await apiTotal(page, `topic=${first},${second}`);
    expect(either).toBeGreaterThan(await apiTotal(page, `topic=${first}`));
    expect(either).toBeGreaterThan(await apiTotal(page, `topic=${second}`));
    await expect(page.getByTestId("result-count")).toHaveText(`${either} events`);
  });

  test("chips remove one filter each, Clear all removes them all, and Back and Forward step through the changes", async ({ page }) => {
    await page.goto("/?country=JP,US&kind=deadline&view=list");
    const chips = page.getByTestId("filter-chip");
    await expect(chips).toHaveText(["Country: Japan ×", "Country: United States ×", "Kind: deadline ×"]);
    await page.getByRole("link", { name: "Remove Country: Japan" }).click();
    await expect(page).toHaveURL(/\/\?country=US&kind=deadline&view=list$/);
    await expect(chips).toHaveCount(2);
    await expect(page.getByTestId("result-count")).toHaveText(`${await apiTotal(page, "country=US&kind=deadline")} events`);
    await page.goBack();
    await expect(page).toHaveURL(/\/\?country=JP,US&kind=deadline&view=list$/);
    await expect(chips).toHaveCount(3);
    await openFacet(page, "Countries");
    await expect(facetOption(page, "Countries", "Japan")).toBeChecked();
    await page.goForward();
    await expect(page).toHaveURL(/\/\?country=US&kind=deadline&view=list$/);
    await expect(facetOption(page, "Countries", "Japan")).not.toBeChecked();
    await page.keyboard.press("Escape");
    await page.getByTestId("clear-filters").click();
    await expect(page).toHaveURL(/\/\?view=list$/);
    await expect(chips).toHaveCount(0);
    await expect(page.getByTestId("result-count")).toHaveText(`${SEED_EVENT_COUNT} events`);
  });

  test("the search box suggests actors by any alias, countries and topics, and a choice filters by it", async ({ page }) => {
    await page.goto("/?view=list");
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("Hergs");
    const suggestions = page.getByRole("listbox", { name: "Filters to choose" }).getByRole("option");
    await expect(suggestions.first()).toContainText("Pete Hegseth");
    await expect(suggestions.first()).toContainText("Hergses");
    await search.press("ArrowDown");
    await expect(suggestions.first()).toHaveAttribute("aria-selected", "true");
    await search.press("Enter");
    await expect(page).toHaveURL(/\/\?actor=pete-hegseth&view=list$/);
    await expect(page.getByTestId("filter-chip")).toHaveText(["Actor: Pete Hegseth ×"]);
    await expect(search).toHaveValue("");

    await search.fill("north");
    await expect(suggestions).toHaveText([/^Country North Korea/, /^Topic North Korea/]);
    await suggestions.filter({ hasText: /^Country/ }).click();
    await expect(page).toHaveURL(/\/\?country=KP&actor=pete-hegseth&view=list$/);
    await search.fill("zzzz");
    await expect(page.getByRole("listbox", { name: "Filters to choose" })).toBeHidden();
    await search.press("Enter");
    await expect(page).toHaveURL(/\/\?country=KP&actor=pete-hegseth&q=zzzz&view=list$/);
  });

  test("a long facet has its own search box", async ({ page }) => {
    await page.goto("/?view=list");
    const topics = await openFacet(page, "Topics");
    await topics.getByRole("searchbox", { name: "Find topics" }).fill("spend");
    await expect(topics.getByRole("checkbox")).toHaveCount(1);
    await expect(topics.getByRole("checkbox", { name: /^Defense spending \d/ })).toBeVisible();
    await topics.getByRole("searchbox", { name: "Find topics" }).fill("nothing like it");
    await expect(topics).toContainText("No topics match");
    await page.keyboard.press("Escape");
    await expect(topics).toBeHidden();
  });

  test("an address with values in another order or empty fields redirects to the canonical one", async ({ page }) => {
    const response = await page.goto("/?q=&country=US&country=JP&from=&view=list");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/\?country=JP,US&view=list$/);
    await expect(page.getByTestId("parameter-notice")).toHaveCount(0);
  });

  test("without JavaScript the plain form filters, and the page lands on the canonical address", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const violations = await watchCsp(context);
    const page = await context.newPage();
    await page.goto("/?view=list");
    const form = page.getByRole("form", { name: "Filter events" });
    await form.locator("summary", { hasText: "Countries" }).click();
    await form.getByRole("checkbox", { name: /^China \d/ }).check();
    await form.getByRole("checkbox", { name: /^Japan \d/ }).check();
    await form.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/\?country=CN,JP&view=list$/);
    await expect(page.getByTestId("result-count")).toHaveText(`${await apiTotal(page, "country=CN,JP")} events`);
    await expect(page.getByTestId("filter-chip")).toHaveCount(2);
    expect(violations).toEqual([]);
    await context.close();
  });
});
