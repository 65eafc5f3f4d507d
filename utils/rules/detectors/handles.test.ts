import { table } from '../testing/table';

table('handles: should warn', [
  ['Hit me up on discord: pixelfox#4821', ['call', 'contact']],
  ['skype me: john.doe.87', ['call', 'contact']],
  ['Add me on KakaoTalk, ID minji_k', ['call', 'contact']],
  ['my insta is @lena.designs, dm me', ['call', 'contact']],
  ['My Skype is live:.cid.5a2b9c1d0e', ['call', 'contact']],
  ['You can find me on Telegram, my username is @oleg_codes', ['call', 'contact']],
  ['My Telegram is the same as my name here', ['call', 'contact']],
]);

table('handles: should not warn', [
  ['I mentioned @channel in the Slack integration spec, that is a Slack feature we need.', []],
  ['Thanks @Maria for the quick feedback!', []],
  ['Venmo handles are stored in the users table, column venmo_id.', []],
]);
