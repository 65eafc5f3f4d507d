/**
 * French (France, Belgium, Canada, West Africa): "tu" and "vous", SMS spellings ("stp", "tel"),
 * and accentless variants.
 *
 * NOTE: Lexicon has no field for local names of apps and payment services ("whatsap", "Lydia",
 * "Wave", "Orange Money"…). They are exported as `localChannels` (label → aliases) for the engine.
 * NOTE: Lexicon has no field for tens and hundreds, but phone numbers are often read in
 * groups ("zéro six, douze, trente-quatre"); `digits` covers only single digits, so such
 * spelled-out numbers are missed.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['whatsap', 'watsap', 'wats'],
    Telegram: ['télégram', 'telegramme'],
  },
  payment: {
    Lydia: ['lydia'],
    Paylib: ['paylib'],
    'Orange Money': ['orange money'],
    Wave: ['wave'],
    Interac: ['virement interac', 'interac'],
  },
};

/**
 * NOTE: Lexicon has no field for the local words people type for "@" and "." to hide an email
 * address ("julie arobase gmail point com"); the engine's at/dot folding can take these.
 */
export const emailWords: { at: string[]; dot: string[] } = {
  at: ['arobase', 'arobas'],
  dot: ['point'],
};

export const lexicon: Lexicon = {
  lang: 'fr',
  name: 'French',
  talk: [
    'on en parle sur', 'on se parle sur', 'on parle sur', 'parlons sur', 'parlons-en sur', 'discutons sur',
    'on discute sur', 'discuter sur', 'continuons sur', 'on continue sur', 'continuer sur', 'on passe sur',
    'passons sur', 'écris-moi sur', 'écrivez-moi sur', 'écris moi sur', 'envoie-moi un message sur',
    'envoyez-moi un message sur', 'contacte-moi sur', 'contactez-moi sur', 'contactez-moi via',
    'ajoute-moi sur', 'ajoutez-moi sur', 'ajoute moi sur', 'rejoins-moi sur', 'retrouvez-moi sur',
    'tu me trouves sur', 'vous me trouverez sur', 'joignable sur', 'me joindre sur', 'me joindre via', 'dispo sur', 'un appel sur', 'un appel via',
    'appel zoom', 'un call sur', 'visio sur', 'une visio sur', 'en visio sur', 'visioconférence sur',
    'réunion sur', 'une réunion sur', 'entretien sur', 'un entretien sur', 'rendez-vous sur', 'on se voit sur',
    'on s\'appelle sur', 'je t\'écris sur', 'je vous écris sur', 'je t\'ajoute sur',
  ],
  phoneCall: [
    'un petit appel', 'passer un coup de fil', 'se fait un tel', 'se faire un tel', 'se fait un appel', 'se faire un appel',
    'se fait un call', 'se faire un call', 'un petit tel', 'un petit coup de tel',
    'appelle-moi', 'appelez-moi', 'appelle moi', 'appelez moi', 'tu peux m\'appeler', 'vous pouvez m\'appeler',
    'je t\'appelle', 'je vous appelle', 'je peux t\'appeler', 'je peux vous appeler', 'on s\'appelle',
    'passe-moi un coup de fil', 'un coup de fil', 'un coup de téléphone', 'par téléphone', 'au téléphone',
    'appel téléphonique', 'envoie-moi un sms', 'envoyez-moi un sms', 'envoie moi un texto', 'je t\'envoie un sms',
    'bipe-moi', 'me joindre au', 'joignable au', 'me joindre par téléphone',
  ],
  inPerson: [
    'se voir dans un café', 'se retrouver dans un café', 'se retrouver autour d\'un café', 'nous rencontrer à notre bureau', 'nous rencontrer à mon bureau', 'nous rencontrer', 'se voir au bureau', 'se voir à mon bureau', 'passer au bureau', 'passez nous voir', 'venir au bureau', 'un café pour en discuter',
    'en personne', 'en présentiel', 'se rencontrer', 'se voir en vrai', 'on se voit en vrai', 'boire un café',
    'prendre un café', 'autour d\'un café', 'passe à mon bureau', 'passez à mon bureau', 'venez au bureau',
    'rendez-vous physique', 'réunion physique', 'de visu',
  ],
  elsewhere: [
    'plutôt que de passer par upwork', 'plutôt que par upwork', 'au lieu de passer par upwork',
    'écris moi par mail', 'écrivez moi par mail', 'écris moi un mail', 'écrivez moi un mail', 'envoie moi un mail', 'envoyez moi un mail', 'contactez moi par mail', 'contacte moi par mail', 'continuons par mail', 'par mail plutôt',
    'hors upwork', 'hors d\'upwork', 'en dehors d\'upwork', 'en dehors de upwork', 'hors de la plateforme',
    'en dehors de la plateforme', 'hors plateforme', 'quitter upwork', 'sortir d\'upwork',
    'sans passer par upwork', 'sans upwork', 'continuons ailleurs', 'on continue ailleurs', 'parlons ailleurs',
    'par un autre moyen', 'sur une autre appli', 'en privé', 'en mp', 'par mp', 'en dm', 'échangeons par mail',
    'on continue par mail',
  ],
  contactNouns: [
    'vous contacter', 'te contacter', 'vous joindre', 'te joindre', 'contacter directement',
    'numéro', 'numéro de téléphone', 'numéro de portable', 'num', 'tel', 'tél', 'téléphone', 'portable',
    'mobile', 'email', 'e-mail', 'mail', 'adresse mail', 'adresse e-mail', 'courriel', 'adresse courriel',
    'contact', 'coordonnées', 'identifiant', 'nom d\'utilisateur', 'id', 'ton pseudo', 'votre pseudo',
  ],
  contactAsk: [
    'comment puis je', 'comment je peux', 'comment peut on', 'comment pourrais je', 'meilleur moyen de', 'le meilleur moyen de', 'un moyen de', 'comment faire pour',
    'quel est ton', 'quel est votre', 'quelle est ton', 'quelle est votre', 'c\'est quoi ton', 'c\'est quoi votre',
    'donne-moi ton', 'donnez-moi votre', 'donne moi ton', 'tu peux me donner ton', 'pouvez-vous me donner votre',
    'pourriez-vous me donner votre', 'envoie-moi ton', 'envoyez-moi votre', 'tu peux m\'envoyer ton',
    'partage ton', 'partagez votre', 'laisse-moi ton', 'laissez-moi votre', 'file-moi ton', 'passe-moi ton',
    'voici mon', 'voici ma', 'voilà mon', 'voilà ma', 'mon', 'ma', 'je te laisse mon', 'je vous laisse mon',
    'je te donne mon', 'je vous donne mon', 'je t\'envoie mon', 'note mon', 'notez mon',
    'vous avez', 'tu as', 't\'as', 'as-tu', 'avez-vous',
  ],
  payment: [
    'je te règle en direct', 'je vous règle en direct', 'régler en direct', 'en direct sans upwork', 'par chèque',
    'te payer directement', 'vous payer directement', 'je te paie directement', 'je vous paie directement',
    'paiement direct', 'payer en direct', 'payer hors upwork', 'paiement hors upwork', 'paiement en dehors',
    'virement bancaire', 'par virement', 'virement direct', 'mon rib', 'ton rib', 'votre rib',
    'éviter les frais', 'éviter les frais d\'upwork', 'éviter la commission', 'économiser les frais',
    'sans les frais d\'upwork', 'sans commission', 'clôturer le contrat et continuer en direct',
    'fermer le contrat ici et continuer en direct', 'facturer directement', 'facturez directement ma société',
    'je vous facture directement', 'en espèces', 'en liquide', 'en cash', 'en crypto', 'en usdt', 'iban',
  ],
  payVerbs: [
    'je te règle', 'je vous règle',
    'payer', 'te payer', 'vous payer', 'je te paie', 'je vous paie', 'je paie par', 'paiement par',
    'paiement via', 'régler', 'régler par', 'virer', 'je te vire', 'je vous vire', 'envoyer l\'argent',
    'je t\'envoie l\'argent', 'facturer', 'facturer par', 'encaisser', 'recevoir le paiement', 'tu acceptes',
    'vous acceptez',
  ],
  onUpwork: [
    'ici sur upwork', 'sur upwork', 'via upwork', 'par upwork', 'à travers upwork', 'dans upwork', 'par ici',
    'ici même', 'dans ce chat', 'sur ce chat', 'messagerie upwork', 'la messagerie d\'upwork', 'appel upwork',
    'sur la plateforme', 'via la plateforme', 'dans la plateforme',
  ],
  refusal: [
    'pas de paiement hors', 'je décline', 'je refuse', 'je n\'accepte pas', 'je n accepte pas', 'je ne travaille pas hors', 'je ne paie pas hors',
    'je ne peux pas partager', 'je ne peux pas donner', 'je peux pas donner', 'je ne peux pas vous donner',
    'pas autorisé', 'non autorisé', 'pas permis', 'interdit', 'contre les règles', 'contraire aux règles',
    'règles d\'upwork', 'conditions d\'upwork', 'politique d\'upwork', 'une fois le contrat commencé',
    'quand le contrat commencera', 'après le début du contrat', 'après le contrat', 'dès que le contrat démarre',
    'restons ici', 'restons sur upwork', 'je préfère rester ici', 'gardons la discussion ici', 'je ne partage pas',
    'risque de suspension',
  ],
  digits: [
    ['zéro'], ['un', 'une'], ['deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf'],
  ],
  bigNumbers: {
    10: ['dix'], 11: ['onze'], 12: ['douze'], 13: ['treize'], 14: ['quatorze'], 15: ['quinze'], 16: ['seize'],
    20: ['vingt', 'vingts'], 30: ['trente'], 40: ['quarante'], 50: ['cinquante'], 60: ['soixante'], 100: ['cent'],
  },
  workSubject: [
    'sdk', 'intégrer', 'd\'intégrer', 'intégration', 'l\'intégration', 'api', 'l\'api', 'd\'api', 'l\'application',
    'l\'appli', 'bot', 'chatbot', 'appli', 'plugin', 'migration', 'migrer', 'paiement en ligne',
    'passerelle de paiement', 'checkout', 'boutique en ligne', 'serveur', 'canal', 'automatisation',
    'automatiser', 'webhook', 'développer', 'développement', 'configurer', 'modération', 'campagne',
    'marketing', 'emailing', 'modèle', 'template', 'bouton', 'widget', 'clone', 'publicités', 'validation',
    'formulaire', 'champ', 'base de données', 'newsletter', 'expérience avec', 'expérience en',
    'travaillé avec', 'bots', 'chatbots', 'intégrations', 'notifications', 'rappels', 'abonnés', 'publications',
    'enregistrement', 'enregistrements', 'transcription', 'plugins', 'webhooks', 'développeur', 'implémenter',
    'pour entreprises', 'business api', 'une app', 'une application',
  ],
  near: ['appel', 'visio', 'réunion', 'chat', 'parler', 'message', 'ajoute'],
  feeHints: ['frais'],
  words: {
    negation: ['pas', 'non', 'jamais'],
    shareOrUseStems: ['utilis', 'donn'],
    upworkNegator: ['pas', 'non', 'sans', 'au lieu'],
    routeNegator: ['sans'],
    routeWords: ['par'],
    here: ['ici'],
    pastJobAdjective: ['dernier', 'precedent', 'précédent', 'ancien'],
    pastJobNoun: ['job', 'emploi', 'poste', 'entreprise'],
    workStems: ['integr', 'automat'],
    reportingVerbs: ['demande', 'demandé', 'demandait'],
    reportedTarget: ['moi', 'nous'],
    objectClitics: ['m', 'a'],
    speakers: ['je', 'nous'],
    orderWords: ['commande', 'facture', 'dossier', 'référence', 'réf', 'colis'],
    numberNouns: ['numero'],
    phoneNouns: ['téléphone'],
    referenceNouns: ['suivi', 'commandes'],
    channelPrepositions: ['sur', 'par', 'en'],
    appPrepositions: ['sur'],
    yourWords: ['ton', 'tes', 'votre', 'vos'],
    sendStems: ['envoi', 'donne', 'passe'],
    myWords: ['mon', 'ma'],
    directly: ['directement'],
    payStems: ['payer', 'paiement', 'factur', 'virement'],
    payoutStems: ['retrait', 'retire', 'retirer'],
    avoidStems: ['evit', 'econom'],
    feeStems: ['frais', 'commission'],
    platformStems: ['plateforme'],
    payLinkPrepositions: ['par', 'en'],
    callMePronouns: ['moi'],
    notANameAfterCallMe: ['demain', 'ce', 'après', 'maintenant', 'lundi', 'au', 'a', 'en', 'sur', 'et'],
    nameFillers: ['juste', 'simplement'],
    callMeButWords: ['mais'],
    contractStems: ['contrat', 'factur', 'accord', 'projet'],
    contactVerbStems: ['contactez', 'contacte'],
    emailAt: ['arobase'],
    emailDot: ['point'],
    socialCueStems: ['ecri', 'écri'],
    without: ['sans'],
    idNouns: ['utilisateur'],
    idFillers: ['est', 'c', 'cest', 'é'],
    ownIdNouns: ['utilisateur', 'pseudo', 'compte'],
    copula: ['est'],
    iAm: ['suis'],
    numberOrPhoneNouns: ['numero'],
    firstPerson: ['mon'],
    numberWorkStems: ['fictif', 'fictive', 'factice'],
    callStems: ['appel'],
    calledPerson: ['moi', 'nous'],
    offerPossessives: ['mon'],
  },
};
