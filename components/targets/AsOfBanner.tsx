import Link from "next/link";
import { formatDayLabel } from "@/lib/dates/calendar-date";

/** Says that the page shows an earlier state, with the way back to today's. */
export function AsOfBanner({ asOf, currentHref }: { asOf: string | null; currentHref: string }) {
  if (!asOf) return null;
  return (
    <div className="as-of-banner" role="note" data-testid="as-of-banner">
      <strong>As known on {formatDayLabel(asOf)}.</strong> Revisions reported later are left out, and each status is as it stood
      then. <Link href={currentHref}>See the current state</Link>
    </div>
  );
}
