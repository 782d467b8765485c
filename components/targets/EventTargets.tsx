import Link from "next/link";
import type { EventTargetRef } from "@/lib/domain";

/** "Part of target: …" for each target with a revision this event announced (the event JSON's `targets`). */
export function EventTargets({ targets }: { targets: readonly EventTargetRef[] | undefined }) {
  const linked = [...new Map((targets ?? []).map((t) => [t.slug, t])).values()];
  if (linked.length === 0) return null;
  return (
    <ul className="event-targets" data-testid="event-targets">
      {linked.map((t) => (
        <li key={t.slug}>
          Part of target: <Link href={`/targets/${t.slug}`}>{t.title}</Link>
        </li>
      ))}
    </ul>
  );
}
