import { table } from '../testing/table';

table('links: should warn', [
  ['Join here: https://zoom.us/j/8675309123 at noon', ['call']],
  ['wa.me/447700900123', ['call', 'contact']],
  ['ping me: https://t.me/sasha_dev', ['call', 'contact']],
  ['Check my calendly.com/mark-ux and book a slot', ['call', 'contact']],
  ['my profile: https://www.linkedin.com/in/ola-nowak-pm', ['contact']],
  ['m.me/kofi.designs works too', ['call', 'contact']],
  ['join here discord.gg/abc123xyz', ['call', 'contact']],
]);

table('links: should not warn', [
  ['My portfolio is on Behance, the case studies are in the pinned post.', []],
  ['The docs at example.com/api explain the webhook payload.', []],
  ['Your Calendly embed overlaps the footer on mobile, I can fix the CSS.', []],
  ['The kwa.me domain is a typo in the spec.', []],
]);
