/**
 * Persian typed in Latin letters ("Finglish", "Pinglish"), as Iranians and Afghans chat when the
 * keyboard has no Persian layout: "shomaret ro bede" (give your number), "zang bezan" (call),
 * "pool ro mifrestam" (I'll send the money). Spellings drift ("oo"/"u", "gh"/"q", "kh"/"x"), so
 * the common forms are listed side by side.
 *
 * NOTE: the object marker "ro"/"o" and possessives are glued or apart ("shomareto", "shomaret ro");
 * phrases hold both. The verb comes last ("to telegram payam bede"): `talk` entries end in the verb,
 * the engine finds the app on its own.
 * NOTE: short words that are English or Spanish ("do" = two, "se" = three, "to" = in, "ba" = with)
 * are kept out of the one-word classes, which every language reads.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    Telegram: ['telegramam', 'telegramet', 'telegrametoon', 'telegrametun'],
    WhatsApp: ['vatsap', 'vatsapp', 'whatsappam', 'whatsappet'],
    Instagram: ['instam', 'instat', 'instagramam', 'instagramet'],
  },
  payment: {},
};

export const lexicon: Lexicon = {
  lang: 'fa-latn',
  name: 'Persian (Latin script)',
  talk: [
    'harf bezanim', 'harf mizanim', 'sohbat konim', 'sohbat mikonim', 'chat konim', 'chat mikonim', 'payam bede',
    'payam bedid', 'payam bedin', 'pm bede', 'pm bedid', 'pv bede', 'pv bedid', 'bia pv', 'biain pv', 'biyaid pv',
    'oonja harf bezanim', 'unja harf bezanim', 'oonja sohbat konim', 'unja sohbat konim', 'add am kon', 'addam kon',
    'add konid', 'video call bezanim', 'tamas tasviri',
  ],
  phoneCall: [
    'zang bezan', 'zang bezanid', 'zang bezanin', 'zang mizanam', 'zang mizanim', 'behet zang mizanam',
    'behetoon zang mizanam', 'behem zang bezan', 'bahat tamas migiram', 'tamas begir', 'tamas begirid',
    'telefoni harf bezanim', 'telefoni sohbat konim', 'call bezanim', 'kal bezanim', 'ye call bezanim',
  ],
  inPerson: [
    'hozoori bebinim', 'hozuri bebinim', 'hamdigaro bebinim', 'hamdigeh ro bebinim', 'bebinamet', 'bebinamesh',
    'ye ghahve bokhorim', 'ye qahve bokhorim', 'bia daftar', 'biyaid daftar', 'biain daftar', 'too kafe bebinim',
  ],
  elsewhere: [
    'kharej az upwork', 'biroon az upwork', 'birun az upwork', 'bedoon upwork', 'bedune upwork', 'bedun upwork',
    'upwork nemikhad', 'upwork nemikhaad', 'bikhiale upwork', 'bikhial upwork', 'bi upwork',
  ],
  contactNouns: [
    'shomare', 'shomarat', 'shomaret', 'shomareto', 'shomaretoon', 'shomare mobile', 'shomare mobail',
    'shomare telefon', 'shomare tamas', 'mobileto', 'mobilet', 'shomare mobileto', 'emailet', 'emaileto', 'emailetoono', 'emailetoon', 'emailetun', 'emailam', 'imeilet', 'idit', 'aydit',
    'aydiet', 'ayditoon', 'adres emailet',
  ],
  contactAsk: [
    // "bede" alone is Polish "będę" (I will) once folded: the verb of giving only after the object marker or a pronoun.
    'ro bede', 'ro bedi', 'ro bedid', 'ro bedin', 'befrest', 'befresti', 'befrestid', 'befrestin', 'chie', 'chiye', 'chiyeh', 'mishe bedi', 'mishe bedid',
    'baram befrest', 'behem bede', 'behem bedid',
  ],
  payment: [
    'pool ro mifrestam', 'pool ro mirizam', 'pool ro variz mikonam', 'poolo mifrestam', 'poolo mirizam', 'pulo mifrestam',
    'pul ro mifrestam', 'kart be kart', 'shomare kart', 'shomare hesab', 'shomare shaba', 'variz mikonam',
    'mostaghim pardakht', 'pardakht mostaghim', 'mostaghim mifrestam', 'mostaghim variz', 'ba usdt mifrestam',
    'ba tether mifrestam', 'ba crypto pardakht', 'naghd midam', 'naqd midam', 'pool ro mostaghim',
  ],
  payVerbs: ['pardakht', 'variz', 'mifrestam', 'mirizam', 'pool', 'pul'],
  onUpwork: ['to upwork', 'tu upwork', 'too upwork', 'dakhel upwork', 'az tarigh upwork', 'az tarighe upwork', 'hamin ja', 'hamin jaa', 'hamin chat'],
  refusal: [
    'nemitoonam', 'nemitunam', 'nemidam', 'nemidim', 'na mamnoon', 'na merci', 'hamin ja bemoonim', 'hamin ja bemunim',
    'to upwork bemoonim', 'tu upwork bemunim', 'ghavanin upwork', 'qavanin upwork',
  ],
  digits: [['sefr'], ['yek', 'yeki'], [], [], ['chahar', 'chaar'], ['panj'], ['shish', 'shesh'], ['haft'], ['hasht'], ['noh']],
  // Only Persian words: the English ones ("site", "app") and Turkish "proje" every language reads, and as work words they would quiet English rows.
  workSubject: ['projeh', 'tarh', 'maghale'],
  words: {
    negation: ['nemitoonam', 'nemitunam', 'nemidam', 'nemikham', 'nemikhaam'],
    numberNouns: ['shomare'],
    numberOrPhoneNouns: ['shomare'],
    talkStems: ['sohbat'],
    sendStems: ['befrest', 'befresti', 'befrestid', 'mifrestam'],
    moneyWords: ['pool', 'pul'],
    thanksWords: ['mersi', 'mamnoon', 'mamnun', 'merci'],
  },
};
