/**
 * The renderer's entry: makes the page's app store, opens storage, starts autosave, ties the
 * route to the location hash, wires shortcuts and the native menu (app/bootstrap), then renders
 * the app with that store in context. Nothing here runs before the store is ready, and
 * autosave only ever writes workbooks opened after it started.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootstrap } from './app/bootstrap';
import { AppRoot } from './app/App';
import './styles/index.css';

const app = bootstrap();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppRoot app={app} />
  </StrictMode>,
);
