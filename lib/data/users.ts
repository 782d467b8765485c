import { APIError } from "better-auth/api";
import type { Role } from "@/lib/auth/roles";
import { auth } from "./auth";
import { db } from "./client";
import { AlreadyExistsError, NotFoundError, WriteRejectedError } from "./errors";
import { recordAudit, type Writer } from "./write/audit";
import { inTransaction } from "./write/tx";

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

/** Gives an account another role (admin), audited; an admin cannot take the role from themself, so one admin always remains. */
export async function changeUserRole(userId: string, role: Role, writer: Writer, client: Client = db()): Promise<void> {
  if (userId === writer.userId && role !== "admin") {
    throw new WriteRejectedError("You cannot take the admin role from your own account.", [{ path: "role", message: "ask another admin" }]);
  }
  await inTransaction(client, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true } });
    if (!user) throw new NotFoundError("user", userId);
    if (user.role === role) return;
    await tx.user.update({ where: { id: userId }, data: { role } });
    // Every role check reads the user row (no session cookie cache), so the change applies at the next request.
    await recordAudit(tx, writer, { action: "update", entity: "user", entityId: 0, entitySlug: user.email, before: { role: user.role }, after: { role } }, new Date().toISOString());
  });
}
