import type { Palette } from "./draw";

/** The CSS custom property behind each canvas colour (app/globals.css), so canvas, SVG and page agree, in dark mode too. */
export const PALETTE_VARIABLES: Record<keyof Palette, string> = {
  text: "--fg",
  muted: "--muted",
  laneBackground: "--lane-bg",
  grid: "--grid",
  today: "--due",
  occurred: "--occurred",
  announced: "--announced",
  due: "--due",
  superseded: "--superseded",
  selection: "--fg",
  cluster: "--cluster",
  clusterText: "--cluster-fg",
  background: "--bg",
};

/** The palette as var() references, for SVG that the page's own styles colour. */
export function cssVariablePalette(): Palette {
  return Object.fromEntries(Object.entries(PALETTE_VARIABLES).map(([key, name]) => [key, `var(${name})`])) as unknown as Palette;
}
