/** Facts about the seed corpus (prisma/seed-data/corpus.ts) that the end-to-end tests rely on. */
export const SEED_EVENT_COUNT = 14;
export const MEETING = {
  slug: "japan-us-defense-ministers-meeting-2025-10-29",
  title: "First Japan–U.S. defense ministers' meeting, Tokyo",
  dateLabel: "29 Oct 2025",
  quoteFragment: "first meeting in Tokyo on Wednesday (October 29)",
};
export const FY2025_DEADLINE = {
  slug: "japan-2-percent-target-fy2025-deadline",
  exactDates: "1 Apr 2025 – 31 Mar 2026",
};
export const END_2026_DEADLINE = {
  slug: "japan-revises-three-security-documents-by-end-2026",
  countdown: "35 days left", // from the pinned today, 2026-11-26, to 2026-12-31
};
export const SOURCE_SLUG = "we2news-2025-10-28-japan-us-defense-ministers-meeting";
/** Events whose countries include China (CN). */
export const CHINA_EVENT_COUNT = 4;
