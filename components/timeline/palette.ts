import type { Palette } from "@/lib/timeline/draw";

/** Canvas colours come from the same CSS custom properties as the rest of the page, so dark mode follows. */
export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const v = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: v("--fg"),
    muted: v("--muted"),
    laneBackground: v("--lane-bg"),
    grid: v("--grid"),
    today: v("--due"),
    occurred: v("--occurred"),
    announced: v("--announced"),
    due: v("--due"),
    superseded: v("--superseded"),
    selection: v("--fg"),
    cluster: v("--cluster"),
    clusterText: v("--cluster-fg"),
    background: v("--bg"),
  };
}
