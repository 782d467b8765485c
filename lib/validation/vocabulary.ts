export const EVENT_KINDS = [
  "meeting",
  "agreement",
  "statement",
  "decision",
  "target-change",
  "target-proposal",
  "deadline",
  "visit",
  "election",
  "analysis",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ["occurred", "announced", "planned", "due", "met", "missed", "superseded"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** What a citation's quote supports, so a reader can see which claim rests on which words. */
export const CITATION_SUPPORTS = ["event", "date", "value", "statement", "actor"] as const;
export type CitationSupport = (typeof CITATION_SUPPORTS)[number];

export const ACTOR_KINDS = ["person", "organization", "government"] as const;

export const REVISION_KINDS = ["commitment", "proposal"] as const;

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const COUNTRY_CODE = /^[A-Z]{2}$/;

/** A kind as readers see it: "target change", not "target-change". */
export const kindLabel = (kind: EventKind): string => kind.replace("-", " ");
