/**
 * A calm note under a message from the other party that asks to move off Upwork.
 */
import type { Category } from '@/utils/rules/types';
import type { Theme } from '@/utils/guard/theme';
import { INCOMING_ANSWER, INCOMING_TITLE, INCOMING_WHAT, INCOMING_WHY, LEARN_MORE_URL, ACTION_LABEL } from './copy';

export interface IncomingNoticeProps {
  categories: Category[];
  theme: Theme;
}

/**
 * @example <IncomingNotice categories={['call']} theme="light" />
 */
export function IncomingNotice({ categories, theme }: IncomingNoticeProps) {
  if (categories.length === 0) return null;
  return (
    <aside className="pcg" role="note" data-theme={theme} data-categories={categories.join(' ')}>
      <h2>{INCOMING_TITLE}</h2>
      {categories.map((c) => (
        <p key={c}>{INCOMING_WHAT[c]}</p>
      ))}
      <p>{INCOMING_WHY}</p>
      <p className="muted">{INCOMING_ANSWER}</p>
      <div className="actions">
        <a className="btn" data-action="learn-more" href={LEARN_MORE_URL} target="_blank" rel="noopener noreferrer">
          {ACTION_LABEL['learn-more']}
        </a>
      </div>
    </aside>
  );
}
