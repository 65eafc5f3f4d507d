// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { FixtureApp } from '../../tests/e2e/fixtures/app';
import { storyHtml } from '../../tests/e2e/fixtures/markup';
import { openFixturePage, type PageName } from '../../tests/e2e/fixtures/pages';
import { LONG_ROOM_SPECIAL, roomById, ROOM_IDS, storiesFor } from '../../tests/e2e/fixtures/rooms';
import { counterpartName, hasContractSignal, incomingMessages, looksLikeMessagesPage, messageText, namesMatch, roomMessages } from './room';

let app: FixtureApp | null = null;
function open(page: PageName): FixtureApp | null {
  app?.stop();
  app = openFixturePage(window, page);
  return app;
}
function html(markup: string): void {
  app?.stop();
  app = null;
  document.body.innerHTML = markup;
}
afterEach(() => {
  app?.stop();
  app = null;
  document.body.innerHTML = '';
});

const ids = (roomId: string) => storiesFor(roomById(roomId)).map((story) => story.id);

describe('counterpartName', () => {
  it.each([
    ['room', 'Jen Kowalski'],
    ['room-name-company', 'Maria Gomez, Acme Ltd'],
    ['room-embedded', 'Lena Ortiz, Brightside Media'],
    ['workroom', 'Sam Lee'],
    ['proposal-apply', null],
    ['job-feed', null],
  ] as const)('%s → %s', (page, name) => {
    open(page);
    expect(counterpartName(document)).toBe(name);
  });

  it('collapses whitespace and drops invisible characters', () => {
    html('<h2 data-test="room-title">\n  Jen \u200b  Kowal\u00adski  </h2>');
    expect(counterpartName(document)).toBe('Jen Kowalski');
  });
});

describe('namesMatch', () => {
  it.each([
    ['Maria G.', 'Maria Gomez, Acme Ltd'],
    ['Maria G', 'Maria Gomez, Acme Ltd'],
    ['maria gomez', 'Maria Gomez'],
    ['María G.', 'Maria Gomez'],
    ['Maria Gomez', 'María Gómez, Acme'],
    ['  Maria   G. ', 'Maria  Gomez'],
    ['Jen K.', 'Jen Kowalski'],
    ['Maria G.', 'Maria José Gomez'],
    ['Anne-Marie D.', 'Anne-Marie Dubois, Studio AMD'],
    ['Maria', 'Maria Gomez'],
    ['Maria Gomez', 'Maria G.'],
    ['Tom B.', 'Tom Becker — Northwind'],
    ['Jen Kowalski', 'Jen Kowalski | Acme'],
    ['ＭＡＲＩＡ Ｇ.', 'Maria Gomez'],
  ])('"%s" is "%s"', (author, counterpart) => {
    expect(namesMatch(author, counterpart)).toBe(true);
  });

  it.each([
    ['You', 'Maria Gomez'],
    ['you', 'You'],
    ['Dana W.', 'Maria Gomez, Acme Ltd'],
    ['Maria S.', 'Maria Gomez'],
    ['Mario G.', 'Maria Gomez'],
    ['Maria Gomez', 'Maria Gonzalez'],
    ['G. Maria', 'Maria Gomez'],
    ['Acme Ltd', 'Maria Gomez, Acme Ltd'],
    ['', 'Maria Gomez'],
    ['Maria G.', ''],
    ['...', '...'],
  ])('"%s" is not "%s"', (author, counterpart) => {
    expect(namesMatch(author, counterpart)).toBe(false);
  });
});

