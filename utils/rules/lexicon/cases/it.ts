import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'Ciao Marco, sentiamoci su WhatsApp così facciamo prima', expect: ['call'] },
  { text: 'Possiamo fare una videochiamata su Google Meet domani alle 11?', expect: ['call'] },
  { text: 'Mi chiami pure al 347 123 4567 nel pomeriggio', expect: ['call', 'contact'] },
  { text: 'la mia mail è giulia.ferri.design@libero.it', expect: ['contact'] },
  { text: 'mi lasci il suo numero di cellulare per favore?', expect: ['contact'] },
  { text: 'scrivimi su telegram, mi trovi come @ale_rossi_dev', expect: ['call', 'contact'] },
  { text: 'Preferirei pagarti direttamente con bonifico bancario per evitare le commissioni', expect: ['payment'] },
  { text: 'Chiudiamo il contratto qui e continuiamo direttamente, ti pago con PayPal', expect: ['payment'] },
  { text: 'Il mio numero è +39 06 1234 5678, chiamami quando vuoi', expect: ['call', 'contact'] },
  { text: 'Cerco uno sviluppatore per integrare le API di WhatsApp Business nel gestionale', expect: [] },
  { text: 'Serve un bot Telegram che invii le notifiche degli ordini del negozio', expect: [] },
  { text: 'Preventivo: 980,00 €, consegna entro il 14/06/2025, ordine n. 30219874', expect: [] },
  { text: 'Possiamo fare una chiamata qui su Upwork quando vuoi', expect: [] },
  { text: 'Mi dispiace, non posso condividere il mio numero prima che inizi il contratto, restiamo qui', expect: [] },
  { text: 'Configurare il checkout con PayPal e Satispay nel negozio online', expect: [] },
];
