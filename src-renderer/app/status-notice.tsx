// How every view says it is waiting or that something went wrong, in the same calm words and place.

import { AlertTriangle, Loader2 } from 'lucide-react';
import type { ReactNode } from 'react';

export function LoadingNotice({ label }: { label: string }) {
  return (
    <div className="notice" role="status" aria-live="polite">
      <Loader2 className="spin" aria-hidden size={18} />
      <span>{label}</span>
    </div>
  );
}

export function ErrorNotice({
  title,
  error,
  children,
}: {
  title: string;
  error: unknown;
  children?: ReactNode;
}) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="notice notice-error" role="alert">
      <AlertTriangle aria-hidden size={18} />
      <div>
        <p className="notice-title">{title}</p>
        <p className="notice-detail">{message}</p>
        {children}
      </div>
    </div>
  );
}
