import type { LaneLayout } from "./layout";

export const ROW_HEIGHT = 22;
export const LANE_HEADER = 18;
export const LANE_GAP = 6;

export interface LaneBox {
  top: number;
  height: number;
}

/** Stacks lanes top to bottom: a header line for the label, then the lane's rows. */
export function laneBoxes(lanes: readonly LaneLayout[]): { boxes: LaneBox[]; height: number } {
  let top = 0;
  const boxes = lanes.map((lane) => {
    const height = LANE_HEADER + lane.rows * ROW_HEIGHT;
    const box = { top, height };
    top += height + LANE_GAP;
    return box;
  });
  return { boxes, height: Math.max(top - LANE_GAP, ROW_HEIGHT * 2) };
}

/** The vertical centre of a row in a lane. */
export function rowCentre(box: LaneBox, row: number): number {
  return box.top + LANE_HEADER + row * ROW_HEIGHT + ROW_HEIGHT / 2;
}
