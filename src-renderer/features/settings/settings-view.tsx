// The person's settings, each with one line on what it does: keeping a copy of each export, starting
// with the computer (desktop app only), and the two folder lists. The window never names a folder: in
// the desktop app one is added with the system's folder picker (main shows it) and removed by its id;
// in a browser the lists are read-only and say which command changes them.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Folder, FolderPlus } from 'lucide-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button, Switch } from 'react-aria-components';
import type {
  FolderEntry,
  FolderList,
  FolderPurpose,
  SettingsEdit,
} from '../../../src-shared/model/settings.js';
import { archive } from '../../archive/archive-client.js';
import { chooseFolder, desktopBridge } from '../../archive/desktop-bridge.js';
import { ErrorNotice, LoadingNotice } from '../../app/status-notice.js';
import { scanRootsQuery, settingsQuery, watchedFoldersQuery } from './queries.js';

export function SettingsView() {
  useEffect(() => {
    const before = document.title;
    document.title = 'Settings — Archivist';
    return () => {
      document.title = before;
    };
  }, []);
  const desktop = desktopBridge() !== null;
  return (
    <div className="settings-page">
      <h1>Settings</h1>
      <SettingSwitch
        setting="keepExports"
        title="Keep a copy of each export"
        explanation="Each export you import is also kept in Archivist’s data folder, so the archive can always be rebuilt from it."
      />
      {desktop && (
        <SettingSwitch
          setting="launchAtLogin"
          title="Open Archivist when you log in"
          explanation="Archivist starts with your computer, in the tray without a window, so exports are imported as soon as they are downloaded."
        />
      )}
      <FolderSection
        purpose="watched-folder"
        title="Folders watched for new exports"
        explanation="Archivist imports a ChatGPT export as soon as it lands in one of these folders; exports already in a folder you add are found too."
        usualNote="With no folder of your own, Archivist watches your Downloads folder."
        emptied="No folder of yours is left, so Archivist watches your Downloads folder again."
        command="archivist settings watch-folder"
        query={watchedFoldersQuery()}
        remove={(id) => archive.removeWatchedFolder({ id })}
      />
      <FolderSection
        purpose="scan-root"
        title="Where Archivist looks for the originals of your uploads"
        explanation="For each file you uploaded to ChatGPT, Archivist looks through these folders and their subfolders for the original on this computer, so you can open it from the conversation."
        usualNote="With no folder of your own, Archivist looks in Downloads, Documents, Desktop and Pictures."
        emptied="No folder of yours is left, so Archivist looks in Downloads, Documents, Desktop and Pictures again."
        command="archivist settings relink-folder"
        query={scanRootsQuery()}
        remove={(id) => archive.removeScanRoot({ id })}
      />
    </div>
  );
}

function SettingSection({
  title,
  explanation,
  headingId,
  explanationId,
  aside,
  children,
}: {
  title: string;
  explanation: string;
  headingId: string;
  explanationId: string;
  aside?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <div className="settings-section-head">
        <div>
          <h2 id={headingId}>{title}</h2>
          <p id={explanationId} className="settings-explanation">
            {explanation}
          </p>
        </div>
        {aside}
      </div>
      {children}
    </section>
  );
}

