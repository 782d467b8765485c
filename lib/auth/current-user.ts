import { auth } from "@/lib/data/auth";
import { userForApiToken } from "@/lib/data/tokens";
import { isRole, type Role } from "./roles";

/** Who is making a request, and how they proved it (a bearer token is exempt from the Origin check). */
export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  via: "session" | "token";
}

/** The signed-in user of these request headers: a bearer token first, else the session cookie. */
export async function currentUser(headers: Headers): Promise<CurrentUser | null> {
  const authorization = headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    const user = match ? await userForApiToken(match[1]) : null;
    return user ? { ...user, role: isRole(user.role) ? user.role : "reader", via: "token" } : null;
  }
  const session = await auth().api.getSession({ headers });
  if (!session || session.user.banned) return null;
  const { id, name, email, role } = session.user;
  return { id, name, email, role: isRole(role) ? role : "reader", via: "session" };
}
