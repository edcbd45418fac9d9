// The archive changes only when it says so (an event), so answers stay fresh until an event marks
// them stale; nothing polls, and a refocused window does not refetch.

import { QueryClient } from '@tanstack/react-query';
import { isAppError } from '../../src-shared/contract/app-error.js';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        // An archive's own answer ("not found", "invalid input") will not change on a retry.
        retry: (failures, error) => !isAppError(error) && failures < 2,
      },
    },
  });
}
