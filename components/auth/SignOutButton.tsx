import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/data/auth";

async function signOut() {
  "use server";
  // A Server Action: Next checks its Origin, and better-auth's nextCookies() clears the session cookie.
  await auth().api.signOut({ headers: await headers() });
  redirect("/");
}

export function SignOutButton() {
  return (
    <form action={signOut}>
      <button type="submit" className="link-button">
        Sign out
      </button>
    </form>
  );
}
