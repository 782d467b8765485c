import type { TimelineEvent } from "@/lib/domain";

/** Events shaped like the seed's, for the export tests. */
export const SOURCE = {
  slug: "we2news-2025-10-28-japan-us-defense-ministers-meeting",
  title: "Japan-U.S. Defense Ministers' Meeting: Koizumi: Japan Will Build a Strong Self-Defense Force",
  publisher: "we2news",
  author: "Stephanie Thomas",
  publishedAt: "2025-10-28 23:40",
};

export function testEvent(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  const slug = overrides.slug ?? "japan-revises-three-security-documents-by-end-2026";
  return {
    slug,
    title: "Japan to revise three security documents by end of 2026",
    summary: "Japan will revise three security-related documents by the end of 2026.",
    kind: "deadline",
    status: "due",
    date: { start: "2026-12-31", end: "2026-12-31", precision: "by", label: "by end of 2026", timezone: "Asia/Tokyo" },
    countries: [{ code: "JP", name: "Japan" }],
    topics: [{ slug: "security-documents", name: "Security documents" }],
    actors: [{ slug: "government-of-japan", name: "Government of Japan", aliases: [] }],
    citations: [{ quote: "revise three security-related documents by the end of 2026", start: 1200, end: 1259, supports: "date", source: SOURCE }],
    url: `/events/${slug}`,
    ...overrides,
  };
}
