import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Should warn (fx36-nordic): a phone call, contact details asked for or given, talk moved to an app, a meeting, paying outside Upwork.
  { text: "Soita minulle huomenna aamupäivällä, niin sovitaan loput", expect: ['call'] },
  { text: "Voisitko soittaa minulle iltapäivällä?", expect: ['call'] },
  { text: "Soitan sinulle huomenna aamulla", expect: ['call'], note: "\"soitan sinulle huomenna kymmeneltä\" is found by the rules and vetoed by the verifier, which has seen no Finnish" },
  { text: "Mikä on sähköpostiosoitteesi?", expect: ['contact'] },
  { text: "Lähetä puhelinnumerosi, niin otan yhteyttä", expect: ['contact'] },
  { text: "Numeroni on 040 718 2233, laita viestiä", expect: ['call', 'contact'] },
  { text: "Kirjoita minulle WhatsAppissa, se on nopeampaa", expect: ['call'] },
  { text: "Jatketaan Signalissa, täällä viestit kulkevat hitaasti", expect: ['call'] },
  { text: "Mennään kahville ja käydään suunnitelma läpi", expect: ['call'] },
  { text: "Voidaan tavata toimistollani Tampereella ensi viikolla", expect: ['call'] },
  { text: "Maksan sinulle suoraan MobilePaylla Upworkin ulkopuolella, ei palkkiota", expect: ['payment'] },
  { text: "Maksan loput suoraan Siirrolla, niin säästetään palkkio", expect: ['payment'] },
  { text: "Mikä on IBAN-numerosi? Maksan suoraan tilillesi", expect: ['payment'] },
  { text: "Lähetä tilinumerosi, niin maksan sinulle suoraan", expect: ['payment'] },
  { text: "Hoidetaan maksu alustan ulkopuolella", expect: ['payment'] },
  // Should not warn: the payment apps as the work, refusals, Upwork's own calls, ordinary words.
  { text: "Tarvitsemme verkkokauppaan MobilePay-integraation", expect: [] },
  { text: "Sovelluksen pitää ottaa vastaan maksuja MobilePaylla ja kortilla", expect: [] },
  { text: "En valitettavasti voi jakaa numeroani, pysytään täällä Upworkissa", expect: [] },
  { text: "En ota vastaan maksuja Upworkin ulkopuolella, se on vastoin sääntöjä", expect: [] },
  { text: "Voidaan pitää videopuhelu täällä Upworkissa huomenna", expect: [] },
  { text: "Tiedostojen siirto palvelimelle on vielä kesken", expect: [] },
  { text: "Lähetin sähköpostia toimittajalle eilen", expect: [] },
  { text: "Kiitos tarjouksesta! Milloin voit aloittaa?", expect: [] },
  { text: "Budjetti on 900 euroa ja toimitus kahden viikon päästä", expect: [] },
  { text: "Tilausnumero 66310472 puuttuu järjestelmästä", expect: [] },
  { text: "Olen toimistollani koko päivän, vastaan illalla", expect: [] },
  { text: "Sivuston pitää toimia myös puhelimessa", expect: [] },
];
