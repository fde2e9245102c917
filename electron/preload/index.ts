/**
 * The preload: exposes `window.sprintbook` (the Host, see api.ts) and nothing else. It runs
 * sandboxed, where `require` knows only `electron` and a few Node shims, so it is bundled into
 * one CommonJS file (dist/electron/preload.cjs) with `electron` left external.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createHostApi } from './api';

contextBridge.exposeInMainWorld('sprintbook', createHostApi(ipcRenderer));
