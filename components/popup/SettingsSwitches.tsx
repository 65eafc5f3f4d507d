/** The three global switches. */
import type { Settings } from '@/utils/relationships';
import { useRelationshipStore } from '@/utils/relationships';

const SWITCHES: readonly { name: keyof Settings; label: string; hint: string }[] = [
  { name: 'enabled', label: 'Extension on', hint: 'Turn off to stop every warning and check.' },
  { name: 'sendGuard', label: 'Send guard', hint: 'Holds a flagged message when you press Send, so you can edit it first.' },
  {
    name: 'incomingNotices',
    label: 'Incoming-request notices',
    hint: 'Points out when the other person asks to move off Upwork.',
  },
];

export function SettingsSwitches() {
  const settings = useRelationshipStore((s) => s.settings);
  const updateSettings = useRelationshipStore((s) => s.updateSettings);
  return (
    <section className="pcg-section" aria-labelledby="pcg-settings-title" data-testid="settings">
      <h2 id="pcg-settings-title">Settings</h2>
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
            <span>{label}</span>
            <span className="pcg-hint" id={`pcg-setting-${name}-hint`}>
              {hint}
            </span>
          </span>
        </label>
      ))}
    </section>
  );
}
