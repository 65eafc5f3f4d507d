/**
 * The warning card shown beside a composer. Follows the UI contract in shared/design.md:
 * `role="alert"` with `data-categories` (call contact payment order), `data-held` while a send is
 * held, and buttons identified by `data-action`, `lang` and `dir` of the UI language. Renders nothing when there is nothing to warn about.
 *
 * Screen readers: the alert is announced when it is inserted, and only then (`aria-live="off"`
 * keeps its text updates quiet while the user types). The caller bumps `announcement` for a new
 * finding or a held send (utils/guard/announce.ts): a new key makes a new alert element.
 */
import type { MouseEvent } from 'react';
import type { CardModel } from '@/utils/guard/card-model';
import type { Theme } from '@/utils/guard/theme';
import '@/components/i18n/content-catalog';
import { useUiText } from '@/components/i18n/use-ui-text';
import { ACTION_LABEL, CATEGORY_INSTEAD, CATEGORY_TITLE, CATEGORY_WHY, LEARN_MORE_URL } from './copy';

export type CardAction =
  | 'dismiss'
  | 'mark-business-enterprise'
  | 'mark-prior-contract'
  | 'mark-contract-started'
  | 'send-anyway'
  | 'edit';

export interface WarningCardProps {
  model: CardModel;
  /** A send is being held: show "Send anyway" and "Edit". */
  held: boolean;
  /** Offer the relationship buttons (a conversation with a pre-contract relationship). */
  showMarks: boolean;
  theme: Theme;
  /** The last relationship choice made here could not be saved. */
  saveFailed?: boolean;
  /** Changes exactly when the card is to be announced again (a new finding, a held send). */
  announcement?: number;
  /** The click's event, so the caller can ignore clicks a page script made (`isTrusted`). */
  onAction(action: CardAction, event: Event): void;
}

/** Clicking a card button must not move focus out of the composer (keyboard users still Tab in). */
function keepFocus(event: MouseEvent) {
  event.preventDefault();
}

function ActionButton(props: { action: CardAction; primary?: boolean; label: string; onAction(a: CardAction, event: Event): void }) {
  return (
    <button
      type="button"
      data-action={props.action}
      className={props.primary ? 'primary' : undefined}
      onMouseDown={keepFocus}
      onClick={(event) => props.onAction(props.action, event.nativeEvent)}
    >
      {props.label}
    </button>
  );
}

/**
 * @example <WarningCard model={cardModel(text, findings)} held={false} showMarks theme="light" onAction={handle} />
 */
export function WarningCard({ model, held, showMarks, theme, onAction, saveFailed = false, announcement = 0 }: WarningCardProps) {
  const { t, lang, dir } = useUiText();
  if (model.categories.length === 0) return null;
  const button = (action: CardAction, primary = false) => (
    <ActionButton action={action} primary={primary} label={t(ACTION_LABEL[action])} onAction={onAction} />
  );
  const showMarkButtons = showMarks && model.categories.some((c) => c !== 'payment');
  return (
    <section
      key={announcement}
      className="pcg"
      role="alert"
      aria-live="off"
      lang={lang}
      dir={dir}
      data-theme={theme}
      data-categories={model.categories.join(' ')}
      data-held={held ? 'true' : undefined}
    >
      <h2>{t(held ? 'card.titleHeld' : 'card.title')}</h2>
      {model.groups.map((group) => (
        <div key={group.category} data-category={group.category}>
          <h3>{t(CATEGORY_TITLE[group.category])}</h3>
          <ul className="found" aria-label={t('card.found')}>
            {group.items.map((item) => (
              <li key={`${item.label}|${item.excerpt}`}>
                <bdi>{item.label}</bdi>
                {item.excerpt && item.excerpt !== item.label ? (
                  <>
                    {': '}
                    <q dir="auto">{item.excerpt}</q>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          <p>{t(CATEGORY_WHY[group.category])}</p>
          {group.hasScopingTool ? <p className="muted">{t('card.scopingTool')}</p> : null}
          <p className="muted">{t(CATEGORY_INSTEAD[group.category])}</p>
        </div>
      ))}
      {/* A live region of its own, present before it is filled, so a failed save is read out. */}
      <div role="status">
        {saveFailed ? (
          <p className="error" data-testid="save-failed">
            {t('card.saveFailed')}
          </p>
        ) : null}
      </div>
      <div className="actions">
        {held ? (
          <>
            {button('edit', true)}
            {button('send-anyway')}
          </>
        ) : null}
        {showMarkButtons ? (
          <>
            {button('mark-business-enterprise')}
            {button('mark-prior-contract')}
            {button('mark-contract-started')}
          </>
        ) : null}
        {button('dismiss')}
        <a className="btn" data-action="learn-more" href={LEARN_MORE_URL} target="_blank" rel="noopener noreferrer">
          {t(ACTION_LABEL['learn-more'])}
        </a>
      </div>
      <p className="muted keys">{t('card.keys')}</p>
    </section>
  );
}
