// The first thing a new person sees: what Archivist does, how to ask ChatGPT for an export, and where
// Archivist is looking for it, with the import queue's progress once one arrives.

import { useQuery } from '@tanstack/react-query';
import { Download, FolderSearch, Loader2, ShieldCheck } from 'lucide-react';
import type { ImportJob } from '../../../src-shared/model/import-job.js';
import { settingsQuery } from '../settings/queries.js';
import { importJobsQuery } from './queries.js';

export function FirstRunView() {
  const jobs = useQuery(importJobsQuery());
  const settings = useQuery(settingsQuery());
  const watched = settings.data?.watchedFolders ?? [];
  const active =
    jobs.data?.filter(
      (job) => job.status === 'running' || job.status === 'queued' || job.status === 'offered',
    ) ?? [];
  const failed = jobs.data?.filter((job) => job.status === 'failed') ?? [];
  return (
    <div className="first-run">
      <h1>Your ChatGPT history, kept and searchable</h1>
      <p className="lede">
        Archivist keeps every ChatGPT data export you download in one archive on this computer. Search it
        offline, follow what you decided, and find the files, images and sources your conversations produced.
        Nothing leaves your machine.
      </p>
      <ol className="steps">
        <li>
          <Download aria-hidden size={20} />
          <div>
            <h2>Ask ChatGPT for your data</h2>
            <p>
              In ChatGPT open <strong>Settings → Data controls → Export data</strong> and confirm. OpenAI
              emails you a link to a ZIP file, usually within a few minutes to a few hours.
            </p>
          </div>
        </li>
        <li>
          <FolderSearch aria-hidden size={20} />
          <div>
            <h2>Download it as usual</h2>
            <p>
              {watched.length === 0 ? (
                <>
                  Archivist is not watching a folder right now: drop the ZIP on this window, or import it
                  with{' '}
                </>
              ) : (
                <>Archivist imports the export as soon as it lands in </>
              )}
              {watched.length === 0 ? (
                <code>archivist import &lt;zip&gt;</code>
              ) : (
                watched.map((folder, index) => (
                  <span key={folder}>
                    {index > 0 && (index === watched.length - 1 ? ' or ' : ', ')}
                    <code className="folder-path" title={folder}>
                      {folder}
                    </code>
                  </span>
                ))
              )}
              {watched.length === 0 ? '' : ', or when you drop it on this window'}. Each later export adds
              what is new; nothing is ever lost when a conversation disappears from your account.
            </p>
          </div>
        </li>
        <li>
          <ShieldCheck aria-hidden size={20} />
          <div>
            <h2>Keep it</h2>
            <p>
              The export is kept in Archivist’s data folder, so the archive can always be rebuilt from it.
            </p>
          </div>
        </li>
      </ol>
      {active.map((job) => (
        <p key={job.id} className="notice" role="status">
          <Loader2 className="spin" aria-hidden size={16} /> {jobWords(job)}
        </p>
      ))}
      {failed.slice(-1).map((job) => (
        <p key={job.id} className="notice notice-error" role="alert">
          The import of <code>{job.path}</code> failed: {job.error?.message ?? 'no reason given'}
        </p>
      ))}
    </div>
  );
}

function jobWords(job: ImportJob): string {
  if (job.status === 'offered') return `Found ${job.path}; waiting for your go-ahead to import it.`;
  if (job.status === 'queued') return `Waiting to import ${job.path}…`;
  const progress = job.progress;
  const left = progress?.secondsLeft ? `, about ${Math.ceil(progress.secondsLeft)} s left` : '';
  return `Importing ${job.path}${left}…`;
}
