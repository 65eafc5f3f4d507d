/**
 * The warning card shown beside a composer. Follows the UI contract in shared/design.md:
 * `role="alert"` with `data-categories` (call contact payment order), `data-held` while a send is
 * held, and buttons identified by `data-action`. Renders nothing when there is nothing to warn about.
 */
import type { MouseEvent } from 'react';
import type { CardModel } from '@/utils/guard/card-model';
import type { Theme } from '@/utils/guard/theme';
import {
  ACTION_LABEL,
  CARD_TITLE,
  CARD_TITLE_HELD,
  CATEGORY_INSTEAD,
  CATEGORY_TITLE,
  CATEGORY_WHY,
  LEARN_MORE_URL,
  SCOPING_TOOL_NOTE,
} from './copy';

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
  /** The click's event, so the caller can ignore clicks a page script made (`isTrusted`). */
  onAction(action: CardAction, event: Event): void;
}

/** Clicking a card button must not move focus out of the composer (keyboard users still Tab in). */
function keepFocus(event: MouseEvent) {
  event.preventDefault();
}

function ActionButton(props: { action: CardAction; primary?: boolean; onAction(a: CardAction, event: Event): void }) {
  return (
    <button
      type="button"
      data-action={props.action}
      className={props.primary ? 'primary' : undefined}
      onMouseDown={keepFocus}
      onClick={(event) => props.onAction(props.action, event.nativeEvent)}
    >
      {ACTION_LABEL[props.action]}
    </button>
  );
}

/**
 * @example <WarningCard model={cardModel(text, findings)} held={false} showMarks theme="light" onAction={handle} />
 */
export function WarningCard({ model, held, showMarks, theme, onAction, saveFailed = false }: WarningCardProps) {
  if (model.categories.length === 0) return null;
  const showMarkButtons = showMarks && model.categories.some((c) => c !== 'payment');
  return (
    <section
      className="pcg"
      role="alert"
      data-theme={theme}
      data-categories={model.categories.join(' ')}
      data-held={held ? 'true' : undefined}
    >
      <h2>{held ? CARD_TITLE_HELD : CARD_TITLE}</h2>
      {model.groups.map((group) => (
        <div key={group.category} data-category={group.category}>
          <h3>{CATEGORY_TITLE[group.category]}</h3>
          <ul className="found" aria-label="Found in your message">
            {group.items.map((item) => (
              <li key={`${item.label}|${item.excerpt}`}>
                {item.label}
                {item.excerpt && item.excerpt !== item.label ? (
                  <>
                    {': '}
                    <q>{item.excerpt}</q>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          <p>{CATEGORY_WHY[group.category]}</p>
          {group.hasScopingTool ? <p className="muted">{SCOPING_TOOL_NOTE}</p> : null}
          <p className="muted">{CATEGORY_INSTEAD[group.category]}</p>
        </div>
      ))}
      {saveFailed ? (
        <p className="error" data-testid="save-failed">
          Your choice could not be saved (the browser refused to store it). Try again, or set it from the toolbar popup.
        </p>
      ) : null}
      <div className="actions">
        {held ? (
          <>
            <ActionButton action="edit" primary onAction={onAction} />
            <ActionButton action="send-anyway" onAction={onAction} />
          </>
        ) : null}
        {showMarkButtons ? (
          <>
            <ActionButton action="mark-business-enterprise" onAction={onAction} />
            <ActionButton action="mark-prior-contract" onAction={onAction} />
            <ActionButton action="mark-contract-started" onAction={onAction} />
          </>
        ) : null}
        <ActionButton action="dismiss" onAction={onAction} />
        <a className="btn" data-action="learn-more" href={LEARN_MORE_URL} target="_blank" rel="noopener noreferrer">
          {ACTION_LABEL['learn-more']}
        </a>
      </div>
    </section>
  );
}
