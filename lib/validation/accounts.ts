import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

/** POST /api/users: an account an admin makes. */
export const newUserSchema = z.object({
  email: z.email(),
  password: z.string().min(10, "must have at least 10 characters").max(128),
  name: z.string().trim().min(1).max(100).optional(),
  role: z.enum(ROLES),
});

/** PATCH /api/users/{id}. */
export const roleChangeSchema = z.object({ role: z.enum(ROLES) });

/** POST /api/tokens: a personal API token's name. */
export const newTokenSchema = z.object({ name: z.string().trim().min(1).max(100) });

/** better-auth's POST /api/auth/sign-in/email, as this app uses it. */
export const signInSchema = z.object({ email: z.email(), password: z.string().min(1) });
