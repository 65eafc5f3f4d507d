import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { isWorkSubject } from './context';

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