describe('roomMessages', () => {
  it('reads authors along runs, skips deleted and system stories, leaves quoted replies out', () => {
    open('room-name-company');
    const story = ids(ROOM_IDS.maria);
    const messages = roomMessages(document, counterpartName(document));
    expect(messages.map((m) => [m.storyId, m.author, m.fromCounterpart, m.text])).toEqual([
      [story[0], 'Maria G.', true, 'Hi Dana, thanks for applying to the Shopify store migration.'],
      [story[1], 'Maria G.', true, 'I have a few questions about your timeline.'],
      [story[2], 'Maria G.', true, 'How many products have you migrated in one go before?'],
      [story[3], 'Dana W.', false, 'Hi Maria! Up to 5,000 products, with their reviews and redirects.'],
      [story[4], 'Dana W.', false, 'I could also walk you through it on a quick Zoom call if that helps.'],
      [story[5], 'Maria G', true, 'Thanks, written answers work best for me.'],
      // 6 deleted, 7 "sent an offer"
      [story[8], 'Maria G.', true, 'The offer is on its way, take your time to review it.'],
      [story[9], 'Maria G.', true, "Also, what's your WhatsApp number? Easier for quick questions."],
    ]);
    for (const m of messages) {
      expect(m.item.id).toBe(m.storyId);
      expect(m.textElement.getAttribute('data-test')).toBe('story-message');
      expect(m.item.contains(m.textElement)).toBe(true);
    }
  });

  it('gives one message per story: the story container inside is not another message', () => {
    open('room');
    expect(roomMessages(document, 'Jen Kowalski')).toHaveLength(2);
    expect(document.querySelectorAll('[data-test="story-container"]')).toHaveLength(2);
  });

  it('knows no author without a counterpart or for a run whose header is not mounted', () => {
    open('room-long');
    const story = ids(ROOM_IDS.long);
    const messages = roomMessages(document, 'Ravi Shah');
    expect(messages).toHaveLength(20);
    expect(messages[0]).toMatchObject({ storyId: story[40], author: null, fromCounterpart: false });
    expect(messages[1]).toMatchObject({ storyId: story[41], author: null, fromCounterpart: false, text: LONG_ROOM_SPECIAL[41] });
    expect(messages[2]).toMatchObject({ storyId: story[42], author: 'Dana W.', fromCounterpart: false });
    expect(roomMessages(document, null).some((m) => m.fromCounterpart)).toBe(false);
  });

  it('reads a quoted reply placed beside the message text, and a quote naming its author, as not the message', () => {
    html(`<div class="up-d-story-item with-header" id="story_a1"><div data-test="story-container">
        <div data-test="story-header"><span class="user-name">Maria G.</span></div>
        <div class="story-message"><div data-test="story-message"><p>Fine by me</p></div></div>
        <div class="reply-wrapper"><span class="user-name">Dana W.</span><p>call me on WhatsApp</p></div></div></div>
      <div class="up-d-story-item" id="story_a2"><div data-test="story-container">
        <div class="story-message"><div data-test="story-message"><div class="reply-wrapper"><div data-test="story-header"><span class="user-name">Dana W.</span></div><p>my Skype?</p></div><p>No need</p></div></div></div></div>`);
    expect(roomMessages(document, 'Maria Gomez').map((m) => [m.author, m.text])).toEqual([
      ['Maria G.', 'Fine by me'],
      ['Maria G.', 'No need'],
    ]);
  });

  it('forgets the author at a header without a readable name', () => {
    html(`<div class="up-d-story-item with-header"><div data-test="story-header"><span class="user-name">Maria G.</span></div><div data-test="story-message">one</div></div>
      <div class="up-d-story-item with-header"><div data-test="story-header"><img alt=""></div><div data-test="story-message">two</div></div>
      <div class="up-d-story-item"><div data-test="story-message">three</div></div>`);
    expect(roomMessages(document, 'Maria Gomez').map((m) => [m.text, m.author, m.storyId])).toEqual([
      ['one', 'Maria G.', null],
      ['two', null, null],
      ['three', null, null],
    ]);
  });

  it('still reads the older markup through the fallbacks', () => {
    open('legacy-room');
    expect(roomMessages(document, 'Jen Kowalski').map((m) => [m.author, m.fromCounterpart, m.text])).toEqual([
      ['Jen Kowalski', true, 'Add me on WhatsApp'],
      ['Jen Kowalski', true, 'and send your number'],
      ['You', false, 'sure'],
      ['You', false, 'ok'],
    ]);
  });
});

