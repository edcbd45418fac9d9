// Dropping ChatGPT export ZIPs anywhere on the window imports them, and "Import an export…" does the
// same from the keyboard. While files are dragged over the window an overlay says what a drop does;
// each file then shows its way through upload (browser) and import, or why it was not taken.

import { useQuery } from '@tanstack/react-query';
import { Check, FileUp, Loader2, TriangleAlert, X } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  isZipFileName,
  notAZipMessage,
  type DroppedFileOutcome,
} from '../../../src-shared/model/dropped-export.js';
import type { ImportJob } from '../../../src-shared/model/import-job.js';
import { desktopBridge } from '../../archive/desktop-bridge.js';
import { importJobsQuery } from '../first-run/queries.js';
import { dropStatus, type DropStage } from './drop-status-words.js';
import { queueDroppedFiles, uploadExport } from './export-sending.js';

interface DropItem {
  readonly key: number;
  readonly name: string;
  readonly stage: DropStage;
}

/** A queued file's stage with its job as the archive last told it. */
function current(stage: DropStage, jobs: readonly ImportJob[] | undefined): DropStage {
  if (stage.stage !== 'queued') return stage;
  return { stage: 'queued', job: jobs?.find((job) => job.id === stage.job.id) ?? stage.job };
}

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function ImportDrop() {
  const [dragging, setDragging] = useState(false);
  const [items, setItems] = useState<readonly DropItem[]>([]);
  const nextKey = useRef(1);
  const input = useRef<HTMLInputElement>(null);
  const waiting = items.some((item) => item.stage.stage === 'queued');
  // Kept current by the archive's events (importJobChanged, importProgressed).
  const jobs = useQuery({ ...importJobsQuery(), enabled: waiting });

  const settle = useCallback((key: number, stage: DropStage) => {
    setItems((all) => all.map((item) => (item.key === key ? { ...item, stage } : item)));
  }, []);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      const bridge = desktopBridge();
      const added = files.map((file) => ({
        key: nextKey.current++,
        name: file.name,
        file,
        stage: isZipFileName(file.name)
          ? bridge
            ? ({ stage: 'sending' } as const)
            : ({ stage: 'uploading', fraction: 0 } as const)
          : ({ stage: 'refused', message: notAZipMessage(file.name) } as const),
      }));
      setItems((all) => [...all, ...added.map(({ key, name, stage }) => ({ key, name, stage }))]);
      const zips = added.filter((item) => item.stage.stage !== 'refused');
      const outcome = (key: number, result: DroppedFileOutcome | undefined) =>
        settle(
          key,
          result?.ok
            ? { stage: 'queued', job: result.job }
            : { stage: 'refused', message: result?.message ?? 'Archivist did not answer.' },
        );
      if (zips.length === 0) return;
      if (bridge) {
        const results = await queueDroppedFiles(
          bridge,
          zips.map((item) => item.file),
        );
        zips.forEach((item, index) => outcome(item.key, results[index]));
        return;
      }
      // One upload at a time: exports can be gigabytes, and the archive imports one at a time anyway.
      for (const item of zips) {
        const result = await uploadExport(item.file, (fraction) =>
          settle(item.key, { stage: 'uploading', fraction }),
        );
        outcome(item.key, result);
      }
    },
    [settle],
  );

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: counted, the overlay stays steady.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file in place of the window.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      void importFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [importFiles]);

  return (
    <>
      <button type="button" className="button import-button" onClick={() => input.current?.click()}>
        <FileUp aria-hidden size={16} />
        Import an export…
      </button>
      <input
        ref={input}
        type="file"
        accept=".zip,application/zip"
        multiple
        hidden
        aria-label="ChatGPT export ZIP files to import"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Choosing the same file again must be noticed too.
          event.currentTarget.value = '';
          void importFiles(files);
        }}
      />
      {dragging && (
        <div className="drop-overlay">
          <p>Drop your ChatGPT export to import it</p>
        </div>
      )}
      <div className="import-tray" role="status" aria-label="Imports">
        {items.map((item) => {
          const stage = current(item.stage, jobs.data);
          const status = dropStatus(item.name, stage);
          return (
            <div key={item.key} className={`import-item import-${status.tone}`}>
              {status.tone === 'busy' && <Loader2 className="spin" aria-hidden size={16} />}
              {status.tone === 'done' && <Check aria-hidden size={16} />}
              {status.tone === 'problem' && <TriangleAlert aria-hidden size={16} />}
              <div className="import-item-body">
                <p>{status.words}</p>
                {status.fraction !== null && (
                  <progress max={1} value={status.fraction} aria-label={`How far ${item.name} has got`} />
                )}
              </div>
              {status.tone !== 'busy' && (
                <button
                  type="button"
                  className="link-button import-dismiss"
                  aria-label={`Dismiss the note about ${item.name}`}
                  onClick={() => setItems((all) => all.filter((other) => other.key !== item.key))}
                >
                  <X aria-hidden size={16} />
                </button>
              )}
            </div>
          );
        })}
      </div>
    </>
  );
}
