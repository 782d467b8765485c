// Creates an account: `npm run user:create -- --email you@example.org --role admin [--name "…"]`, the
// password read from standard input (piped) or asked for at a prompt that does not echo it.
// With --first-admin it instead creates ADMIN_EMAIL / ADMIN_PASSWORD as admin when no admin exists
// (what `npm start` runs).
import { parseArgs } from "node:util";
import readline from "node:readline";
import { z } from "zod";
import { isRole, ROLES } from "@/lib/auth/roles";
import { createUser, hasAdmin } from "@/lib/data/users";

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0];
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing while the password is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => {
    if (s.startsWith("Password")) process.stdout.write(s);
  };
  const answer = await new Promise<string>((resolve) => rl.question("Password (10 characters or more): ", resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "editor" }, name: { type: "string" }, "first-admin": { type: "boolean", default: false } },
  });
  if (values["first-admin"]) {
    const email = process.env.ADMIN_EMAIL?.trim();
    const password = process.env.ADMIN_PASSWORD;
    if (!email || !password) {
      console.log("No ADMIN_EMAIL/ADMIN_PASSWORD set: the app serves read-only until an account is made (npm run user:create).");
      return;
    }
    if (await hasAdmin()) return;
    await createUser({ email, password, role: "admin", name: "Administrator" });
    console.log(`Created the first admin, ${email}.`);
    return;
  }
  const email = z.email().safeParse(values.email?.trim());
  if (!email.success) throw new Error("Give the account's address: --email you@example.org");
  if (!isRole(values.role)) throw new Error(`--role must be one of ${ROLES.join(", ")}`);
  const password = await readPassword();
  if (password.length < 10) throw new Error("The password must have at least 10 characters.");
  const user = await createUser({ email: email.data, password, role: values.role, name: values.name });
  console.log(`Created ${user.email} (${user.role}).`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
