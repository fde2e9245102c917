/**
 * The renderer's entry: makes the page's app store, opens storage, starts autosave, ties the
 * route to the location hash, wires shortcuts and the native menu (app/bootstrap), then renders
 * the app with that store in context. Nothing here runs before the store is ready, and
 * autosave only ever writes workbooks opened after it started. A presenter window
 * (#/present/<id>) is the one exception: it starts none of that and only shows what the
 * facilitator's window sends it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootstrap } from './app/bootstrap';
import { AppRoot } from './app/App';
import { presenterWorkbookId } from './app/router';
import { PresenterRoomCard, PresenterWindow } from './app/stages';
import './styles/index.css';

const presenting = presenterWorkbookId(window.location.hash);
const app = presenting ? null : bootstrap();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {app ? <AppRoot app={app} /> : <PresenterWindow workbookId={presenting!}><PresenterRoomCard workbookId={presenting!} /></PresenterWindow>}
  </StrictMode>,
);
