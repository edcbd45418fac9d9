// The account filter the timeline and search both offer: shown only when the archive holds exports of
// more than one ChatGPT account.

import { useQuery } from '@tanstack/react-query';
import { accountsQuery } from './queries.js';

export function AccountSelect({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (account: string | null) => void;
}) {
  const accounts = useQuery(accountsQuery());
  if ((accounts.data?.length ?? 0) <= 1) return null;
  return (
    <label className="field">
      <span>Account</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">All accounts</option>
        {accounts.data?.map((account) => (
          <option key={account.id} value={account.id}>
            {account.email ?? account.id} ({account.conversations.toLocaleString()})
          </option>
        ))}
      </select>
    </label>
  );
}
