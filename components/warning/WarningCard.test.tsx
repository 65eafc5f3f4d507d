// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardModel } from '@/utils/guard/card-model';
import type { Finding } from '@/utils/rules/types';
import { IncomingNotice } from './IncomingNotice';
import { createShadowHost } from './shadow-host';
import { WARNING_CSS } from './styles';
import { WarningCard, type WarningCardProps } from './WarningCard';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TEXT = 'Ping me on WhatsApp, mail jen.k@outlook.com, I pay via PayPal';
const find = (needle: string, category: Finding['category'], label: string): Finding => {
  const start = TEXT.indexOf(needle);
  return { category, start, end: start + needle.length, ruleId: `${category}.r`, label, value: { kind: 'phrase' } };
};
const ALL = [find('PayPal', 'payment', 'PayPal'), find('WhatsApp', 'call', 'WhatsApp'), find('jen.k@outlook.com', 'contact', 'email address')];

let root: Root;
let shadow: ShadowRoot;

beforeEach(() => {
  const made = createShadowHost(document, 'pcg-warning', WARNING_CSS);
  document.body.replaceChildren(made.host);
  shadow = made.shadow;
  root = createRoot(made.container);
});

afterEach(() => {
  act(() => root.unmount());
});

function render(props: Partial<WarningCardProps> & { findings?: Finding[] } = {}) {
  const onAction = props.onAction ?? vi.fn();
  act(() =>
    root.render(
      <WarningCard model={cardModel(TEXT, props.findings ?? ALL)} held={props.held ?? false} showMarks={props.showMarks ?? true} theme={props.theme ?? 'light'} saveFailed={props.saveFailed} onAction={onAction} />,
    ),
  );
  return { onAction, alert: shadow.querySelector('[role="alert"]') };
}

const actions = () => [...shadow.querySelectorAll('[data-action]')].map((b) => b.getAttribute('data-action'));

describe('shadow host', () => {
  it('is a <pcg-warning> element with an OPEN shadow root holding the styles', () => {
    const host = document.querySelector('pcg-warning')!;
    expect(host.shadowRoot).toBe(shadow);
    expect(shadow.mode).toBe('open');
    expect(shadow.querySelector('style')?.textContent).toContain('.pcg');
  });

  it('keeps key presses on the card from reaching page shortcuts', () => {
    const pageHandler = vi.fn();
    document.addEventListener('keydown', pageHandler);
    shadow.querySelector('div')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true, composed: true }));
    document.removeEventListener('keydown', pageHandler);
    expect(pageHandler).not.toHaveBeenCalled();
  });
});

