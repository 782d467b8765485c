import type { Page } from "@playwright/test";

const filterForm = (page: Page) => page.getByRole("form", { name: "Filter events" });

/** A facet's menu, opened if it is closed. */
export async function openFacet(page: Page, facet: string) {
  const menu = filterForm(page).locator("details.facet", { has: page.locator("summary", { hasText: facet }) });
  if (!(await menu.evaluate((details: HTMLDetailsElement) => details.open))) await menu.locator("summary").click();
  return menu.getByRole("group", { name: facet });
}

/** The checkbox of one value in a facet (its name starts with the value's label; the count follows). */
export function facetOption(page: Page, facet: string, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return filterForm(page).getByRole("group", { name: facet }).getByRole("checkbox", { name: new RegExp(`^${escaped} \\d`) });
}

export async function tickFacet(page: Page, facet: string, label: string) {
  await openFacet(page, facet);
  await facetOption(page, facet, label).check();
}
