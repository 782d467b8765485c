"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ChoiceField } from "@/components/edit/Fields";
import { submitWrite, type WriteResult } from "@/components/edit/submit-write";
import { WriteErrors } from "@/components/edit/WriteErrors";
import { ROLES } from "@/lib/auth/roles";
import type { UserSummary } from "@/lib/data/users";

export function UserManager({ users, selfId }: { users: UserSummary[]; selfId: string }) {
  const router = useRouter();
  const [draft, setDraft] = useState({ email: "", name: "", password: "", role: "editor" });
  const [result, setResult] = useState<WriteResult | null>(null);

  async function create(e: FormEvent) {
    e.preventDefault();
    const answer = await submitWrite("/api/users", "POST", { ...draft, name: draft.name || undefined });
    setResult(answer);
    if (answer.ok) {
      setDraft({ email: "", name: "", password: "", role: "editor" });
      router.refresh();
    }
  }

  async function setRole(id: string, role: string) {
    const answer = await submitWrite(`/api/users/${id}`, "PATCH", { role });
    setResult(answer);
    if (answer.ok) router.refresh();
  }

  return (
    <div>
      <table className="data-table" data-testid="user-list">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Since</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{u.createdAt.slice(0, 10)}</td>
              <td>
                {u.id === selfId ? (
                  u.role
                ) : (
                  <select aria-label={`Role of ${u.email}`} value={u.role} onChange={(e) => setRole(u.id, e.target.value)}>
                    {ROLES.map((r) => (
                      <option key={r}>{r}</option>
                    ))}
                  </select>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>New account</h2>
      <form className="edit-form" onSubmit={create}>
        <div className="field-row">
          <label>
            Email
            <input type="email" value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} required />
          </label>
          <label>
            Name
            <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          </label>
        </div>
        <div className="field-row">
          <label>
            Password (10 characters or more)
            <input type="password" autoComplete="new-password" value={draft.password} onChange={(e) => setDraft({ ...draft, password: e.target.value })} minLength={10} required />
          </label>
          <ChoiceField label="Role" value={draft.role} choices={ROLES} onChange={(role) => setDraft({ ...draft, role })} />
        </div>
        <WriteErrors result={result} />
        <button type="submit">Create account</button>
      </form>
    </div>
  );
}
