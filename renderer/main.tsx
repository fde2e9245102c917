/**
 * The renderer's entry: opens storage, starts autosave, ties the route to the location hash,
 * wires shortcuts and the native menu, then renders the app. Nothing here runs before the
 * store is ready, and autosave only ever writes workbooks opened after it started.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootstrap } from './app/bootstrap';
import { App } from './app/App';
import './styles/index.css';

bootstrap();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
