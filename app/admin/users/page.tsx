import type { Metadata } from "next";
import { UserManager } from "@/components/admin/UserManager";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { listUsers } from "@/lib/data/users";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Accounts", robots: { index: false } };

export default async function UsersPage() {
  const user = await requirePageRole("admin", "/admin/users");
  if (!user) return <p className="notice">Managing accounts is for admins.</p>;
  return (
    <section data-testid="users-page" style={{ maxWidth: "56rem" }}>
      <h1>Accounts</h1>
      <p className="small muted">Readers read and make tokens; editors also write; admins also manage accounts and read the audit log. Role changes are audited.</p>
      <UserManager users={await listUsers()} selfId={user.id} />
    </section>
  );
}
