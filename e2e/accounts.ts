/** The admin account the end-to-end server creates from ADMIN_EMAIL / ADMIN_PASSWORD (playwright.config.ts). */
export const E2E_ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password" };
