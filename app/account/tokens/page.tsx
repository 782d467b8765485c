import type { Metadata } from "next";
import { TokenManager } from "@/components/account/TokenManager";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { listApiTokens } from "@/lib/data/tokens";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "API tokens", robots: { index: false } };

export default async function TokensPage() {
  const user = (await requirePageRole("reader", "/account/tokens"))!;
  return (
    <section className="narrow-page" style={{ maxWidth: "48rem" }}>
      <h1>API tokens</h1>
      <p className="small">
        Signed in as {user.email} ({user.role}). A token acts with your role: an editor&apos;s token can write through the API and{" "}
        <code>npm run import</code> on another machine. Only a digest of each token is stored.
      </p>
      <TokenManager tokens={await listApiTokens(user.id)} />
    </section>
  );
}
