/**
 * One line on what the extension is doing on the current tab: watching message boxes, nothing to
 * watch, paused, or a Messages page where no message box was found (Upwork may have changed it).
 */
import type { MessageKey, Substitution } from '@/components/i18n/messages';
import { useUiText } from '@/components/i18n/use-ui-text';
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
  const { t } = useUiText();
  const [state, key, ...subs] = statusLine(enabled, health, onUpwork);
  const text = t(key, ...subs);
  return (
    <p className={`pcg-status pcg-status-${state}`} role="status" data-testid="page-health" data-state={state}>
      {text}
    </p>
  );
}

function statusLine(enabled: boolean, health: PageHealth | null, onUpwork: boolean): [string, MessageKey, ...Substitution[]] {
  if (!enabled) return ['paused', 'popup.status.paused'];
  if (!onUpwork) return ['elsewhere', 'popup.status.elsewhere'];
  if (!health) return ['unknown', 'popup.status.unknown'];
  if (health.state === 'watching') return ['watching', 'popup.status.watching', health.composers];
  if (health.state === 'composer-missing') return ['composer-missing', 'popup.status.missing'];
  return ['idle', 'popup.status.idle'];
}
