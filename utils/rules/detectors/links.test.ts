import { table } from '../testing/table';

table('links: should warn', [
  // A post link elsewhere in the message does not hide a profile or number given to talk (lx33-socialrest).
  ['saw your clip tiktok.com/@ana.cuts/video/7301122334455667788, text me on WhatsApp +1 202 555 0147', ['call', 'contact']],
  ['Join here: https://zoom.us/j/8675309123 at noon', ['call']],
  ['wa.me/447700900123', ['call', 'contact']],
  ['ping me: https://t.me/sasha_dev', ['call', 'contact']],
  ['share your thoughts with me on t.me/sharerouz_dev', ['call', 'contact']],
  ['Check my calendly.com/mark-ux and book a slot', ['call', 'contact']],
  ['my profile: https://www.linkedin.com/in/ola-nowak-pm', ['contact']],
  ['m.me/kofi.designs works too', ['call', 'contact']],
  ['join here discord.gg/abc123xyz', ['call', 'contact']],
  // A Discord profile link by user ID, on either host.
  ['happy to chat there: https://discord.com/users/512345678901234567', ['call', 'contact']],
  ['my account discordapp.com/users/498765432109876543 add me', ['call', 'contact']],
  // Link-in-bio pages and a paid community's invite.
  ['all my links: linktr.ee/maya.breathes', ['contact']],
  ['the group is at skool.com/calm-founders, come say hi', ['call', 'contact']],
  // Developer rooms, offices and profiles; a sponsor page as the place to pay (fx36-devch).
  ['our room: https://matrix.to/#/#birchline:matrix.org', ['call', 'contact']],
  ['standup is at gather.town/app/Pq55x/kiln, drop in', ['call']],
  ['message me there: keybase.io/halloran', ['call', 'contact']],
  ['skip the contract, github.com/sponsors/halloran works for me', ['payment']],
  // Spaced hosts.
  ['grab a slot: calendly . com / priya-rao-design', ['call', 'contact']],
  ['tg is t. me/ marek_builds', ['call', 'contact']],
  ['text me at wa . me / 447700900123', ['call', 'contact']],
  // The LinkedIn profile path alone.
  ['find me on LI (/in/tomas-varga-ops) and connect', ['contact']],
  ['here is a real one: tel:+447700900123', ['contact']],
  // Spelled out, the way emails are.
  ['pick a time at calendly dot com slash omar-haddad', ['call', 'contact']],
  ['slots are open: cal (dot) com / lena_v / 20min', ['call', 'contact']],
  ['ping me at t dot me slash kofi_builds tonight', ['call', 'contact']],
  ['text me: wa dot me slash 447700900456', ['call', 'contact']],
  ['my profile: linkedin dot com slash in slash ines-moreau', ['contact']],
  ['reserva aquí: calendly punto com barra lucia-gomez', ['call', 'contact']],
  // A bracketed dot, written to get past link matching, is as spelled as "dot".
  ['faster on tg: t[.]me/oskar_cuts', ['call', 'contact']],
  ['wa(.)me/447700900321 after lunch', ['call', 'contact']],
  ['book me: calendly[.]com/rhea-m/15min', ['call', 'contact']],

  ['reachable after six (tel:+447700900123)', ['contact']],
  // Letters spaced out, with the dot and slash spaced too.
  ['quicker there: t . m e / ines_draws', ['call', 'contact']],
  ['w a . m e / 447700900789 after 6', ['call', 'contact']],
  // PayPal.Me links are a way to be paid.
  ['the deposit goes to paypal.me/bruno-k', ['payment']],
  ['p a y p a l . m e / brunok88', ['payment']],
]);

table('links: spaced letters and PayPal.Me, should not warn', [
  ['The I / O layer is a bottleneck, not the CPU.', []],
  ['Does PayPal.Me support recurring donations for the charity page?', []],
]);

table('links: should not warn', [
  // A post on a social site given as a reference for the work, not its author's profile (lx33-socialrest).
  ['match the pacing of https://www.tiktok.com/@nova.studio/video/7301122334455667788 please', []],
  ['reference reel: instagram.com/reel/Cz9QwErTy12/ same colour grade', []],
  ['like this thread x.com/lumen_hq/status/1790012345678901234 but for our launch', []],
  ['hook idea from youtube.com/shorts/aB3dE5fG7hI, 15 sec max', []],
  ['Please restyle the Linktree so the buttons match the brand colours', []],
  ['My portfolio is on Behance, the case studies are in the pinned post.', []],
  ['The docs at example.com/api explain the webhook payload.', []],
  ['Your Calendly embed overlaps the footer on mobile, I can fix the CSS.', []],
  ['The kwa.me domain is a typo in the spec.', []],
  // Code being discussed, placeholders and bots reach no one.
  ['the button markup is <a href="tel:+447700900123">Ring us</a>, make it round', []],
  ["why does href='tel:NUMBER' not open the dialer on iOS?", []],
  ["openLink('tel:+447700900123') throws on Android 14, can you look at it?", []],
  ['Linking.openURL("sms:+15125550199") opens an empty thread in the simulator.', []],
  ['register the webhook with https://t.me/BotFather, then test it in t.me/orders_status_bot', []],
  // Telegram's share endpoint posts a link to a chat the user picks: no one's account.
  ['our blog posts get a share button built on https://t.me/share/url?url=<page>&text=<title>', []],
  ['el botón de compartir abre t.me/share?url= con la página codificada dos veces', []],
  ['go to calendly.com/ and create a free account for the team', []],
  ['the files are under src/in/fixtures', []],
  ['the indexer reads items[.]length/2 before the loop', []],
  ['should we use calendly dot com or cal dot com for the clinic widget?', []],
  ['calendly dot com went down for an hour, slash commands in Slack still worked', []],
  // The Discord API's endpoints are the work, not an account.
  ['the bot calls discord.com/api/users/@me to read the profile', []],

]);
