import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { analyze } from '../index';
import { codeSentence, isWorkSubject } from './context';

/** isWorkSubject for the first occurrence of `name` in `text` (the name's own tokens). */
function workAround(text: string, name: string, radius?: number): boolean {
  const ctx = buildContext(text);
  const start = ctx.view.text.indexOf(name.toLowerCase());
  if (start < 0) throw new Error(`${name} not in ${text}`);
  const end = start + name.length;
  let from = -1;
  let to = -1;
  for (let k = 0; k < ctx.count; k++) {
    if (from < 0 && ctx.tokens.vFrom[k]! >= start) from = k;
    if (ctx.tokens.vTo[k]! <= end) to = k + 1;
  }
  return isWorkSubject(ctx, from, to, radius);
}

describe('isWorkSubject in Han text', () => {
  it.each([
    // The work word is in the clause before the proposal: a comma parts them.
    ['我是做婚礼跟拍剪辑的，加个微信细聊', '微信'],
    ['我平时负责社群运营，你方便加我微信吗', '微信'],
    ['配置文件我改好了，晚上钉钉上聊', '钉钉'],
    // WeCom ("企业微信") is the app's name, not a work word about it.
    ['加我企业微信吧', '微信'],
  ])('a proposal after the work clause is not the work: %s', (text, name) => {
    expect(workAround(text, name)).toBe(false);
  });

  it.each([
    // Work words attached to the app, in its own clause.
    ['帮我们开发微信小程序，需要对接支付', '微信'],
    ['抖音直播运营', '抖音'],
    ['想把企业微信的消息推送接到工单系统', '微信'],
    // Two short Han words on each side still reach: the window is counted in characters.
    ['在钉钉上需要加一个打卡功能', '钉钉'],
    // A list joined by 和 stays one clause.
    ['项目要接入支付宝，和微信支付', '微信'],
  ])('the app as the work stays quiet: %s', (text, name) => {
    expect(workAround(text, name)).toBe(true);
  });

  it('Latin words in a Han sentence still count as whole words', () => {
    expect(workAround('做了一个 Telegram bot', 'Telegram')).toBe(true);
  });
});

describe('isWorkSubject, short words across a comma', () => {
  it('a Vietnamese word folded onto an Indonesian one is no work word ("mẫu" / "mau")', () => {
    expect(workAround('Kalau mau, ketemu langsung aja di Bandung', 'ketemu langsung', 3)).toBe(false);
  });
});

describe('isWorkSubject, words of a handle', () => {
  it.each([
    ['DM me on Insta @logo.studio.ke', 'Insta'],
    ['作品可以去我 IG @video.edit.hk 私讯我', 'IG'],
  ])('the first word of an @handle is part of the ID, not a work word: %s', (text, name) => {
    expect(workAround(text, name)).toBe(false);
  });

  it('a work word after the app, not in a handle, still counts', () => {
    expect(workAround('we need an Insta logo refresh', 'Insta')).toBe(true);
  });
});

describe('sentences of code or of a technical spec (codeSentence)', () => {
  it.each([
    // Release notes: a version in the list's heading makes every item of the list code.
    'changelog 2.1.0:\n- new: Telegram inline keyboards\n- fix: Viber deep links on Android',
    // A database column in backticks: the addresses are the data.
    'the `contact_email` field rejects jane.doe@corp.test when it has a trailing dot',
    // A shell command: a negative chat id after "=" is a parameter, not a phone number.
    'curl https://api.example.dev/send -d chat_id=-1009876543210 -d text=ping',
    // A checklist of channels to build.
    '- [ ] sms\n- [ ] viber\n- [ ] signal',
    // Asset sizes.
    'Slack app icon must be 512x512 and the Telegram sticker 512x512 too',
    'O webhook do Telegram responde 409 em https://api.meusite.dev/tg/updates',
    'desde la 2.3.1, los mensajes de WhatsApp llegan duplicados',
    'Viber 的 callback 地址要填 https://hooks.example.cn/viber/events',
  ])('is the work, not a proposal: %s', (text) => {
    expect(analyze(text)).toEqual([]);
  });

  it.each([
    ['ping me on Telegram @dev_rina to discuss the bot', ['call', 'contact']],
    ["let's jump on Discord voice to debug the 2.3.1 crash", ['call']],
    ['release 1.2.0 is out, text me on WhatsApp if you want a demo', ['call']],
    ['can we talk on Zoom about the `sendMessage` error?', ['call']],
    // A JSON object may hold the writer's own number, offered in the next line.
    ['{"phone":"+44 7700 900 321"}\nthat is my number, whatsapp me', ['call', 'contact']],
    // A spelled email's "{at}" is no placeholder of code.
    ['mail: rui.pinto{at}proton{dot}me', ['contact']],
  ])('a proposal in a message with code still warns: %s', (text, categories) => {
    expect([...new Set(analyze(text).map((f) => f.category))].sort()).toEqual(categories);
  });

  it('dates and tax numbers written with dots are no version numbers', () => {
    const ctx = buildContext('pix CPF 123.456.789-09, vence 12.05.24');
    expect(codeSentence(ctx, 0)).toBe(false);
    expect(codeSentence(buildContext('bump the sdk to 4.19.0'), 0)).toBe(true);
  });
});

describe('isWorkSubject: a work phrase running into an app described in words', () => {
  it.each([
    // "la app" is a work phrase, but here its "app" is the first word of the name ("app verde").
    ['hablemos por la app verde mañana', 'app verde'],
    ['te escribo por la app del avioncito', 'app del avioncito'],
  ])('the article of the name is not the work: %s', (text, name) => {
    expect(workAround(text, name)).toBe(false);
  });

  it.each([
    // A work word of its own before the article still makes the app the work.
    ['hay que integrar la app verde con el CRM', 'app verde'],
  ])('a work word of its own still counts: %s', (text, name) => {
    expect(workAround(text, name)).toBe(true);
  });
});
