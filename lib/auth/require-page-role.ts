import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentUser, type CurrentUser } from "./current-user";
import { hasRole, type Role } from "./roles";

/** For pages only editors (or admins) may open: signed out → /login and back; signed in below the role → null, so the page can say why. */
export async function requirePageRole(needed: Role, path: string): Promise<CurrentUser | null> {
  const user = await currentUser(await headers());
  if (!user) redirect(`/login?next=${encodeURIComponent(path)}`);
  return hasRole(user.role, needed) ? user : null;
}
