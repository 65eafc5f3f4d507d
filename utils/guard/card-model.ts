/**
 * What the warning card shows, computed from the text and its findings. DOM-free so the card's
 * content is testable without rendering.
 */
import type { Category, Finding } from '@/utils/rules/types';
import { categoriesOf } from './categories';

export interface FoundItem {
  label: string;
  /** The exact text the user typed, trimmed for display. */
  excerpt: string;
}

export interface CategoryGroup {
  category: Category;
  items: FoundItem[];
  /** Every contact finding in this group is an email for a scoping tool. */
  scopingToolOnly: boolean;
  /** At least one finding is a scoping-tool email. */
  hasScopingTool: boolean;
}

export interface CardModel {
  categories: Category[];
  groups: CategoryGroup[];
}

const MAX_EXCERPT = 60;
const MAX_ITEMS_PER_CATEGORY = 5;

function excerptOf(text: string, f: Finding): string {
  const raw = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
  return raw.length > MAX_EXCERPT ? `${raw.slice(0, MAX_EXCERPT - 1)}…` : raw;
}

/**
 * @example
 * cardModel('call me on WhatsApp', [{ category: 'call', start: 11, end: 19, ruleId: 'call.app', label: 'WhatsApp' }])
 * // → { categories: ['call'], groups: [{ category: 'call', items: [{ label: 'WhatsApp', excerpt: 'WhatsApp' }], … }] }
 */
export function cardModel(text: string, findings: readonly Finding[]): CardModel {
  const categories = categoriesOf(findings);
  const groups = categories.map((category): CategoryGroup => {
    const inCategory = findings.filter((f) => f.category === category).sort((a, b) => a.start - b.start);
    const seen = new Set<string>();
    const items: FoundItem[] = [];
    for (const f of inCategory) {
      const item = { label: f.label || f.ruleId, excerpt: excerptOf(text, f) };
      const key = `${item.label}\u0000${item.excerpt}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (items.length < MAX_ITEMS_PER_CATEGORY) items.push(item);
    }
    return {
      category,
      items,
      hasScopingTool: inCategory.some((f) => f.scopingTool === true),
      scopingToolOnly: inCategory.length > 0 && inCategory.every((f) => f.scopingTool === true),
    };
  });
  return { categories, groups };
}
