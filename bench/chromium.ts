import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { SYSTEM_CHROMIUM } from "./config";

/** The Chromium to drive: CHROMIUM_PATH, else Debian's, else Playwright's own download. */
export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is "${fromEnv}", but there is no file there`);
    return fromEnv;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const own = chromium.executablePath();
  if (own && existsSync(own)) return own;
  throw new Error("no Chromium: set CHROMIUM_PATH, or apt-get install -y chromium");
}
