import { describe, expect, it } from "vitest";
import { testItem } from "./test-items";
import {
  applyKeyAction,
  clampWindow,
  extentOf,
  keyAction,
  limitsFor,
  panWindow,
  revealItem,
  stepSelection,
  transformToWindow,
  windowToTransform,
  zoomWindow,
  type KeyAction,
  type Window,
  type WindowLimits,
} from "./controller";

const item = testItem;

const span = (w: Window) => w.to - w.from;
const close = (actual: Window, expected: Window, digits = 9) => {
  expect(actual.from).toBeCloseTo(expected.from, digits);
  expect(actual.to).toBeCloseTo(expected.to, digits);
};

/** Bounds [0, 1000), at least 3 days. */
const limits: WindowLimits = { bounds: { from: 0, to: 1_000 }, minSpan: 3 };

describe("extentOf", () => {
  it("covers the items (end + 1) and today, padded by padShare of the span on each side", () => {
    const w = extentOf([item("a", 100, 110), item("b", 150, 199)], 120);
    // [100, 200): span 100 → minSpan 60 does not apply; pad 4 days each side.
    close(w, { from: 96, to: 204 });
  });

  it("includes today when it is after the items", () => {
    close(extentOf([item("a", 100, 149)], 199, 0), { from: 100, to: 200 });
  });

  it("includes today when it is before the items", () => {
    close(extentOf([item("a", 100, 199)], 50, 0), { from: 50, to: 200 });
  });

  it("is a minimum span around today with no items", () => {
    close(extentOf([], 1_000, 0), { from: 1_000.5 - 30, to: 1_000.5 + 30 });
    close(extentOf([], 1_000), { from: 1_000.5 - 30 - 2.4, to: 1_000.5 + 30 + 2.4 });
  });

  it("widens a short extent to the minimum span around its centre", () => {
    const w = extentOf([item("a", 10, 19)], 10, 0, 100);
    // [10, 20) centred on 15.
    close(w, { from: -35, to: 65 });
    expect(span(extentOf([item("a", 10, 19)], 10, 0.1, 100))).toBeCloseTo(120, 9);
  });

  it("honours a custom padShare", () => {
    close(extentOf([item("a", 0, 999)], 0, 0.5), { from: -500, to: 1_500 });
  });
});

describe("limitsFor", () => {
  it("allows one extent's span beyond each side, with the default minimum span", () => {
    expect(limitsFor({ from: 100, to: 200 })).toEqual({ bounds: { from: 0, to: 300 }, minSpan: 3 });
  });

  it("takes a minimum span", () => {
    expect(limitsFor({ from: -10, to: 10 }, 0.5)).toEqual({ bounds: { from: -30, to: 30 }, minSpan: 0.5 });
  });
});

describe("clampWindow", () => {
  it("leaves a window within the limits alone", () => {
    expect(clampWindow({ from: 100, to: 200 }, limits)).toEqual({ from: 100, to: 200 });
  });

  it("widens a window narrower than the minimum span around its centre", () => {
    close(clampWindow({ from: 100, to: 101 }, limits), { from: 99, to: 102 });
    close(clampWindow({ from: 100, to: 100 }, limits), { from: 98.5, to: 101.5 });
  });

  it("shrinks a window wider than the bounds to the bounds", () => {
    expect(clampWindow({ from: -500, to: 2_000 }, limits)).toEqual({ from: 0, to: 1_000 });
  });

  it("slides a window that sticks out back inside, keeping its span", () => {
    expect(clampWindow({ from: -50, to: 50 }, limits)).toEqual({ from: 0, to: 100 });
    expect(clampWindow({ from: 950, to: 1_100 }, limits)).toEqual({ from: 850, to: 1_000 });
  });
});

describe("zoomWindow", () => {
  it("zooms in around the centre by default", () => {
    close(zoomWindow({ from: 100, to: 300 }, 2, limits), { from: 150, to: 250 });
  });

  it("zooms out around the centre with a factor below 1", () => {
    close(zoomWindow({ from: 100, to: 300 }, 0.5, limits), { from: 0, to: 400 });
  });

  it("keeps the anchor day at the same relative position", () => {
    const w = { from: 100, to: 300 };
    for (const [factor, anchor] of [
      [2, 150],
      [4, 290],
      [0.8, 120],
      [1.5, 100],
      [3, 300],
    ]) {
      const z = zoomWindow(w, factor, limits, anchor);
      expect(span(z)).toBeCloseTo(200 / factor, 9);
      expect((anchor - z.from) / span(z)).toBeCloseTo((anchor - w.from) / span(w), 9);
    }
  });

  it("stops at the minimum span and the bounds", () => {
    expect(span(zoomWindow({ from: 100, to: 104 }, 100, limits))).toBeCloseTo(3, 9);
    expect(zoomWindow({ from: 100, to: 900 }, 0.1, limits)).toEqual({ from: 0, to: 1_000 });
  });
});

