import type { Target, TargetRevision } from "./types";

const SOURCE = { slug: "we2news", title: "Japan-U.S. Defense Ministers' Meeting", publisher: "we2news", publishedAt: "2025-10-28 23:40" };

function revision(fields: Partial<TargetRevision> & Pick<TargetRevision, "position" | "kind" | "value">, announcedDate: string | null, slug: string): TargetRevision {
  return {
    proposedBy: null,
    valueLabel: `${fields.value}% of GDP`,
    deadline: null,
    status: "announced",
    supersedes: null,
    deadlineEvent: null,
    announcedBy: { slug, title: slug, dateLabel: announcedDate ?? "FY2027", announcedDate, url: `/events/${slug}` },
    citations: [{ quote: `quote of ${slug}`, start: 10, end: 20, supports: "value", source: SOURCE }],
    ...fields,
  };
}

export const FY2027 = revision(
  {
    position: 0,
    kind: "commitment",
    value: 2,
    deadline: { start: "2027-04-01", end: "2028-03-31", precision: "fiscal-year", label: "FY2027" },
    status: "superseded",
  },
  null,
  "japan-2-percent-target-fy2027-original-deadline",
);

export const FY2025 = revision(
  {
    position: 1,
    kind: "commitment",
    value: 2,
    deadline: { start: "2025-04-01", end: "2026-03-31", precision: "fiscal-year", label: "FY2025" },
    status: "due",
    supersedes: 0,
  },
  "2025-10-29",
  "japan-moves-2-percent-target-to-fy2025",
);

export const US_PROPOSAL = revision(
  { position: 2, kind: "proposal", value: 3.5, proposedBy: { slug: "us-government", name: "United States government" } },
  "2025-10-29",
  "us-hints-japan-defense-spending-3-5-percent",
);

/** The seed's 2% target in domain form, with its revisions deliberately out of order. */
export const JAPAN_TARGET: Target = {
  slug: "japan-defense-spending-2-percent-gdp",
  title: "Japan: defense spending at 2% of GDP",
  subject: "Japan's defense spending",
  metric: "Defense spending as a share of GDP",
  unit: "% of GDP",
  holder: { slug: "government-of-japan", name: "Government of Japan" },
  description: "Japan's commitment to spend 2% of GDP on defense.",
  url: "/targets/japan-defense-spending-2-percent-gdp",
  revisions: [US_PROPOSAL, FY2025, FY2027],
};
