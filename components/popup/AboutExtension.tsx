/** What the popup shows away from an Upwork conversation. */
import type { PageKind } from '@/utils/upwork/page-context';

export function AboutExtension({ kind }: { kind: PageKind }) {
  return (
    <section className="pcg-section" aria-labelledby="pcg-about-title" data-testid="about">
      <h2 id="pcg-about-title">What this does</h2>
      {kind === 'proposal' ? (
        <p data-testid="proposal-note">
          On a proposal, your cover letter and answers are always checked as before a contract: no calls, contact details
          or payment outside Upwork.
        </p>
      ) : null}
      <p>
        Pre-Contract Guard warns you while you type on Upwork when a message would move the conversation, contact details
        or payment off Upwork too early. Until a contract starts, Upwork requires all communication to stay on Upwork, and
        paying outside it is not allowed for 24 months after you meet there (User Agreement §7). Calls through Upwork itself are fine.
      </p>
      <p>
        Open a conversation on Upwork and open this popup again to tell it about the other person: a Business or
        Enterprise client, someone you worked with before, or a contract that has started. Everything stays on this
        computer; nothing you type is stored or sent anywhere.
      </p>
    </section>
  );
}
