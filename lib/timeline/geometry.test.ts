import { describe, expect, it } from "vitest";
import { LANE_GAP, LANE_HEADER, ROW_HEIGHT, laneBoxes, rowCentre } from "./geometry";
import type { LaneLayout } from "./layout";

const lane = (key: string, rows: number): LaneLayout => ({ key, label: key, rows });

describe("laneBoxes", () => {
  it("stacks lanes top to bottom: a header, the rows, then a gap", () => {
    const { boxes, height } = laneBoxes([lane("a", 1), lane("b", 3), lane("c", 2)]);
    expect(boxes).toEqual([
      { top: 0, height: LANE_HEADER + ROW_HEIGHT },
      { top: LANE_HEADER + ROW_HEIGHT + LANE_GAP, height: LANE_HEADER + 3 * ROW_HEIGHT },
      { top: 2 * LANE_HEADER + 4 * ROW_HEIGHT + 2 * LANE_GAP, height: LANE_HEADER + 2 * ROW_HEIGHT },
    ]);
    // No gap after the last lane.
    expect(height).toBe(3 * LANE_HEADER + 6 * ROW_HEIGHT + 2 * LANE_GAP);
    expect(height).toBe(boxes[2].top + boxes[2].height);
  });

  it("uses the constants the canvas expects", () => {
    expect([ROW_HEIGHT, LANE_HEADER, LANE_GAP]).toEqual([22, 18, 6]);
    expect(laneBoxes([lane("a", 2)]).boxes[0]).toEqual({ top: 0, height: 62 });
  });

  it("never overlaps lanes", () => {
    const { boxes } = laneBoxes([1, 5, 2, 8, 1].map((rows, i) => lane(String(i), rows)));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).toBe(boxes[i - 1].top + boxes[i - 1].height + LANE_GAP);
  });

  it("is at least two rows tall, even with no lanes", () => {
    expect(laneBoxes([])).toEqual({ boxes: [], height: 2 * ROW_HEIGHT });
    expect(laneBoxes([lane("a", 0)]).height).toBe(2 * ROW_HEIGHT);
  });
});

describe("rowCentre", () => {
  it("is below the header, half a row into the row", () => {
    const box = { top: 100, height: LANE_HEADER + 3 * ROW_HEIGHT };
    expect(rowCentre(box, 0)).toBe(100 + LANE_HEADER + ROW_HEIGHT / 2);
    expect(rowCentre(box, 2)).toBe(100 + LANE_HEADER + 2.5 * ROW_HEIGHT);
  });

  it("keeps every row centre inside its lane box", () => {
    const { boxes } = laneBoxes([lane("a", 3), lane("b", 4)]);
    [3, 4].forEach((rows, i) => {
      for (let row = 0; row < rows; row++) {
        const y = rowCentre(boxes[i], row);
        expect(y - ROW_HEIGHT / 2).toBeGreaterThanOrEqual(boxes[i].top + LANE_HEADER);
        expect(y + ROW_HEIGHT / 2).toBeLessThanOrEqual(boxes[i].top + boxes[i].height);
      }
    });
  });
});
