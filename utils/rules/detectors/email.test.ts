import { table } from '../testing/table';

table('email: should warn', [
  ['mail me: lena [at] north-shore [dot] io', ['contact']],
  ['write to m a r c o . p @ p r o t o n . m e', ['contact']],
  ['Drop me a note at nadia.k@fastmail.com and I will reply tonight', ['contact']],
  ['my mail is  ｌｅｏ．ｒｏｓｓｉ＠ｇｍａｉｌ．ｃｏｍ', ['contact']],
  ['write to ben\u200b@\u200bstudio-north\u200b.io', ['contact']],
  ['email: peter(dot)nowak(at)gmail(dot)com', ['contact']],
  ['reach me - tom [at] hexlab [dot] dev', ['contact']],
  ['Email me at anna_k at protonmail dot com', ['contact']],
  ['mail: j o s h u a . p at yahoo', ['contact']],
  ['k dot mensah underscore 77 at outlook dot com', ['contact']],
]);

table('email: should not warn', [
  ['Grades so far: a . b . c and one incomplete.', []],
  ['The sender address in the spec is the client support inbox, I will not change it.', []],
  ['See you at home dot com? No, that is not a real domain.', []],
  ['I am available at 9 and at 5 on weekdays.', []],
  ['Our email marketing list has 12k subscribers.', []],
  ['Can you fix the @media query for tablets?', []],
]);
