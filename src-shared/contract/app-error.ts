// Errors cross every boundary (IPC, HTTP, CLI, worker) as plain {code, message} data, because thrown
// objects lose their class on the way. AppError is thrown where the cause is known; anything else
// becomes 'internal'.

export type AppErrorCode =
  | 'invalid-input'
  | 'unknown-method'
  | 'not-found'
  | 'file-not-found'
  | 'file-unreadable'
  | 'not-a-zip'
  | 'zip-truncated'
  | 'zip-unsafe-entry'
  | 'zip-bomb'
  | 'zip-corrupt'
  | 'not-an-export'
  | 'export-malformed'
  | 'export-truncated'
  | 'database-from-newer-app'
  | 'database-busy'
  | 'import-cancelled'
  | 'import-incomplete'
  | 'disk-full'
  | 'disk-error'
  | 'archive-damaged'
  | 'not-available'
  | 'internal';

export interface TransferableError {
  readonly code: AppErrorCode;
  readonly message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static fromTransferable(error: TransferableError): AppError {
    return new AppError(error.code, error.message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Known AppErrors keep their code and message; anything else is reported without internals. */
export function toTransferableError(error: unknown): TransferableError {
  if (isAppError(error)) return { code: error.code, message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Unexpected error: ${detail}` };
}