/** A setting that is on or off, saved as soon as it is switched. */
function SettingSwitch({
  setting,
  title,
  explanation,
}: {
  setting: keyof SettingsEdit;
  title: string;
  explanation: string;
}) {
  const id = useId();
  const client = useQueryClient();
  const settings = useQuery(settingsQuery());
  const change = useMutation({
    mutationFn: (on: boolean) => archive.updateSettings({ [setting]: on }),
    onSuccess: (next) => client.setQueryData(settingsQuery().queryKey, next),
  });
  // While the change is on its way the switch shows where it goes, so a click never seems ignored.
  const on = change.isPending ? change.variables : settings.data?.[setting];
  return (
    <SettingSection
      title={title}
      explanation={explanation}
      headingId={`${id}-title`}
      explanationId={`${id}-explanation`}
      aside={
        <Switch
          className="switch"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-explanation`}
          isSelected={on === true}
          isDisabled={settings.data === undefined}
          onChange={(next) => change.mutate(next)}
        >
          <span className="switch-track" aria-hidden>
            <span className="switch-thumb" />
          </span>
          <span className="switch-state" aria-hidden>
            {on ? 'On' : 'Off'}
          </span>
        </Switch>
      }
    >
      {settings.error && <ErrorNotice title="The settings could not be read" error={settings.error} />}
      {change.error && <ErrorNotice title={`“${title}” was not changed`} error={change.error} />}
    </SettingSection>
  );
}

/** The folders newly in `next`, for saying what an added folder was. */
function addedFolders(before: FolderList | undefined, next: FolderList): FolderEntry[] {
  const known = new Set(before?.folders.map((folder) => folder.id) ?? []);
  return next.folders.filter((folder) => !known.has(folder.id));
}

function FolderSection({
  purpose,
  title,
  explanation,
  usualNote,
  emptied,
  command,
  query,
  remove,
}: {
  purpose: FolderPurpose;
  title: string;
  explanation: string;
  usualNote: string;
  emptied: string;
  command: string;
  query: ReturnType<typeof watchedFoldersQuery>;
  remove: (id: string) => Promise<FolderList>;
}) {
  const id = useId();
  const client = useQueryClient();
  const list = useQuery(query);
  const desktop = desktopBridge() !== null;
  const addButton = useRef<HTMLButtonElement>(null);
  const [said, setSaid] = useState('');
  const removal = useMutation({
    mutationFn: (folder: FolderEntry) => remove(folder.id),
    onMutate: () => setSaid(''),
    onSuccess: (next, folder) => {
      const before = client.getQueryData<FolderList>(query.queryKey);
      client.setQueryData(query.queryKey, next);
      setSaid(`Removed ${folder.path}.${next.usual && before?.usual !== true ? ` ${emptied}` : ''}`);
      // The button pressed is gone with its folder: the keyboard goes on from "Add folder…".
      addButton.current?.focus();
    },
  });
  const addition = useMutation({
    mutationFn: () => chooseFolder(purpose),
    onMutate: () => setSaid(''),
    onSuccess: (next) => {
      if (next === null) return;
      const before = client.getQueryData<FolderList>(query.queryKey);
      client.setQueryData(query.queryKey, next);
      const added = addedFolders(before, next);
      setSaid(
        added.length > 0
          ? `Added ${added.map((folder) => folder.path).join(', ')}.`
          : 'That folder is in the list already.',
      );
    },
  });
  const folders = list.data?.folders ?? [];
  // The usual list of one folder (Downloads) has nothing to remove: without it, it would come back.
  const removable = desktop && !(list.data?.usual === true && folders.length === 1);
  return (
    <SettingSection
      title={title}
      explanation={explanation}
      headingId={`${id}-title`}
      explanationId={`${id}-explanation`}
    >
      {list.isPending && <LoadingNotice label="Reading the folders…" />}
      {list.error && <ErrorNotice title="The folders could not be read" error={list.error} />}
      {list.data && (
        <ul className="folder-list" aria-labelledby={`${id}-title`}>
          {folders.map((folder) => (
            <li key={folder.id}>
              <Folder aria-hidden size={16} />
              <code className="folder-path" title={folder.path}>
                {folder.path}
              </code>
              {removable && (
                <Button
                  className="button button-small"
                  aria-label={`Remove ${folder.path}`}
                  isDisabled={removal.isPending}
                  onPress={() => removal.mutate(folder)}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="settings-note">{usualNote}</p>
      {desktop ? (
        <Button
          ref={addButton}
          className="button"
          isDisabled={addition.isPending}
          onPress={() => addition.mutate()}
        >
          <FolderPlus aria-hidden size={16} />
          Add folder…
        </Button>
      ) : (
        <p className="settings-note">
          To change them, run <code>{command} add &lt;folder&gt;</code> (or <code>remove &lt;folder&gt;</code>
          ) in a terminal, or use the Archivist desktop app.
        </p>
      )}
      <p className="settings-said" role="status">
        {said}
      </p>
      {removal.error && <ErrorNotice title="The folder was not removed" error={removal.error} />}
      {addition.error && <ErrorNotice title="The folder was not added" error={addition.error} />}
    </SettingSection>
  );
}
