import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'Bonjour Julien, on peut en parler sur WhatsApp ? ce sera plus simple', expect: ['call'] },
  { text: 'Je vous propose un appel Zoom jeudi à 14h pour cadrer le projet', expect: ['call'] },
  { text: 'Appelez-moi au 06 12 34 56 78 quand vous avez un moment', expect: ['call', 'contact'] },
  { text: 'voici mon mail : amelie.dubois.trad@yahoo.fr', expect: ['contact'] },
  { text: 'Tu peux me donner ton numéro de portable stp ?', expect: ['contact'] },
  { text: 'ajoute moi sur telegram @nico_dev75', expect: ['call', 'contact'] },
  { text: 'Je peux vous payer directement par virement bancaire pour éviter les frais d\'Upwork', expect: ['payment'] },
  { text: 'On clôture le contrat ici et on continue en direct, je vous facture par PayPal', expect: ['payment'] },
  { text: 'Mon numéro WhatsApp : +225 07 48 12 93 55, écrivez-moi', expect: ['call', 'contact'], note: 'Côte d\'Ivoire' },
  { text: 'Je cherche un dev pour intégrer l\'API WhatsApp Business à notre CRM', expect: [] },
  { text: 'Il faut développer un bot Discord pour la modération de notre serveur', expect: [] },
  { text: 'Budget : 1 200,00 €, livraison le 03/04/2025, commande n° 55812047', expect: [] },
  { text: 'On peut faire un appel vidéo ici sur Upwork si vous voulez', expect: [] },
  { text: 'Désolé, je ne peux pas partager mon email avant le début du contrat, restons ici', expect: [] },
  { text: 'N\'hésitez pas à me contacter ici à tout moment pour vos questions', expect: [] },
];
