import { currentUser, type CurrentUser } from "@/lib/auth/current-user";
import { hasRole, type Role } from "@/lib/auth/roles";
import { HttpError } from "./http-error";

/** For reads that not everyone may make (the audit log, one's tokens): 401 signed out, 403 below `needed`. */
export async function requireRole(headers: Headers, needed: Role): Promise<CurrentUser> {
  const user = await currentUser(headers);
  if (!user) throw new HttpError(401, "Sign in to see this.");
  if (!hasRole(user.role, needed)) throw new HttpError(403, `This needs the ${needed} role; your account is a ${user.role}.`);
  return user;
}
