import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ParameterNotice } from "@/components/layout/ParameterNotice";
import { AsOfBanner } from "@/components/targets/AsOfBanner";
import { RevisionList } from "@/components/targets/RevisionList";
import { TargetChart } from "@/components/targets/TargetChart";
import { NotFoundError } from "@/lib/data/errors";
import { getTarget } from "@/lib/data/targets";
import { headers } from "next/headers";
import { currentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { formatDayLabel } from "@/lib/dates/calendar-date";
import { exactInterval } from "@/lib/dates/precision";
import { revisionInForce } from "@/lib/targets/as-of";
import { parseAsOfParams, targetHref } from "@/lib/url/as-of";
import { toSearchParams } from "@/lib/url/page-state";
import { SLUG } from "@/lib/validation/vocabulary";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function loadTarget(slug: string, asOf: string | null) {
  if (!SLUG.test(slug)) notFound();
  try {
    return await getTarget(slug, asOf);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { asOf } = parseAsOfParams(toSearchParams(await searchParams));
  const target = await loadTarget((await params).slug, asOf);
  const title = asOf ? `${target.title} (as known on ${formatDayLabel(asOf)})` : target.title;
  const description = target.description.slice(0, 300);
  return {
    title,
    description,
    openGraph: { title, description, type: "article", url: target.url, siteName: "Policy Timeline" },
    twitter: { card: "summary", title, description },
  };
}

export default async function TargetPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { asOf, issues } = parseAsOfParams(toSearchParams(await searchParams));
  const target = await loadTarget((await params).slug, asOf);
  const current = revisionInForce(target);
  return (
    <article data-testid="target-page">
      <p className="small">
        <Link href={asOf ? `/targets?asOf=${asOf}` : "/targets"}>← All targets</Link>
      </p>
      <h1>{target.title}</h1>
      {hasRole((await currentUser(await headers()))?.role, "editor") && (
        <p>
          <Link className="button secondary" href={`/targets/${target.slug}/edit`} data-testid="edit-target">
            Edit: add a revision
          </Link>
        </p>
      )}
      <ParameterNotice issues={issues} />
      <AsOfBanner asOf={asOf} currentHref={targetHref(target.slug)} />
      <p data-testid="target-description">{target.description}</p>
      <dl className="facts target-facts">
        <dt>In force{asOf ? ` on ${formatDayLabel(asOf)}` : ""}</dt>
        <dd data-testid="in-force">
          {current?.deadline ? (
            <>
              {current.valueLabel} by <strong>{current.deadline.label}</strong> <span className="muted">({exactInterval(current.deadline)})</span>
            </>
          ) : (
            (current?.valueLabel ?? <span className="muted">no commitment known</span>)
          )}
        </dd>
        <dt>Holder</dt>
        <dd>
          <Link href={`/?actor=${target.holder.slug}`}>{target.holder.name}</Link>
        </dd>
        <dt>Metric</dt>
        <dd>
          {target.metric} ({target.unit})
        </dd>
      </dl>
      <h2>Deadlines and values</h2>
      <TargetChart snapshot={target} />
      <h2>Revisions, oldest first</h2>
      <RevisionList snapshot={target} />
    </article>
  );
}