describe("panWindow", () => {
  it("moves by a share of the window's span", () => {
    expect(panWindow({ from: 100, to: 200 }, 0.2, limits)).toEqual({ from: 120, to: 220 });
    expect(panWindow({ from: 100, to: 200 }, -0.5, limits)).toEqual({ from: 50, to: 150 });
  });

  it("stops at the bounds without changing the span", () => {
    expect(panWindow({ from: 10, to: 110 }, -0.5, limits)).toEqual({ from: 0, to: 100 });
    expect(panWindow({ from: 880, to: 980 }, 1, limits)).toEqual({ from: 900, to: 1_000 });
  });
});

describe("revealItem", () => {
  const w = { from: 100, to: 200 };

  it("leaves the window alone when the item is already in it", () => {
    expect(revealItem(w, item("a", 150), limits)).toBe(w);
    expect(revealItem(w, item("edges", 100, 199), limits)).toBe(w);
  });

  it("centres an item that fits, keeping the span", () => {
    close(revealItem(w, item("a", 400), limits), { from: 350.5, to: 450.5 });
    close(revealItem(w, item("b", 40, 59), limits), { from: 0, to: 100 });
  });

  it("centres an item partly outside the window", () => {
    close(revealItem(w, item("a", 190, 209), limits), { from: 150, to: 250 });
  });

  it("widens the window for an item longer than 80% of it, with 10% padding", () => {
    close(revealItem(w, item("long", 300, 499), limits), { from: 280, to: 520 });
    close(revealItem(w, item("just-too-long", 300, 380), limits), { from: 291.9, to: 389.1 });
  });

  it("stays within the limits", () => {
    expect(revealItem(w, item("late", 999), limits)).toEqual({ from: 900, to: 1_000 });
  });
});

describe("stepSelection", () => {
  const items = [item("a", 10), item("b", 20), item("c", 30), item("d", 40), item("e", 50)];
  const w = { from: 25, to: 45 };

  it("steps to the next and previous item in order", () => {
    expect(stepSelection(items, "b", 1, w)?.slug).toBe("c");
    expect(stepSelection(items, "b", -1, w)?.slug).toBe("a");
    expect(stepSelection(items, "e", -1, w)?.slug).toBe("d");
  });

  it("stays at the first and the last item", () => {
    expect(stepSelection(items, "a", -1, w)?.slug).toBe("a");
    expect(stepSelection(items, "e", 1, w)?.slug).toBe("e");
  });

  it("starts from the first visible item going forward with no selection", () => {
    expect(stepSelection(items, undefined, 1, w)?.slug).toBe("c");
  });

  it("starts from the last visible item going back with no selection", () => {
    expect(stepSelection(items, undefined, -1, w)?.slug).toBe("d");
  });

  it("treats an unknown selection like none", () => {
    expect(stepSelection(items, "gone", 1, w)?.slug).toBe("c");
    expect(stepSelection(items, "gone", -1, w)?.slug).toBe("d");
  });

  it("counts an item ending exactly at the window's start as not visible", () => {
    // "b" covers [20, 21): not visible in [21, 45).
    expect(stepSelection(items, undefined, 1, { from: 21, to: 45 })?.slug).toBe("c");
    expect(stepSelection(items, undefined, 1, { from: 20.5, to: 45 })?.slug).toBe("b");
    // "d" starts at 40: not visible in [25, 40).
    expect(stepSelection(items, undefined, -1, { from: 25, to: 40 })?.slug).toBe("c");
  });

  it("falls back to the last item going forward, and the first going back, when the window is past or before all", () => {
    expect(stepSelection(items, undefined, 1, { from: 100, to: 200 })?.slug).toBe("e");
    expect(stepSelection(items, undefined, -1, { from: 0, to: 5 })?.slug).toBe("a");
  });

  it("gives nothing with no items", () => {
    expect(stepSelection([], undefined, 1, w)).toBeUndefined();
    expect(stepSelection([], "a", -1, w)).toBeUndefined();
  });
});

