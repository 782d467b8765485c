import { APIError } from "better-auth/api";
import type { Role } from "@/lib/auth/roles";
import { auth } from "./auth";
import { db } from "./client";
import { AlreadyExistsError, WriteRejectedError } from "./errors";

type Client = ReturnType<typeof db>;

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  role: string;
  createdAt: string;
}

/** Creates an account through better-auth (its password hashing), with the given role. */
export async function createUser(input: { email: string; password: string; name?: string; role: Role }): Promise<UserSummary> {
  try {
    const { user } = await auth().api.createUser({
      body: { email: input.email, password: input.password, name: input.name ?? input.email.split("@")[0], role: input.role },
    });
    return { id: user.id, name: user.name, email: user.email, role: input.role, createdAt: new Date(user.createdAt).toISOString() };
  } catch (error) {
    if (error instanceof APIError) {
      if (/exist/i.test(error.message)) throw new AlreadyExistsError(`An account for ${input.email} already exists.`);
      throw new WriteRejectedError(error.message, [{ path: "user", message: error.message }]);
    }
    throw error;
  }
}

export async function hasAdmin(client: Client = db()): Promise<boolean> {
  return (await client.user.count({ where: { role: "admin" } })) > 0;
}

export async function findUserByEmail(email: string, client: Client = db()): Promise<{ id: string; name: string } | null> {
  return client.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, name: true } });
}

export async function listUsers(client: Client = db()): Promise<UserSummary[]> {
  const rows = await client.user.findMany({ select: { id: true, name: true, email: true, role: true, createdAt: true }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => ({ ...r, role: r.role ?? "reader", createdAt: r.createdAt.toISOString() }));
}
