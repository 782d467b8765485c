import Link from "next/link";
import { pageHref, type PageState } from "@/lib/url/page-state";

/** Links between the timeline and the list of the same filtered events. */
export function ViewSwitch({ state }: { state: PageState }) {
  const href = (view: PageState["view"]) => pageHref({ ...state, view });
  return (
    <nav className="view-switch" aria-label="View">
      {state.view === "timeline" && (
        <Link href={href("list")} className="visually-hidden-focusable">
          Skip the visual timeline: the list view reads better with a screen reader
        </Link>
      )}
      <Link href={href("timeline")} aria-current={state.view === "timeline" ? "page" : undefined}>
        Timeline
      </Link>
      <Link href={href("list")} aria-current={state.view === "list" ? "page" : undefined} data-testid="list-view-link">
        List
      </Link>
    </nav>
  );
}
