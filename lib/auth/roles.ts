/** Anyone may read; editors write the corpus; admins also manage users and read the audit log. */
export const ROLES = ["reader", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` may do what `needed` may (an admin may do everything an editor may). */
export function hasRole(role: string | null | undefined, needed: Role): boolean {
  return isRole(role) && RANK[role] >= RANK[needed];
}
