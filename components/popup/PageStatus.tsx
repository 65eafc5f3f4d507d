/**
 * One line on what the extension is doing on the current tab: watching message boxes, nothing to
 * watch, paused, or a Messages page where no message box was found (Upwork may have changed it).
 */
import type { PageHealth } from '@/utils/guard/page-health';

interface Props {
  /** The extension's master switch. */
  enabled: boolean;
  /** What the content script reported; null when it did not answer (not an Upwork tab, or too early). */
  health: PageHealth | null;
  /** The tab is on www.upwork.com. */
  onUpwork: boolean;
}

export function PageStatus({ enabled, health, onUpwork }: Props) {
  const [state, text] = statusLine(enabled, health, onUpwork);
  return (
    <p className={`pcg-status pcg-status-${state}`} role="status" data-testid="page-health" data-state={state}>
      {text}
    </p>
  );
}

function statusLine(enabled: boolean, health: PageHealth | null, onUpwork: boolean): [string, string] {
  if (!enabled) return ['paused', 'Paused: turned off below, nothing is checked.'];
  if (!onUpwork) return ['elsewhere', 'Works on upwork.com only: nothing to watch on this page.'];
  if (!health) return ['unknown', 'Not running on this tab yet: reload the Upwork page to start it.'];
  if (health.state === 'watching') {
    return ['watching', health.composers === 1 ? 'Watching 1 message box on this page.' : `Watching ${health.composers} message boxes on this page.`];
  }
  if (health.state === 'composer-missing') {
    return ['composer-missing', 'This looks like a Messages page, but no message box was found: Upwork may have changed its page, so nothing is checked here.'];
  }
  return ['idle', 'Nothing to watch on this page: no message box.'];
}
