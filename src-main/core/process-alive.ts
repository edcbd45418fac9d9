// Whether a process that left its id behind (a running import, an open archive, a scratch copy) is
// still there. EPERM means it is, under another user.

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
