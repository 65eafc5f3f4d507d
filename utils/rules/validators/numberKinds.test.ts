import { describe, expect, it } from 'vitest';
import { notPhoneReason, type NumberShape } from './numberKinds';

const shape = (groups: string[], seps: string[], extra: Partial<NumberShape> = {}): NumberShape => ({
  groups,
  seps,
  before: '',
  after: '',
  prevWord: '',
  prevWords: '',
  ...extra,
});

describe('notPhoneReason', () => {
  it.each<[string, NumberShape, string]>([
    ['a date', shape(['2024', '01', '15'], ['-', '-']), 'date'],
    ['a European date', shape(['15', '03', '2025'], ['.', '.']), 'date'],
    ['an IP address', shape(['203', '0', '113', '45'], ['.', '.', '.']), 'ip'],
    ['an amount with thousands', shape(['1', '250', '000'], [',', ',']), 'amount'],
    ['an ISBN', shape(['978', '1', '4028', '9462', '6'], ['-', '-', '-', '-']), 'isbn'],
    ['a price', shape(['1250000'], [], { before: 'only $' }), 'price'],
    ['an order number', shape(['4471', '8820', '193'], ['-', '-'], { before: '#' }), 'id'],
    ['a job id', shape(['021873465512'], [], { prevWord: 'id', prevWords: 'job id' }), 'id'],
    ['a serial after an invoice word', shape(['2025', '0093'], ['-']), 'id'],
    ['a postal code nearby', shape(['01310', '100'], ['-'], { before4: ['cep'] }), 'id'],
    ['a dimension', shape(['1920'], [], { after: 'x1080' }), 'quantity'],
    ['a range of batch numbers', shape(['7710', '7725'], ['-']), 'range'],
    ['a range of round thousands', shape(['30000', '40000'], ['-']), 'range'],
    ['milestone amounts split by slashes', shape(['500', '1200', '800'], ['/', '/']), 'amount'],
    ['an amount with a currency code after', shape(['12', '750', '000'], ['', ''], { after: ' vnd per' }), 'price'],
    ['an amount with a currency code before', shape(['9', '800', '000'], ['', ''], { before: 'idr ' }), 'price'],
    ['a CIDR block', shape(['10', '0', '2', '0', '24'], ['.', '.', '.', '/']), 'ip'],
    ['an IP address with a port', shape(['10', '0', '2', '15', '6379'], ['.', '.', '.', ':']), 'ip'],
    ['a range of the last octet', shape(['198', '51', '100', '20', '29'], ['.', '.', '.', '-']), 'ip'],
    ['a spaced range ending on a dotted octet', shape(['10', '1', '1', '21', '24'], ['.', '.', '.', ' - .']), 'ip'],
    ['a range of two whole addresses', shape(['172', '16', '4', '10', '172', '16', '4', '19'], ['.', '.', '.', '–', '.', '.', '.']), 'ip'],
    ["a ship's IMO number", shape(['9074729'], [], { prevWord: 'imo', before4: ['vessel', 'imo'] }), 'vessel id'],
    ["a freight container's code: owner and category letters, six digits, a check digit", shape(['555012', '7'], ['-'], { prevWord: 'msku' }), 'container id'],
    ['a container code with the check digit joined', shape(['5554320'], [], { prevWord: 'tghu' }), 'container id'],
    ['a part code with a letter suffix', shape(['4410', '3307'], ['-'], { after: '-c for the' }), 'id'],
    ['a code with a letter prefix', shape(['55120987'], [], { before: ' ups-' }), 'id'],
    ['a placeholder with letters for the last digits', shape(['555', '010'], [' ', '-'], { after: '-xxxx' }), 'id'],
    ['an ID word, then a word for number', shape(['7731', '2204'], ['-'], { before4: ['spare', 'part', 'number'] }), 'id'],
    ['a tariff code: four digits, two, then up to four, joined by dots', shape(['8471', '30', '0100'], ['.', '.']), 'id'],
    ['a tariff code of four pairs', shape(['3926', '90', '99', '90'], ['.', '.', '.']), 'id'],
    ['a calendar version', shape(['2024', '11', '07', '3'], ['.', '.', '.']), 'id'],
    ['a grant number opening with a year and a slash', shape(['2021', '08812', '4'], ['/', '-']), 'id'],
    ['opening hours with dotted minutes', shape(['07', '30', '15', '45'], ['.', '-', '.']), 'time'],
    ['two shifts of opening hours', shape(['8', '00', '12', '00', '13', '30', '17', '00'], ['.', '-', '.', '', '.', '-', '.']), 'time'],
    ['compact hours', shape(['0830', '1715'], ['-']), 'time'],
    ['bare hours beside two short day names', shape(['8', '13', '15', '19'], ['-', '', '-'], { before4: ['open', 'mon', 'sat'] }), 'time'],
    ['bare hours beside a full day name after them', shape(['10', '14', '16', '20'], ['-', '', '-'], { after4: ['sabtu', 'saja'] }), 'time'],
    ['a day, a dash, then a full date', shape(['3', '17', '10', '2025'], ['-', '.', '.']), 'date'],
    ['two day-and-month dates with closing dots', shape(['27', '12', '03', '01'], ['.', '.-', '.']), 'date'],
    ['two month/day dates', shape(['11', '28', '12', '02'], ['/', '-', '/']), 'date'],
    ['a serial stamped with year, month and day', shape(['2023', '0412', '66120'], ['-', '-']), 'id'],
    ['a serial after a full date', shape(['2024', '11', '03', '7781'], ['-', '-', '-']), 'id'],
    ['a serial after a year and month', shape(['2022', '07', '55190'], ['-', '-']), 'id'],
    ['a reference noun labelled a few words back', shape(['3920', '1187', '4406'], ['', ''], { before8: ['el', 'numero', 'de', 'seguimiento', 'de', 'dhl', 'es'] }), 'id'],
    ['a code glued to a mixed letter and digit segment (an ISRC)', shape(['25', '00481'], ['-'], { before: 'b-x9z-' }), 'id'],
    ['the second half of decimal map coordinates', shape(['0', '1276'], ['.'], { before: '072, -', before4: ['at', '51', '5072'] }), 'coordinates'],
    ['the first half of decimal map coordinates', shape(['51', '5072'], ['.'], { after: ', -0.1276 ' }), 'coordinates'],
    ['three dashed groups of four, no trunk zero (a friend code)', shape(['3141', '5926', '5358'], ['-', '-']), 'id'],
    ['a certificate number', shape(['001987654321'], [], { prevWord: 'number', before4: ['dbs', 'certificate', 'number'], before8: ['dbs', 'certificate', 'number'] }), 'id'],
  ])('%s', (_name, s, reason) => {
    expect(notPhoneReason(s)).toBe(reason);
  });

  it('lets phone-shaped numbers through', () => {
    expect(notPhoneReason(shape(['415', '555', '0187'], ['-', '-']))).toBe('');
    // Four letters ending in U before a phone's groups, or six digits and a check digit after an
    // ordinary word: no container code.
    expect(notPhoneReason(shape(['555', '0123'], [' '], { prevWord: 'menu' }))).toBe('');
    expect(notPhoneReason(shape(['555012', '7'], ['-'], { prevWord: 'call' }))).toBe('');
    // Not round, or not split by slashes: may be a phone number.
    expect(notPhoneReason(shape(['0803', '5000'], ['-']))).toBe('');
    expect(notPhoneReason(shape(['0300', '1234567'], ['/']))).toBe('');
    // A year-like first group without a month after it, or written with spaces, says nothing.
    expect(notPhoneReason(shape(['2012', '345', '6789'], ['-', '-']))).toBe('');
    expect(notPhoneReason(shape(['2024', '0918', '7763'], [' ', ' ']))).toBe('');
    expect(notPhoneReason(shape(['7700', '900431'], [''], { prevWord: 'is' }))).toBe('');
    // A word for a phone is nearer than the order word: still a phone.
    expect(notPhoneReason(shape(['0803', '555', '1234'], ['', ''], { before4: ['order', 'call', 'me', 'on'] }))).toBe('');
    // A word for a phone glued by a hyphen, or anywhere before a reference noun: still a phone.
    expect(notPhoneReason(shape(['0803', '555', '1234'], ['-', '-'], { before: ' tel-' }))).toBe('');
    // Dots after a trunk zero or a group of three: a phone number, not a tariff code.
    expect(notPhoneReason(shape(['0171', '555', '0192'], ['.', '.']))).toBe('');
    expect(notPhoneReason(shape(['0475', '12', '34', '56'], ['.', '.', '.']))).toBe('');
    expect(notPhoneReason(shape(['555', '123', '4567'], ['.', '.']))).toBe('');
    // A country code first: the shape of the rest says nothing.
    expect(notPhoneReason(shape(['2021', '08812', '4'], ['/', '-'], { plus: true }))).toBe('');
    // Bare hours need a day of the week beside them; a lone short name is too often another word.
    expect(notPhoneReason(shape(['8', '13', '15', '19'], ['-', '', '-']))).toBe('');
    expect(notPhoneReason(shape(['8', '13', '15', '19'], ['-', '', '-'], { before4: ['i', 'sat', 'at'] }))).toBe('');
    // Groups past a clock's hours or a calendar's days are no hours and no dates.
    expect(notPhoneReason(shape(['0171', '555', '0192'], ['-', '-'], { before4: ['mon', 'fri'] }))).toBe('');
    expect(notPhoneReason(shape(['06', '12', '34', '56', '78'], ['-', '-', '-', '-']))).toBe('');
    const words = ['my', 'whatsapp', 'account', 'number'];
    expect(notPhoneReason(shape(['0803', '555', '1234'], ['', ''], { before4: words, before8: words }))).toBe('');
  });
});

