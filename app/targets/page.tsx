import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/event/Chips";
import { ParameterNotice } from "@/components/layout/ParameterNotice";
import { AsOfBanner } from "@/components/targets/AsOfBanner";
import { listTargets } from "@/lib/data/targets";
import { exactInterval } from "@/lib/dates/precision";
import { revisionInForce } from "@/lib/targets/as-of";
import { parseAsOfParams, targetHref } from "@/lib/url/as-of";
import type { TargetSnapshot } from "@/lib/targets/types";
import { toSearchParams } from "@/lib/url/page-state";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Targets",
  description: "Policy commitments with a value and a deadline, how their deadlines moved, and proposals by other parties, each backed by quotes.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TargetsPage({ searchParams }: { searchParams: SearchParams }) {
  const { asOf, issues } = parseAsOfParams(toSearchParams(await searchParams));
  const targets = await listTargets(asOf);
  return (
    <div data-testid="targets-page">
      <h1>Targets</h1>
      <p className="muted intro">
        Commitments with a value and a deadline, and every time the deadline moved. Each revision rests on the event that announced it
        and that event&apos;s quotes.
      </p>
      <ParameterNotice issues={issues} />
      <AsOfBanner asOf={asOf} currentHref="/targets" />
      {targets.length === 0 ? (
        <p className="muted">No target was known on that date.</p>
      ) : (
        <ul className="target-list" data-testid="target-list">
          {targets.map((target) => (
            <TargetCard key={target.slug} target={target} />
          ))}
        </ul>
      )}
    </div>
  );
}

function TargetCard({ target }: { target: TargetSnapshot }) {
  const current = revisionInForce(target);
  const href = targetHref(target.slug, target.asOf);
  const proposals = target.revisions.filter((r) => r.kind === "proposal").length;
  return (
    <li className="target-card" data-testid="target-item" data-slug={target.slug}>
      <h2>
        <Link href={href}>{target.title}</Link>
      </h2>
      <dl className="facts target-facts">
        <dt>Subject</dt>
        <dd>{target.subject}</dd>
        <dt>Metric</dt>
        <dd>
          {target.metric} ({target.unit})
        </dd>
        <dt>In force</dt>
        <dd data-testid="target-in-force">
          {current?.deadline ? (
            <>
              {current.valueLabel} by <strong>{current.deadline.label}</strong>{" "}
              <span className="muted small">({exactInterval(current.deadline)})</span>
            </>
          ) : (
            (current?.valueLabel ?? <span className="muted">no commitment</span>)
          )}
        </dd>
        <dt>Holder</dt>
        <dd>
          <Link href={`/?actor=${target.holder.slug}`}>{target.holder.name}</Link>
        </dd>
        <dt>Status</dt>
        <dd>{current ? <StatusBadge status={current.status} /> : "—"}</dd>
        <dt>Revisions</dt>
        <dd data-testid="target-revision-count">
          {target.revisions.length}
          {proposals > 0 && <span className="muted small"> (including {proposals === 1 ? "1 proposal" : `${proposals} proposals`} by other parties)</span>}
        </dd>
      </dl>
      <p className="target-card-link">
        <Link href={href}>See how the deadline moved →</Link>
      </p>
    </li>
  );
}
