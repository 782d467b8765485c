import { ImageResponse } from "next/og";
import { findEvent } from "@/lib/data/events";
import { exactInterval } from "@/lib/dates/precision";

export const alt = "Policy Timeline event card";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The preview card shared links show: title, honest date, countries, and the source it rests on. Uses next/og's bundled font, no network. */
export default async function EventCard({ params }: { params: Promise<{ slug: string }> }) {
  const event = await findEvent((await params).slug);
  const source = event?.citations[0]?.source;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#0d1117", color: "#e6edf3" }}>
        <div style={{ display: "flex", fontSize: 28, color: "#58a6ff" }}>Policy Timeline</div>
        <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
          <div style={{ display: "flex", fontSize: event && event.title.length > 80 ? 48 : 60, fontWeight: 700, lineHeight: 1.15 }}>{event ? event.title : "Event not found"}</div>
          {event && (
            <div style={{ display: "flex", fontSize: 32, color: "#f0883e" }}>
              {event.date.label}
              {event.date.precision !== "day" ? ` (${exactInterval(event.date)})` : ""} · {event.status}
            </div>
          )}
          {event && <div style={{ display: "flex", fontSize: 28, color: "#9da7b3" }}>{event.countries.map((c) => c.name).join(" · ")}</div>}
        </div>
        <div style={{ display: "flex", fontSize: 24, color: "#9da7b3" }}>{source ? `Source: ${source.publisher}, ${source.publishedAt}` : "Dated policy events with verbatim sources"}</div>
      </div>
    ),
    size,
  );
}
