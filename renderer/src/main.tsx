// Renderer entry: one ApiClient for the app's lifetime, provided to every component.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { ApiContext } from './api/use-api';
import { App } from './components/App';
import './styles.css';

const client = createApiClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiContext value={client}>
      <App />
    </ApiContext>
  </StrictMode>,
);
