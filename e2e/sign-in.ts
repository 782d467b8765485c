import { expect, type Page } from "@playwright/test";
import { E2E_ADMIN } from "./accounts";

export async function fillSignIn(page: Page, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in as the end-to-end admin (an editor too) and waits until the header shows it. */
export async function signIn(page: Page) {
  await fillSignIn(page, E2E_ADMIN.password);
  await expect(page.getByTestId("account").getByRole("button", { name: "Sign out" })).toBeVisible();
}
