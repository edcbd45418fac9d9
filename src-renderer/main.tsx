// The window's entry: fonts and styles bundled with it (nothing is fetched from the network), the
// query cache, and the app shell.

import '@fontsource-variable/inter';
import './app/theme.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from './app/app-shell.js';
import { createQueryClient } from './app/query-client.js';
import { preloadMarkdown } from './features/reader/message-parts.js';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <AppShell />
      </QueryClientProvider>
    </StrictMode>,
  );
  // Not part of the first load: fetched after the first screen, before anyone opens a conversation.
  window.requestIdleCallback(preloadMarkdown, { timeout: 2000 });
}