describe('incomingMessages', () => {
  it.each([
    ['room', 'Jen Kowalski', [0]],
    ['room-name-company', 'Maria Gomez, Acme Ltd', [0, 1, 2, 5, 8, 9]],
    ['room-contract', 'Tom Becker, Northwind GmbH', [0, 4, 5]],
    ['room-offer', 'Olivia Chen, Brightline Studio', [0, 2]],
  ] as const)('%s: the other party’s messages only', (page, title, indexes) => {
    open(page);
    expect(counterpartName(document)).toBe(title);
    const roomId = { room: ROOM_IDS.jen, 'room-name-company': ROOM_IDS.maria, 'room-contract': ROOM_IDS.contract, 'room-offer': ROOM_IDS.offer }[page];
    const story = ids(roomId);
    const incoming = incomingMessages(document, title);
    expect(incoming.map((m) => m.storyId)).toEqual(indexes.map((i) => story[i]));
    expect(Object.keys(incoming[0]!).sort()).toEqual(['item', 'storyId', 'text', 'textElement']);
  });

  it('follows the virtualized list: remounted stories are new elements, authors known once the header is mounted', () => {
    const fixture = open('room-long')!;
    const story = ids(ROOM_IDS.long);
    const index = (id: string | null) => story.indexOf(id!);
    expect(incomingMessages(document, 'Ravi Shah').map((m) => index(m.storyId))).toEqual([45, 46, 49, 50, 51, 53, 54, 57, 58, 59]);
    const before = document.getElementById(story[50]!)!;

    fixture.hooks.scrollUp();
    const up = incomingMessages(document, 'Ravi Shah').map((m) => index(m.storyId));
    expect(up).toContain(41);
    expect(up).not.toContain(50);
    expect(before.isConnected).toBe(false);

    fixture.hooks.scrollDown();
    const after = document.getElementById(story[50]!)!;
    expect(after).not.toBe(before);
    expect(incomingMessages(document, 'Ravi Shah').map((m) => index(m.storyId))).not.toContain(41);
    expect(incomingMessages(document, 'Ravi Shah').some((m) => m.item === after)).toBe(true);
  });

  it('leaves a page with no room alone', () => {
    open('job-feed');
    expect(incomingMessages(document, 'Jen Kowalski')).toEqual([]);
    expect(roomMessages(document, null)).toEqual([]);
  });
});

describe('messageText', () => {
  it('joins paragraphs and breaks with newlines, leaving out sentinels, quotes and our notices', () => {
    html(`<div id="m"><div class="reply-wrapper"><p>quoted</p></div><p>one<br>two</p><p>three<span class="end-of-message"></span></p><pcg-incoming>note</pcg-incoming></div>`);
    expect(messageText(document.getElementById('m')!)).toBe('one\ntwo\nthree');
  });
});

describe('hasContractSignal', () => {
  it.each([
    ['room-contract', true],
    ['workroom', true],
    ['room-offer', false],
    ['room-name-company', false],
    ['room', false],
    ['room-long', false],
    ['job-feed', false],
    ['proposal-apply', false],
  ] as const)('%s → %s', (page, expected) => {
    open(page);
    expect(hasContractSignal(document)).toBe(expected);
  });

  const system = (text: string) => storyHtml({ kind: 'system', id: 'story_s1', text, time: '9:00 AM' });
  const message = (text: string) => storyHtml({ kind: 'message', id: 'story_m1', author: 'Maria G.', header: true, text, time: '9:00 AM' });

  it.each([
    ['Contract started', true, system('Contract started: Inventory dashboard')],
    ['You accepted an offer', true, system('You accepted an offer')],
    ['… accepted the offer', true, system('Dana W. accepted the offer')],
    ['Offer accepted', true, system('Offer accepted')],
    ['… sent an offer', false, system('Maria G. sent an offer')],
    ['Offer sent', false, system('Offer sent')],
    ['… withdrew the offer', false, system('Maria G. withdrew the offer')],
    ['You declined an offer', false, system('You declined an offer')],
    ['a message saying so', false, message('Contract started yet? I accepted an offer elsewhere')],
    ['View contract action', true, '<a data-ev-label="wm_view_contract_action" href="#">View contract</a>'],
  ])('%s → %s', (_label, expected, markup) => {
    html(markup);
    expect(hasContractSignal(document)).toBe(expected);
  });

  it('does not take a story being edited for a system story', () => {
    const fixture = open('room-name-company')!;
    const own = ids(ROOM_IDS.maria)[3]!;
    fixture.hooks.editMessage(own);
    const editor = document.getElementById(own)!.querySelector('[contenteditable="true"]')!;
    editor.textContent = 'Contract started';
    expect(hasContractSignal(document)).toBe(false);
  });
});

describe('looksLikeMessagesPage', () => {
  it.each([
    ['room', true],
    ['room-embedded', true],
    ['room-long', true],
    ['workroom', true],
    ['room-textarea', true],
    ['proposal-apply', false],
    ['proposal-page', false],
    ['job-feed', false],
  ] as const)('%s → %s', (page, expected) => {
    open(page);
    expect(looksLikeMessagesPage(document)).toBe(expected);
  });

  it('is still true when the composer is gone (Upwork may have changed it)', () => {
    open('room');
    document.querySelector('.up-d-composer')!.remove();
    expect(looksLikeMessagesPage(document)).toBe(true);
  });
});
