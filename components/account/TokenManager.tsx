"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { submitWrite, type WriteResult } from "@/components/edit/submit-write";
import { WriteErrors } from "@/components/edit/WriteErrors";
import type { TokenSummary } from "@/lib/data/tokens";

export function TokenManager({ tokens }: { tokens: TokenSummary[] }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [shown, setShown] = useState<string | null>(null);
  const [result, setResult] = useState<WriteResult | null>(null);

  async function create(e: FormEvent) {
    e.preventDefault();
    const answer = await submitWrite("/api/tokens", "POST", { name });
    setResult(answer);
    if (answer.ok) {
      setShown(String(answer.body?.token));
      setName("");
      router.refresh();
    }
  }

  async function revoke(id: number) {
    const answer = await submitWrite(`/api/tokens/${id}`, "DELETE");
    setResult(answer);
    if (answer.ok) router.refresh();
  }

  return (
    <div>
      <form className="edit-form" onSubmit={create}>
        <label>
          Token name
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. import script" required maxLength={100} />
        </label>
        <button type="submit">Create token</button>
      </form>
      {shown && (
        <div className="notice" data-testid="new-token">
          <p>
            <strong>Copy this token now: it is shown only once.</strong> Send it as <code>Authorization: Bearer …</code>.
          </p>
          <p className="token-value">{shown}</p>
        </div>
      )}
      <WriteErrors result={result} />
      <h2>Your tokens</h2>
      {tokens.length === 0 ? (
        <p className="small muted">No tokens yet.</p>
      ) : (
        <table className="data-table" data-testid="token-list">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts with</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col"></th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td>
                  <code>{t.prefix}…</code>
                </td>
                <td>{t.createdAt.slice(0, 10)}</td>
                <td>{t.lastUsedAt?.slice(0, 10) ?? "never"}</td>
                <td>
                  {t.revokedAt ? (
                    `revoked ${t.revokedAt.slice(0, 10)}`
                  ) : (
                    <button type="button" className="link-button" onClick={() => revoke(t.id)}>
                      Revoke {t.name}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
