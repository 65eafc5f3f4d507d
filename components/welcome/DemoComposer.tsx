/**
 * The welcome page's live demo: a message box driven by the very ComposerSession the content script
 * attaches to Upwork's composers, so the user sees the real engine, policy, card and highlights.
 * Demo policy: a conversation before any contract (every category shows), no send to guard, no
 * relationship to save (the card's mark buttons are off; the page explains the popup instead).
 */
import { useEffect, useRef } from 'react';
import { ComposerSession, type SessionEnv, type SessionView } from '@/entrypoints/upwork.content/composer-session';
import { HighlightRegistry } from '@/entrypoints/upwork.content/highlights';
import { useUiText } from '@/components/i18n/use-ui-text';
import { analyze } from '@/utils/rules';
import type { MessageKey } from '@/components/i18n/messages';

/** The examples the page offers, each a locale message (checked per language in demo-examples.test.ts). */
export const DEMO_EXAMPLES: readonly { key: MessageKey; action: string }[] = [
  { key: 'welcome.demo.exampleCall', action: 'example-call' },
  { key: 'welcome.demo.examplePayment', action: 'example-payment' },
  { key: 'welcome.demo.exampleSafe', action: 'example-safe' },
];

/** The demo's conversation: before any contract, extension on, nothing dismissed across texts. */
export function demoView(now = new Date()): SessionView {
  return { enabled: true, sendGuard: false, policy: { relationship: 'pre-contract', metAt: null }, now, canMark: false };
}

export function DemoComposer() {
  const { t } = useUiText();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const env: SessionEnv = {
      doc: document,
      win: window,
      analyze,
      highlights: new HighlightRegistry(document, window),
      view: () => demoView(),
      mark: () => Promise.reject(new Error('the demo saves nothing')),
      setTimeout: (handler, ms) => window.setTimeout(handler, ms),
      isTrusted: (event) => event.isTrusted,
    };
    const session = new ComposerSession({ element, kind: 'editable' }, env);
    return () => session.destroy();
  }, []);

  const fill = (text: string) => {
    const element = box.current;
    if (!element) return;
    element.textContent = text;
    element.focus();
    const selection = window.getSelection();
    selection?.selectAllChildren(element);
    selection?.collapseToEnd();
  };

  return (
    <section className="welcome-section demo" aria-labelledby="welcome-demo-title">
      <h2 id="welcome-demo-title">{t('welcome.demo.title')}</h2>
      <p id="welcome-demo-hint">{t('welcome.demo.hint')}</p>
      {/* Outside the room: the card floats above the message box and would cover a label inside it. */}
      <label id="welcome-demo-label" className="demo-label" htmlFor="welcome-demo-box" onClick={() => box.current?.focus()}>
        {t('welcome.demo.label')}
      </label>
      <div className="demo-room">
        <p className="demo-stage" aria-hidden="true">
          {t('welcome.demo.stage')}
        </p>
        <div className="demo-composer-frame">
          <div
            ref={box}
            id="welcome-demo-box"
            className="demo-composer"
            data-testid="demo-composer"
            contentEditable
            suppressContentEditableWarning
            role="textbox"
            aria-multiline="true"
            aria-labelledby="welcome-demo-label"
            aria-describedby="welcome-demo-hint"
            data-placeholder={t('welcome.demo.placeholder')}
            spellCheck={false}
            tabIndex={0}
          />
        </div>
      </div>
      <div className="demo-examples" role="group" aria-labelledby="welcome-demo-examples">
        <span id="welcome-demo-examples">{t('welcome.demo.examples')}</span>
        {DEMO_EXAMPLES.map(({ key, action }) => (
          <button key={action} type="button" data-action={action} onClick={() => fill(t(key))}>
            {t(key)}
          </button>
        ))}
      </div>
    </section>
  );
}
