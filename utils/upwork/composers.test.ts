// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findComposers, placementAnchor, sendButtonFor } from './composers';
import { counterpartName, incomingMessages } from './room';

function page(html: string): void {
  document.body.innerHTML = html;
}

const ROOM = `
  <header><h2 data-test="room-title">  Jen   Kowalski </h2></header>
  <div class="up-d-story-list" data-test="story-list">
    <div class="up-d-story-item" data-test="story-container">
      <span data-test="story-sender-name">Jen Kowalski</span>
      <div data-test="story-message">Add me on WhatsApp</div>
    </div>
    <div class="up-d-story-item" data-test="story-container">
      <div data-test="story-message">and send your number</div>
    </div>
    <div class="up-d-story-item" data-test="story-container">
      <span data-test="story-sender-name">You</span>
      <div data-test="story-message">my own reply</div>
    </div>
  </div>
  <div class="up-d-composer">
    <div class="composer"><div class="ProseMirror" contenteditable="true" role="textbox"><p>hi</p></div></div>
    <button class="air3-btn air3-btn-circle" aria-label="Send message">➤</button>
  </div>`;

describe('findComposers', () => {
  beforeEach(() => page(''));

  it('finds the room composer (TipTap contenteditable) and its wrapper and Send button', () => {
    page(ROOM);
    const found = findComposers(document);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('editable');
    expect(found[0]!.element.classList.contains('ProseMirror')).toBe(true);
    expect(placementAnchor(found[0]!.element).classList.contains('up-d-composer')).toBe(true);
    expect(sendButtonFor(found[0]!.element)?.getAttribute('aria-label')).toBe('Send message');
  });

  it('falls back to a bare [role=textbox][contenteditable=true] without Upwork classes', () => {
    page('<div><div role="textbox" contenteditable="true">x</div></div>');
    const found = findComposers(document);
    expect(found.map((c) => c.kind)).toEqual(['editable']);
    expect(placementAnchor(found[0]!.element)).toBe(found[0]!.element);
    expect(sendButtonFor(found[0]!.element)).toBeNull();
  });

  it('counts a nested contenteditable island once, at its outermost editor', () => {
    page('<div class="up-d-composer"><div class="ProseMirror" contenteditable="true"><p><span contenteditable="true">x</span></p></div></div>');
    expect(findComposers(document)).toHaveLength(1);
  });

  it('finds cover letter and screening textareas, skipping read-only and disabled ones', () => {
    page(`
      <section class="cover-letter-area"><textarea id="cl"></textarea></section>
      <section class="fe-proposal-job-questions"><textarea id="q1"></textarea><textarea id="q2" readonly></textarea></section>
      <form><textarea id="job" ></textarea><textarea id="off" disabled></textarea></form>
      <textarea id="g-recaptcha-response"></textarea><textarea id="mirror" aria-hidden="true" tabindex="-1"></textarea>`);
    expect(findComposers(document).map((c) => `${c.kind}:${c.element.id}`)).toEqual(['textarea:cl', 'textarea:q1', 'textarea:job']);
  });

  it('never treats our own elements as composers', () => {
    page('<pcg-warning><textarea></textarea><div role="textbox" contenteditable="true"></div></pcg-warning>');
    expect(findComposers(document)).toEqual([]);
  });

  it('leaves a page that matches none of the selectors alone', () => {
    page('<main><p>Find work</p><input type="text"><div contenteditable="false">static</div></main>');
    expect(findComposers(document)).toEqual([]);
    expect(counterpartName(document)).toBeNull();
    expect(incomingMessages(document, null)).toEqual([]);
  });

  it('does not borrow a Send button from outside the composer wrapper', () => {
    page('<button aria-label="Send proposal">Send</button><section class="cover-letter-area"><textarea></textarea></section>');
    expect(sendButtonFor(findComposers(document)[0]!.element)).toBeNull();
  });
});

describe('room reading', () => {
  it('reads the counterpart name from the room title, whitespace collapsed', () => {
    page(ROOM);
    expect(counterpartName(document)).toBe('Jen Kowalski');
  });

  it('returns the other party’s messages, inheriting the sender on grouped messages, never mine', () => {
    page(ROOM);
    expect(incomingMessages(document, 'Jen Kowalski').map((m) => m.text)).toEqual(['Add me on WhatsApp', 'and send your number']);
  });

  it('uses explicit incoming markers when the sender is unknown', () => {
    page(`<div class="story-item" data-direction="incoming"><div class="story-message">call me</div></div>
          <div class="story-item"><div class="story-message">mine</div></div>`);
    expect(incomingMessages(document, null).map((m) => m.text)).toEqual(['call me']);
  });
});
