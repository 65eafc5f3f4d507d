/** welcome.html: opened once by the background script on a fresh install (see components/welcome). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <WelcomeApp />
    </StrictMode>,
  );
}
