import Link from "next/link";
import { serializePageState, type PageState } from "@/lib/url/page-state";

/** Links between the timeline and the list of the same filtered events. */
export function ViewSwitch({ state }: { state: PageState }) {
  const href = (view: PageState["view"]) => {
    const query = serializePageState({ ...state, view }).toString();
    return query ? `/?${query}` : "/";
  };
  return (
    <nav className="view-switch" aria-label="View">
      <Link href={href("timeline")} aria-current={state.view === "timeline" ? "page" : undefined}>
        Timeline
      </Link>
      <Link href={href("list")} aria-current={state.view === "list" ? "page" : undefined} data-testid="list-view-link">
        List
      </Link>
    </nav>
  );
}