describe('shapes near the ID shapes stay phone numbers', () => {
  it('4-4-4 after a trunk zero or a plus', () => {
    expect(notPhoneReason(shape(['0812', '5550', '7731'], ['-', '-']))).toBe('');
    expect(notPhoneReason(shape(['6281', '2555', '0773'], ['-', '-'], { plus: true }))).toBe('');
  });
  it('a dotted number with no coordinate beside it', () => {
    expect(notPhoneReason(shape(['555', '0148'], ['.'], { before: 'me at ', before4: ['call', 'me', 'at'] }))).toBe('');
  });
  it('a letters-only glued word that is a phone word', () => {
    expect(notPhoneReason(shape(['0803', '555', '1234'], ['', ''], { before: ' tel-' }))).toBe('');
  });
});

describe('apps keyed by phone number (channels.ts keyedByPhone) make the number a phone', () => {
  // Each name comes from the channel table or a lexicon's local nicknames, none from a code list.
  it.each([['viber'], ['zalo'], ['телеграм'], ['zapzap'], ['微信'], ['扣扣']])('%s, then an account word', (app) => {
    const words = ['order', app, 'account', 'number'];
    expect(notPhoneReason(shape(['0803', '555', '1234'], ['', ''], { before4: words, before8: words }))).toBe('');
  });

  it('an app that is not keyed by phone (Slack) leaves the ID reading', () => {
    const words = ['slack', 'order', 'number'];
    expect(notPhoneReason(shape(['0803', '555', '1234'], ['', ''], { before4: words, before8: words }))).toBe('id');
  });
});

describe('not a vessel number', () => {
  it('seven digits after imo with a wrong check digit may be a phone number', () => {
    expect(notPhoneReason(shape(['9074728'], [], { prevWord: 'imo', before4: ['on', 'imo'] }))).toBe('');
  });
});
