/**
 * A calm note under a message from the other party that asks to move off Upwork, in the UI
 * language, with a suggested reply in the language the message was written in (when it can be
 * told) and a button that copies it.
 */
import { useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import '@/components/i18n/content-catalog';
import { detectLanguage } from '@/components/i18n/detect';
import { isUiLocale } from '@/components/i18n/languages';
import { textFor } from '@/components/i18n/messages';
import { useUiText } from '@/components/i18n/use-ui-text';
import type { Category } from '@/utils/rules/types';
import type { Theme } from '@/utils/guard/theme';
import { ACTION_LABEL, INCOMING_WHAT, LEARN_MORE_URL } from './copy';

export interface IncomingNoticeProps {
  categories: Category[];
  theme: Theme;
  /** The message's text; read from the message the notice follows when not given. */
  messageText?: string;
  /** Whether a click came from the user; `event.isTrusted` unless a test says otherwise. */
  isTrusted?(event: Event): boolean;
  /** Writes the reply to the clipboard; navigator.clipboard by default. */
  copyText?(text: string): Promise<void>;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** The text of the message our host element was placed after. */
function precedingMessageText(element: Element | null): string {
  const root = element?.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : null;
  return host?.previousElementSibling?.textContent ?? '';
}

function clipboardWrite(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

/**
 * @example <IncomingNotice categories={['call']} theme="light" />
 */
export function IncomingNotice({ categories, theme, messageText, isTrusted, copyText = clipboardWrite }: IncomingNoticeProps) {
  const ui = useUiText();
  const { t } = ui;
  const ref = useRef<HTMLElement>(null);
  const [domText, setDomText] = useState('');
  const [copy, setCopy] = useState<CopyState>('idle');
  useLayoutEffect(() => {
    if (messageText === undefined) setDomText(precedingMessageText(ref.current));
  }, [messageText, categories]);
  if (categories.length === 0) return null;
  // The message's language when a locale file exists for it; the UI language otherwise.
  const detected = detectLanguage(messageText ?? domText);
  const replyLocale = isUiLocale(detected) ? detected : ui.locale;
  const reply = textFor(replyLocale);
  const replyText = reply.t('notice.reply');

  const onCopy = (event: MouseEvent) => {
    const trusted = isTrusted ? isTrusted(event.nativeEvent) : event.nativeEvent.isTrusted;
    if (!trusted) return;
    copyText(replyText).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };

  return (
    <aside ref={ref} className="pcg" role="note" lang={ui.lang} dir={ui.dir} data-theme={theme} data-categories={categories.join(' ')}>
      <h2>{t('notice.title')}</h2>
      {categories.map((c) => (
        <p key={c}>{t(INCOMING_WHAT[c])}</p>
      ))}
      <p>{t('notice.why')}</p>
      <p className="muted">{t('notice.answer')}</p>
      <blockquote className="reply" lang={reply.lang} dir={reply.dir} data-testid="suggested-reply" data-reply-lang={reply.lang}>
        {replyText}
      </blockquote>
      <div className="actions">
        <button type="button" data-action="copy-reply" onClick={onCopy}>
          {t('notice.copy')}
        </button>
        <a className="btn" data-action="learn-more" href={LEARN_MORE_URL} target="_blank" rel="noopener noreferrer">
          {t(ACTION_LABEL['learn-more'])}
        </a>
        <span className="muted" role="status" data-testid="copy-status">
          {copy === 'copied' ? t('notice.copied') : copy === 'failed' ? t('notice.copyFailed') : ''}
        </span>
      </div>
    </aside>
  );
}
