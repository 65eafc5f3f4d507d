/** When the pair met on Upwork: payment warnings stop 24 months later (User Agreement §7). */
import { useEffect, useId, useState } from 'react';
import { useUiText } from '@/components/i18n/use-ui-text';
import { isValidMetAt } from '@/utils/relationships';
import { formatDay, paymentRuleEnds, todayIso } from './dates';

interface Props {
  value: string | null;
  onChange(metAt: string | null): void;
}

export function MetOnField({ value, onChange }: Props) {
  const inputId = useId();
  const hintId = useId();
  const today = todayIso();
  const { t, lang } = useUiText();
  // The input keeps its own draft: while a date is being typed it passes through values we do not
  // save (year 0002…), and forcing the saved value back would make typing impossible.
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  const ends = value ? paymentRuleEnds(value) : null;
  return (
    <div className="pcg-field" data-testid="met-at-field">
      <label htmlFor={inputId}>{t('popup.met.label')}</label>
      <div className="pcg-field__row">
        <input
          id={inputId}
          type="date"
          max={today}
          value={draft}
          aria-describedby={hintId}
          data-testid="met-at"
          onChange={(event) => {
            const next = event.currentTarget.value;
            setDraft(next);
            // Only a complete, plausible date or the explicit clear below changes what is saved.
            if (isValidMetAt(next) && next <= today) onChange(next);
          }}
        />
        <button
          type="button"
          className="pcg-button"
          disabled={!value}
          onClick={() => onChange(null)}
          data-testid="met-at-clear"
        >
          {t('popup.met.clear')}
        </button>
      </div>
      <p className="pcg-hint" id={hintId} data-testid="met-at-hint">
        {ends === null
          ? t('popup.met.hintEmpty')
          : ends <= today
            ? t('popup.met.hintEnded', formatDay(ends, lang))
            : t('popup.met.hintUntil', formatDay(ends, lang))}
      </p>
    </div>
  );
}
