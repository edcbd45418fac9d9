// Types for electron-builder-package.mjs, which runs as plain JavaScript.
export declare const ELECTRON_BUILDER: string;
