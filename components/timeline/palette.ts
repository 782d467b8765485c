import type { Palette } from "@/lib/timeline/draw";
import { PALETTE_VARIABLES } from "@/lib/timeline/palette-variables";

/** Canvas colours come from the same CSS custom properties as the rest of the page, so dark mode follows. */
export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  return Object.fromEntries(Object.entries(PALETTE_VARIABLES).map(([key, name]) => [key, style.getPropertyValue(name).trim()])) as unknown as Palette;
}
