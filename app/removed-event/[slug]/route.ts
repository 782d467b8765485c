import { resolveEventSlug } from "@/lib/data/events";
import { formatDayLabel } from "@/lib/dates/calendar-date";
import { escapeXml } from "@/lib/export/svg-context";

export const dynamic = "force-dynamic";

/**
 * The page a removed event's permalink shows (proxy.ts rewrites /events/{slug} here): 410 Gone with
 * when it was removed and a link to its history. A page component cannot answer 410, so this is a
 * small HTML document of its own; every value in it is escaped.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const found = await resolveEventSlug(slug);
  if (found?.kind !== "deleted") return new Response("Not found", { status: 404 });
  const day = formatDayLabel(found.deletedAt.slice(0, 10));
  const title = escapeXml(found.title);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Removed: ${title} · Policy Timeline</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}
.notice{border:1px solid #d4a72c;background:#fff8c5;padding:.75rem 1rem;border-radius:6px}a{color:#0969da}
@media (prefers-color-scheme: dark){body{background:#0d1117;color:#e6edf3}.notice{background:#2d2300;border-color:#9e6a03}a{color:#4493f8}}</style></head>
<body><p><a href="/">Policy Timeline</a></p><main data-testid="event-removed"><h1>${title}</h1>
<p class="notice">This event was removed on ${escapeXml(day)}. It no longer appears on the timeline.</p>
<p><a href="/events/${escapeXml(slug)}/history">See its history</a> · <a href="/">All events</a></p></main></body></html>`;
  return new Response(html, { status: 410, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
