// The synthetic demo office's password, published in the README so anyone can try the demo. Only a demo store may
// hold an account with it, and creating one marks the store as a demo store (store-settings.repository.ts).

/** The published demo password. */
export const DEMO_PASSWORD = 'refuge-demo-password';
