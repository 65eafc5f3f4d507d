/**
 * Which message key says what on the card and the incoming notice. The words themselves are in
 * locales/<lang>.json; this file only maps categories and actions onto keys.
 */
import type { MessageKey } from '@/components/i18n/messages';
import type { Category } from '@/utils/rules/types';

/** Upwork's help center article on taking payments and communication off the platform. */
export const LEARN_MORE_URL = 'https://support.upwork.com/hc/en-us/articles/211062538';

export const CATEGORY_TITLE: Record<Category, MessageKey> = {
  call: 'card.category.call',
  contact: 'card.category.contact',
  payment: 'card.category.payment',
};

export const CATEGORY_WHY: Record<Category, MessageKey> = {
  call: 'card.why.call',
  contact: 'card.why.contact',
  payment: 'card.why.payment',
};

export const CATEGORY_INSTEAD: Record<Category, MessageKey> = {
  call: 'card.instead.call',
  contact: 'card.instead.contact',
  payment: 'card.instead.payment',
};

export const ACTION_LABEL = {
  dismiss: 'card.action.dismiss',
  'mark-business-enterprise': 'card.action.markBusiness',
  'mark-prior-contract': 'card.action.markPrior',
  'mark-contract-started': 'card.action.markStarted',
  'learn-more': 'card.action.learnMore',
  'send-anyway': 'card.action.sendAnyway',
  edit: 'card.action.edit',
} as const satisfies Record<string, MessageKey>;

export const INCOMING_WHAT: Record<Category, MessageKey> = {
  call: 'notice.what.call',
  contact: 'notice.what.contact',
  payment: 'notice.what.payment',
};
