import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/LoginForm";
import { currentUser } from "@/lib/auth/current-user";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = typeof next === "string" ? next : undefined;
  if (await currentUser(await headers())) redirect(target?.startsWith("/") && !target.startsWith("//") ? target : "/");
  return (
    <section className="narrow-page">
      <h1>Sign in</h1>
      <p className="small">Editors and admins sign in to add and correct events. Reading needs no account.</p>
      <LoginForm next={target} />
    </section>
  );
}
