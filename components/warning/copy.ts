/**
 * Everything the card and the incoming notice say, in one place.
 */
import type { Category } from '@/utils/rules/types';

/** Upwork's help center article on taking payments and communication off the platform. */
export const LEARN_MORE_URL = 'https://support.upwork.com/hc/en-us/articles/211062538';

export const CARD_TITLE = 'This message may break Upwork’s rules';
export const CARD_TITLE_HELD = 'Held before sending: this message may break Upwork’s rules';

export const CATEGORY_TITLE: Record<Category, string> = {
  call: 'Talking outside Upwork',
  contact: 'Contact details',
  payment: 'Paying outside Upwork',
};

export const CATEGORY_WHY: Record<Category, string> = {
  call: 'Until a contract starts, Upwork requires all communication to stay on Upwork, and moving the talk elsewhere can cost you your account.',
  contact: 'Until a contract starts, sharing or asking for contact details breaks Upwork’s rules and can cost you your account.',
  payment: 'Paying or being paid outside Upwork is not allowed for 2 years after you met here; even asking counts, and it can cost you your account.',
};

export const CATEGORY_INSTEAD: Record<Category, string> = {
  call: 'Keep talking here: Upwork Messages has built-in video and voice calls.',
  contact: 'Keep the conversation in Upwork Messages until a contract starts.',
  payment: 'Send the offer, or ask for one, on Upwork so both of you stay protected.',
};

export const SCOPING_TOOL_NOTE =
  'An email shared only to give access to a work tool (GitHub, Figma, Google Drive…) is allowed; say that is what it is for.';

export const ACTION_LABEL = {
  dismiss: 'Dismiss',
  'mark-business-enterprise': 'Client is Business/Enterprise',
  'mark-prior-contract': 'We had a contract before',
  'mark-contract-started': 'Contract has started',
  'learn-more': 'Learn more',
  'send-anyway': 'Send anyway',
  edit: 'Edit message',
} as const;

export const INCOMING_TITLE = 'This request breaks Upwork’s rules';

export const INCOMING_WHAT: Record<Category, string> = {
  call: 'They propose talking outside Upwork.',
  contact: 'They ask for (or share) contact details.',
  payment: 'They propose paying outside Upwork.',
};

export const INCOMING_WHY =
  'Before a contract, this is against Upwork’s Terms of Service, and moving a conversation off Upwork is a common scam pattern.';

export const INCOMING_ANSWER =
  'You could answer: “Happy to keep talking here on Upwork. Messages has video calls, and I’d like to work through an Upwork contract.”';
