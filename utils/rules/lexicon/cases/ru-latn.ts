import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Russian in Latin letters (stop 24, fx24-russian).
  { text: 'davay luchshe v vatsape pogovorim, zdes lagaet', expect: ['call'], note: 'a case form of the app after "v"' },
  { text: 'pishite mne v telegu, otvechu bystree', expect: ['call'], note: 'slang name of Telegram' },
  { text: 'sozvonimsya v zoome v chetverg?', expect: ['call'] },
  { text: 'perenesem perepisku na pochtu, tak proshche s faylami', expect: ['call'], note: 'email as the place to talk' },
  { text: 'mozhesh skinut svoy nomer? ya vecherom pozvonyu', expect: ['call', 'contact'], note: 'asks for a number and calls' },
  { text: 'kakoy u tebya skaip?', expect: ['call', 'contact'], note: 'asks for a handle on a talking app' },
  { text: 'perevedu vsyu summu na kartu napryamuyu, bez komissii', expect: ['payment'] },
  { text: 'zaplachu na tinkoff, chtoby ne platit komissiyu ploshchadke', expect: ['payment'], note: 'a Russian bank as the way to pay' },
  { text: 'davaite vstretimsya v kofeyne ryadom s metro', expect: ['call'], note: 'in person' },
  // Ukrainian in Latin letters.
  { text: 'pyshit meni u vaiber, tut nezruchno', expect: ['call'] },
  { text: 'zidzvonymos zavtra u zoom pislya obidu?', expect: ['call'] },
  { text: 'napyshit na poshtu, nadishlyu dokumenty', expect: ['call'] },
  { text: 'perekynu hroshi na kartku privatu napryamu', expect: ['payment'], note: 'PrivatBank card' },
  { text: 'oplatu zrobymo na monobank, bez komisii platformy', expect: ['payment'] },
  // Should not warn: the app as the work, staying here, payments set up on the client's site.
  { text: 'nuzhno napisat bota dlya telegrama s oplatoi cherez kaspi', expect: [], note: 'a bot and its payment integration are the work' },
  { text: 'ya vedu telegram kanal kofeyni, nuzhny posty na nedelyu', expect: [], note: 'a channel as the work' },
  { text: 'net, davaite zdes obshchatsya do nachala kontrakta', expect: [], note: 'a refusal' },
  { text: 'treba nalashtuvaty oplatu cherez monobank na saiti magazynu', expect: [], note: 'a payment integration' },
  { text: 'Zoom e Teams sono già installati sul portatile', expect: [], note: 'Italian: an app name and "e" are not one name' },
  { text: 'what kinda vibe r u going for?', expect: [], note: 'no Viber alias read across words' },
];
