import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './styles.css';

// govuk-frontend's styles for script-enhanced components (set by an inline script in its own
// template; done here because the content security policy allows no inline script).
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
