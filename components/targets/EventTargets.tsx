import Link from "next/link";
import { targetsForEvent } from "@/lib/data/targets";

/** "Part of target: …" for each target with a revision this event announced. */
export async function EventTargets({ eventSlug }: { eventSlug: string }) {
  const targets = await targetsForEvent(eventSlug);
  if (targets.length === 0) return null;
  return (
    <ul className="event-targets" data-testid="event-targets">
      {targets.map((t) => (
        <li key={t.slug}>
          Part of target: <Link href={t.url}>{t.title}</Link>
        </li>
      ))}
    </ul>
  );
}