describe('WarningCard contract', () => {
  it('renders role=alert with data-categories in call contact payment order', () => {
    const { alert } = render();
    expect(alert?.getAttribute('data-categories')).toBe('call contact payment');
    expect(alert?.hasAttribute('data-held')).toBe(false);
  });

  it('shows what was found (labels and exact text), why, and what to do instead', () => {
    const { alert } = render();
    const text = alert!.textContent!;
    expect(text).toContain('WhatsApp');
    expect(text).toContain('jen.k@outlook.com');
    expect(text).toContain('PayPal');
    expect(text).toMatch(/until a contract starts/i);
    expect(text).toMatch(/2 years/);
    expect(text).toMatch(/even asking counts/i);
    expect(text).toMatch(/video/i);
    expect(text).toMatch(/offer/i);
  });

  it('has no role=alert element when there is nothing to warn about', () => {
    render({ findings: [] });
    expect(shadow.querySelector('[role="alert"]')).toBeNull();
  });

  it('offers mark, dismiss and learn-more actions; learn-more opens Upwork help in a new tab', () => {
    render();
    expect(actions()).toEqual(['mark-business-enterprise', 'mark-prior-contract', 'mark-contract-started', 'dismiss', 'learn-more']);
    const link = shadow.querySelector('a[data-action="learn-more"]')!;
    expect(link.getAttribute('href')).toMatch(/^https:\/\/support\.upwork\.com\//);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('hides the mark buttons when only payment shows (marking cannot silence it) or when not allowed', () => {
    render({ findings: [find('PayPal', 'payment', 'PayPal')] });
    expect(actions()).toEqual(['dismiss', 'learn-more']);
    render({ showMarks: false });
    expect(actions()).toEqual(['dismiss', 'learn-more']);
  });

  it('in the held state sets data-held and offers edit and send-anyway', () => {
    const { alert } = render({ held: true });
    expect(alert?.getAttribute('data-held')).toBe('true');
    expect(actions().slice(0, 2)).toEqual(['edit', 'send-anyway']);
  });

  it('reports the clicked action', () => {
    const { onAction } = render({ held: true });
    for (const action of ['edit', 'send-anyway', 'mark-prior-contract', 'dismiss']) {
      act(() => (shadow.querySelector(`[data-action="${action}"]`) as HTMLButtonElement).click());
    }
    expect((onAction as ReturnType<typeof vi.fn>).mock.calls.map((c) => c[0])).toEqual(['edit', 'send-anyway', 'mark-prior-contract', 'dismiss']);
  });

  it('does not steal focus on mouse down (the composer keeps it) but buttons stay focusable', () => {
    render();
    const button = shadow.querySelector('[data-action="dismiss"]') as HTMLButtonElement;
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    act(() => void button.dispatchEvent(down));
    expect(down.defaultPrevented).toBe(true);
    expect(button.tabIndex).not.toBe(-1);
    expect(button.getAttribute('type')).toBe('button');
  });

  it('is announced only when inserted: aria-live="off" keeps text updates quiet, a new announcement makes a new alert element', () => {
    const first = render().alert!;
    expect(first.getAttribute('aria-live')).toBe('off');
    // Same announcement, other excerpts (an address growing as it is typed): the same element.
    act(() => root.render(<WarningCard model={cardModel(`${TEXT}x`, ALL)} held={false} showMarks theme="light" announcement={0} onAction={vi.fn()} />));
    expect(shadow.querySelector('[role="alert"]')).toBe(first);
    act(() => root.render(<WarningCard model={cardModel(TEXT, ALL)} held={false} showMarks theme="light" announcement={1} onAction={vi.fn()} />));
    const second = shadow.querySelector('[role="alert"]');
    expect(second).not.toBe(first);
    expect(first.isConnected).toBe(false);
  });

  it('says how to reach the buttons and close the card by keyboard, and has a status region for a failed save', () => {
    const { alert } = render();
    expect(alert!.textContent).toMatch(/Tab reaches these buttons; Esc closes/);
    const status = alert!.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('');
    render({ saveFailed: true } as Partial<WarningCardProps>);
    expect(shadow.querySelector('[role="status"] [data-testid="save-failed"]')).not.toBeNull();
  });

  it('carries the theme for light and dark pages', () => {
    expect(render({ theme: 'dark' }).alert?.getAttribute('data-theme')).toBe('dark');
  });

  it('mentions the scoping-tool exception only for scoping-tool emails', () => {
    const plain = render({ findings: [find('jen.k@outlook.com', 'contact', 'email address')] }).alert!.textContent!;
    expect(plain).not.toMatch(/GitHub/);
    const scoped = render({ findings: [{ ...find('jen.k@outlook.com', 'contact', 'email address'), scopingTool: true }] }).alert!.textContent!;
    expect(scoped).toMatch(/GitHub/);
  });
});

describe('IncomingNotice', () => {
  it('is a role=note with the categories, the rule, the scam pattern, and a suggested answer', () => {
    act(() => root.render(<IncomingNotice categories={['call', 'contact']} theme="light" />));
    const note = shadow.querySelector('[role="note"]')!;
    expect(note.getAttribute('data-categories')).toBe('call contact');
    expect(note.textContent).toMatch(/scam/);
    expect(note.textContent).toMatch(/You could answer/);
    expect(shadow.querySelector('[role="alert"]')).toBeNull();
  });

  it('renders nothing without categories', () => {
    act(() => root.render(<IncomingNotice categories={[]} theme="light" />));
    expect(shadow.querySelector('[role="note"]')).toBeNull();
  });
});

describe('incoming notice: suggested reply', () => {
  it('offers the reply in the message language, lang on the reply, and copies it on trusted clicks only', async () => {
    const copyText = vi.fn(() => Promise.resolve());
    let trusted = false;
    act(() =>
      root.render(
        <IncomingNotice categories={['call']} theme="light" messageText="¿Podemos hablar por WhatsApp? Es más fácil para mí" copyText={copyText} isTrusted={() => trusted} />,
      ),
    );
    const note = shadow.querySelector('[role="note"]')!;
    expect(note.getAttribute('lang')).toBe('en');
    const reply = shadow.querySelector('[data-testid="suggested-reply"]')!;
    expect(reply.getAttribute('lang')).toBe('es');
    expect(reply.textContent).toMatch(/Upwork/);
    const button = shadow.querySelector<HTMLButtonElement>('[data-action="copy-reply"]')!;
    act(() => button.click());
    expect(copyText).not.toHaveBeenCalled();
    trusted = true;
    await act(async () => button.click());
    expect(copyText).toHaveBeenCalledWith(reply.textContent);
    expect(shadow.querySelector('[data-testid="copy-status"]')?.textContent).toBe('Copied');
  });
});
