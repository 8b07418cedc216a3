// An account as the API shows it to administrators.
import type { Account } from '../../domain/users/account.ts';

/** The account's public fields, with `isDisabled` spelled out. */
export const presentAccount = (account: Account) => ({
  id: account.id,
  name: account.name,
  role: account.role,
  office: account.office,
  createdAt: account.createdAt,
  disabledAt: account.disabledAt,
  isDisabled: account.disabledAt !== null,
  isDissentReviewer: account.isDissentReviewer,
});
