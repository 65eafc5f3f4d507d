/** The three global switches and the UI language. */
import { useId } from 'react';
import { LOCALES, bcp47, isUiLocale } from '@/components/i18n/languages';
import { endonym, type MessageKey } from '@/components/i18n/messages';
import { useUiText } from '@/components/i18n/use-ui-text';
import type { SwitchName } from '@/utils/relationships/schema';
import { useRelationshipStore } from '@/utils/relationships';

const SWITCHES: readonly { name: SwitchName; label: MessageKey; hint: MessageKey }[] = [
  { name: 'enabled', label: 'popup.settings.enabled', hint: 'popup.settings.enabledHint' },
  { name: 'sendGuard', label: 'popup.settings.sendGuard', hint: 'popup.settings.sendGuardHint' },
  { name: 'incomingNotices', label: 'popup.settings.incoming', hint: 'popup.settings.incomingHint' },
];

/** Auto, then every shipped language named in its own language (the pseudo-locale stays hidden). */
function LanguagePicker() {
  const { t } = useUiText();
  const setting = useRelationshipStore((s) => s.settings.language);
  const updateSettings = useRelationshipStore((s) => s.updateSettings);
  const selectId = useId();
  const hintId = useId();
  const value = isUiLocale(setting) ? setting : 'auto';
  return (
    <div className="pcg-field" data-testid="language-field">
      <label htmlFor={selectId}>{t('popup.settings.language')}</label>
      <select
        id={selectId}
        value={value}
        aria-describedby={hintId}
        onChange={(event) => void updateSettings({ language: event.currentTarget.value })}
        data-testid="setting-language"
      >
        <option value="auto">{t('popup.settings.languageAuto')}</option>
        {value === 'en_XA' ? <option value="en_XA">en-XA</option> : null}
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={bcp47(locale)}>
            {endonym(locale)}
          </option>
        ))}
      </select>
      <p className="pcg-hint" id={hintId}>
        {t('popup.settings.languageHint')}
      </p>
    </div>
  );
}

export function SettingsSwitches() {
  const settings = useRelationshipStore((s) => s.settings);
  const updateSettings = useRelationshipStore((s) => s.updateSettings);
  const { t } = useUiText();
  return (
    <section className="pcg-section" aria-labelledby="pcg-settings-title" data-testid="settings">
      <h2 id="pcg-settings-title">{t('popup.settings.title')}</h2>
      {SWITCHES.map(({ name, label, hint }) => (
        <label key={name} className="pcg-switch">
          <input
            type="checkbox"
            role="switch"
            checked={settings[name]}
            disabled={name !== 'enabled' && !settings.enabled}
            onChange={(event) => void updateSettings({ [name]: event.currentTarget.checked })}
            aria-describedby={`pcg-setting-${name}-hint`}
            data-testid={`setting-${name}`}
          />
          <span className="pcg-switch__text">
            <span>{t(label)}</span>
            <span className="pcg-hint" id={`pcg-setting-${name}-hint`}>
              {t(hint)}
            </span>
          </span>
        </label>
      ))}
      <LanguagePicker />
    </section>
  );
}
