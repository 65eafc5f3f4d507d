import { defineContentScript } from '#imports';
import { pageContextFromUrl } from '@/utils/upwork/page-context';

export default defineContentScript({
  matches: ['https://www.upwork.com/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    // Marker the e2e tests read to prove the script runs in this frame.
    document.documentElement.dataset.pcgActive = pageContextFromUrl(location.href).kind;
  },
});