describe("keyAction", () => {
  it.each<[string, KeyAction]>([
    ["+", "zoom-in"],
    ["=", "zoom-in"],
    ["-", "zoom-out"],
    ["_", "zoom-out"],
    ["ArrowLeft", "pan-back"],
    ["ArrowRight", "pan-forward"],
    ["Home", "start"],
    ["End", "end"],
    ["0", "fit"],
    ["f", "fit"],
    ["n", "next"],
    ["ArrowDown", "next"],
    ["p", "previous"],
    ["ArrowUp", "previous"],
    ["Escape", "clear"],
  ])("maps %j to %s", (key, action) => {
    expect(keyAction(key)).toBe(action);
  });

  it.each(["a", "F", "N", "1", "Enter", " ", "Tab", "PageUp", "Delete", ""])("leaves %j to the browser", (key) => {
    expect(keyAction(key)).toBeNull();
  });
});

describe("applyKeyAction", () => {
  const items = [item("a", 100), item("b", 200), item("c", 300), item("d", 600, 799)];
  const extent = { from: 50, to: 850 };
  const state = { window: { from: 200, to: 400 }, selected: "b" };

  it("zooms in twofold around the centre, keeping the selection", () => {
    const next = applyKeyAction("zoom-in", state, items, extent, limits);
    close(next.window, { from: 250, to: 350 });
    expect(next.selected).toBe("b");
  });

  it("zooms out twofold around the centre", () => {
    close(applyKeyAction("zoom-out", state, items, extent, limits).window, { from: 100, to: 500 });
  });

  it("pans by a fifth of the span either way", () => {
    close(applyKeyAction("pan-back", state, items, extent, limits).window, { from: 160, to: 360 });
    close(applyKeyAction("pan-forward", state, items, extent, limits).window, { from: 240, to: 440 });
  });

  it("jumps to the start and end of the extent keeping the span", () => {
    close(applyKeyAction("start", state, items, extent, limits).window, { from: 50, to: 250 });
    close(applyKeyAction("end", state, items, extent, limits).window, { from: 650, to: 850 });
    expect(applyKeyAction("end", state, items, extent, limits).selected).toBe("b");
  });

  it("fits the whole extent", () => {
    close(applyKeyAction("fit", state, items, extent, limits).window, extent);
  });

  it("selects the next and previous items, revealing them", () => {
    const next = applyKeyAction("next", state, items, extent, limits);
    expect(next.selected).toBe("c");
    expect(next.window).toEqual(state.window);
    const previous = applyKeyAction("previous", state, items, extent, limits);
    expect(previous.selected).toBe("a");
    close(previous.window, { from: 0.5, to: 200.5 });
  });

  it("widens the window to reveal a long next item", () => {
    const next = applyKeyAction("next", { ...state, selected: "c" }, items, extent, limits);
    expect(next.selected).toBe("d");
    close(next.window, { from: 580, to: 820 });
  });

  it("selects the first visible item when nothing is selected", () => {
    expect(applyKeyAction("next", { window: { from: 150, to: 350 } }, items, extent, limits).selected).toBe("b");
    expect(applyKeyAction("previous", { window: { from: 150, to: 350 } }, items, extent, limits).selected).toBe("c");
  });

  it("leaves the state alone when there is nothing to step to", () => {
    const empty = { window: { from: 200, to: 400 } };
    expect(applyKeyAction("next", empty, [], extent, limits)).toBe(empty);
  });

  it("clears the selection and keeps the window", () => {
    const cleared = applyKeyAction("clear", state, items, extent, limits);
    expect(cleared).toEqual({ window: state.window });
    expect("selected" in cleared).toBe(false);
  });
});

describe("windowToTransform / transformToWindow", () => {
  const base = { from: -200, to: 800 };

  it("is the identity for the base window", () => {
    const t = windowToTransform(base, base, 1_000);
    expect(t.k).toBe(1);
    expect(t.x === 0).toBe(true);
  });

  it("scales by base span over window span and shifts by the window's start in pixels", () => {
    // Half the base span, starting 100 days (100 px at k = 1) into it: k = 2, x = -200.
    expect(windowToTransform({ from: -100, to: 400 }, base, 1_000)).toEqual({ k: 2, x: -200 });
  });

  it("round trips windows", () => {
    for (const [w, width] of [
      [{ from: -100, to: 400 }, 1_000],
      [{ from: 123.25, to: 130.5 }, 777],
      [{ from: -900, to: 2_000 }, 320],
      [{ from: 799, to: 800 }, 1_440],
    ] as const) {
      close(transformToWindow(windowToTransform(w, base, width), base, width), w);
    }
  });

  it("round trips transforms", () => {
    const t = { k: 3.5, x: -1_234.5 };
    const back = windowToTransform(transformToWindow(t, base, 900), base, 900);
    expect(back.k).toBeCloseTo(t.k, 9);
    expect(back.x).toBeCloseTo(t.x, 9);
  });
});
