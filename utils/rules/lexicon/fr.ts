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
    // Meta's messenger named by its owner ("on continue sur la messagerie de Meta").
    Messenger: ['messagerie de meta', 'messagerie meta'],
  },
  payment: {
    Lydia: ['lydia'],
    Paylib: ['paylib'],
    // Its brand colour with an app noun ("je paie par appli orange"): in French only the operator's app.
    'Orange Money': ['orange money', 'appli orange'],
    Wave: ['wave'],
    Interac: ['virement interac', 'interac'],
  },
};

export const lexicon: Lexicon = {
  lang: 'fr',
  name: 'French',
  talk: [
    // Répondre à une adresse ou « là-bas » (fx36b-reply) : « réponds-moi à ana@… », « répondez-moi là-bas ».
    'réponds-moi à', 'répondez-moi à', 'réponds-moi là-bas', 'répondez-moi là-bas', 'répondez là-bas',
    // Bare "write me", as English has it: a cue beside a number or a handle, never a call alone.
    'écris-moi', 'écrivez-moi',
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
    // A call named by its medium ("entretien téléphonique", "por ligação", "接个电话"): the phone is the place of the talk.
    'entretien téléphonique', 'échange téléphonique', 'rendez-vous téléphonique', 'point téléphonique', 'entretien par téléphone',
    'vous texter', 'te texter', 'envoyer un texto',
    'un petit appel', 'passer un coup de fil', 'se fait un tel', 'se faire un tel', 'se fait un appel', 'se faire un appel',
    'se fait un call', 'se faire un call', 'un petit tel', 'un petit coup de tel',
    'appelle-moi', 'appelez-moi', 'appelle moi', 'appelez moi', 'tu peux m\'appeler', 'vous pouvez m\'appeler',
    'je t\'appelle', 'je vous appelle', 'je peux t\'appeler', 'je peux vous appeler', 'on s\'appelle',
    'passe-moi un coup de fil', 'un coup de fil', 'un coup de téléphone', 'par téléphone', 'au téléphone',
    'appel téléphonique', 'envoie-moi un sms', 'envoyez-moi un sms', 'envoie moi un texto', 'je t\'envoie un sms',
    'bipe-moi', 'me joindre au', 'joignable au', 'me joindre par téléphone',
    // Reached at a number ("au" takes the number): "contacte-moi au 06 …".
    'contacte-moi au', 'contactez-moi au', 'contacte moi au', 'contactez moi au', 'joins-moi au', 'joignez-moi au', 'bip-moi au', 'bippe-moi',
    // A voice note asked for ("envoie-moi un vocal"): talking by voice off the chat.
    'envoie un vocal',
    'envoie-moi un vocal',
    'envoyez un vocal',
    'envoyez-moi un vocal',
    'laisse un vocal',
    'laissez un vocal',
    'un vocal stp',
    // A call with a word of size or haste inside ("un petit coup de fil rapide ?", "un rapide coup de téléphone") (lx29-formalcall).
    'coup de fil', 'coups de fil', 'coup de téléphone',
  ],
  inPerson: [
    // Seeing each other at a place ('on peut se voir à l'atelier ?').
    'se voir à', 'se voir au', 'se voir chez', 'se voir dans',
    // A professional's own premises (practice, law office, cabinet, consultorio, studio).
    'venez au cabinet', 'passez au cabinet', 'passer au cabinet', 'passe au cabinet', 'viens au cabinet', 'venir au cabinet', 'rendez-vous au cabinet', 'à mon cabinet', 'à notre cabinet',
    // Meeting in person said with the verb inflected or a filler inside ("a gente se encontra num café", "mag-meet na lang tayo", "milte hain kisi din").
    'se voir au café', 'se voir autour d\'un café', 'se voit au café', 'un café et on',
    'passez à la boutique', 'passe à la boutique', 'venez à la boutique', 'venez au magasin', 'passez au magasin', 'passe au magasin',
    'on se voit au', 'on se retrouve au', 'au resto',
    'se voir dans un café', 'se retrouver dans un café', 'se retrouver autour d\'un café', 'nous rencontrer à notre bureau', 'nous rencontrer à mon bureau', 'nous rencontrer', 'se voir au bureau', 'se voir à mon bureau', 'passer au bureau', 'passez nous voir', 'venir au bureau', 'un café pour en discuter',
    'en personne', 'en présentiel', 'se rencontrer', 'se voir en vrai', 'on se voit en vrai', 'boire un café',
    'prendre un café', 'autour d\'un café', 'passe à mon bureau', 'passez à mon bureau', 'venez au bureau',
    'rendez-vous physique', 'réunion physique', 'de visu',
    // Tutoring in person: lessons at home, meeting in the library.
    'se voit à la bu', 'se voit à la bibliothèque', 'se retrouver à la bibliothèque', 'on se retrouve à la bu', 'cours à domicile', 'cours chez moi', 'cours chez vous',
    // A meeting at the writer's premises proposed (lx29-formalcall): "un rendez-vous dans nos bureaux à Lyon mardi ?".
    'rendez-vous dans nos', 'rendez-vous à nos', 'rendez-vous à notre', 'rendez-vous dans notre', 'passer dans nos bureaux', 'passer à nos bureaux', 'venir dans nos bureaux', 'venir à nos bureaux', 'passer dans nos locaux', 'venir dans nos locaux',
  ],
  elsewhere: [
    // Se parler en privé ou directement, sans app nommée ("contactez-moi directement").
    'contactez moi directement', 'contacte moi directement', 'me contacter directement', 'ecrivez moi directement', 'ecris moi directement', 'je vous contacte par mail', 'je te contacte par mail',
    'envoyez-moi un e-mail', 'envoie-moi un e-mail', 'envoyez-moi plutôt un e-mail', 'envoyez-moi plutôt un mail', 'écrivez-moi plutôt un e-mail',
    'envoyez-moi un courriel', 'envoie-moi un courriel', 'écrivez-moi un courriel', 'écris-moi un courriel', 'poursuivre par courriel', 'échange par courriel', 'continuer par courriel', 'on continuera par là',
    'plutôt que de passer par upwork', 'plutôt que par upwork', 'au lieu de passer par upwork',
    'écris moi par mail', 'écrivez moi par mail', 'écris moi un mail', 'écrivez moi un mail', 'envoie moi un mail', 'envoyez moi un mail', 'contactez moi par mail', 'contacte moi par mail', 'continuons par mail', 'par mail plutôt',
    'hors upwork', 'hors d\'upwork', 'en dehors d\'upwork', 'en dehors de upwork', 'hors de la plateforme',
    'en dehors de la plateforme', 'hors plateforme', 'quitter upwork', 'sortir d\'upwork',
    'sans passer par upwork', 'sans upwork', 'continuons ailleurs', 'continue cette discussion ailleurs', 'continue la discussion ailleurs', 'continue cette conversation ailleurs', 'continue la conversation ailleurs', "continue l'échange ailleurs", 'continue cet échange ailleurs', 'continue ça ailleurs', 'continuer cette discussion ailleurs', 'continuer la discussion ailleurs', 'continuer cette conversation ailleurs', 'continuer la conversation ailleurs', "continuer l'échange ailleurs", 'continuer cet échange ailleurs', 'continuer ça ailleurs', 'poursuit cette discussion ailleurs', 'poursuit la discussion ailleurs', 'poursuit cette conversation ailleurs', 'poursuit la conversation ailleurs', "poursuit l'échange ailleurs", 'poursuit cet échange ailleurs', 'poursuit ça ailleurs', 'continuons cette discussion ailleurs', 'continuons la discussion ailleurs', 'continuons cette conversation ailleurs', 'continuons la conversation ailleurs', "continuons l'échange ailleurs", 'continuons cet échange ailleurs', 'continuons ça ailleurs', 'poursuivons cette discussion ailleurs', 'poursuivons la discussion ailleurs', 'poursuivons cette conversation ailleurs', 'poursuivons la conversation ailleurs', "poursuivons l'échange ailleurs", 'poursuivons cet échange ailleurs', 'poursuivons ça ailleurs', 'poursuivre cette discussion ailleurs', 'poursuivre la discussion ailleurs', 'poursuivre cette conversation ailleurs', 'poursuivre la conversation ailleurs', "poursuivre l'échange ailleurs", 'poursuivre cet échange ailleurs', 'poursuivre ça ailleurs', 'on continue ailleurs', 'parlons ailleurs',
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
    // Payer sur son propre site plutôt qu'ici ("vous réglez le reste sur mon site").
    // Réserver ou facturer par son propre canal (fx36b-reply) : « réservez sur mon site », « je vous facture depuis ma société ».
    'réservez sur mon site', 'réserver sur mon site', 'réservation sur mon site', 'je te facture depuis ma', 'je vous facture depuis ma', 'je vous facture depuis mon',
    'payer sur mon site', 'payez sur mon site', 'réglez sur mon site', 'régler sur mon site', 'payer via mon site', 'payez via mon site',
    'payer directement sur mon site', 'réglez directement sur mon site',
    // PayPal's friends-and-family transfer (no buyer protection, no fee).
    'paypal entre proches', 'entre proches sur paypal', 'en entre proches', 'envoi entre proches', 'paiement entre proches',
    'je te règle en direct', 'je vous règle en direct', 'régler en direct', 'en direct sans upwork', 'par chèque',
    'te payer directement', 'vous payer directement', 'je te paie directement', 'je vous paie directement',
    'paiement direct', 'payer en direct', 'payer hors upwork', 'paiement hors upwork', 'paiement en dehors',
    'virement bancaire', 'par virement', 'virement direct', 'mon rib', 'ton rib', 'votre rib',
    // Chat spellings of "virement" without vowels ("virmnt direct stp"); not "vrmt", which is "vraiment".
    'virmnt direct', 'virmt direct', 'par virmnt', 'par virmt', 'virmnt bancaire', 'virmt bancaire',
    // The bank details spelled with dots ("R.I.B"), read as three letters.
    'mon r i b', 'ton r i b', 'votre r i b', 'sur mon r i b',
    'éviter les frais', 'éviter les frais d\'upwork', 'éviter la commission', 'économiser les frais',
    'sans les frais d\'upwork', 'sans commission', 'clôturer le contrat et continuer en direct',
    'fermer le contrat ici et continuer en direct', 'facturer directement', 'facturez directement ma société',
    'je vous facture directement', 'en espèces', 'en liquide', 'en cash', 'en crypto', 'en usdt', 'iban',
  ],
  payVerbs: [
    'je te règle', 'je vous règle',
    'paie-moi', 'payez-moi', 'paye-moi', 'payer', 'te payer', 'vous payer', 'je te paie', 'je vous paie', 'je paie par', 'paiement par',
    'paiement via', 'régler', 'régler par', 'virer', 'je te vire', 'je vous vire', 'envoyer l\'argent',
    'je t\'envoie l\'argent', 'facturer', 'facturer par', 'encaisser', 'recevoir le paiement', 'tu acceptes',
    'vous acceptez',
    // A deposit or advance sent to an app or account is a payment, as English "deposit" and "advance" are.
    'acompte', "l'acompte", 'un acompte', "d'acompte",
  ],
  onUpwork: [
    // Upwork as the only way (lx32-onupwork): "nous utilisons uniquement Upwork".
    'uniquement upwork', 'seulement upwork', 'exclusivement upwork',
    'ici sur upwork', 'sur upwork', 'via upwork', 'par upwork', 'à travers upwork', 'dans upwork', 'continuer ici', 'continuons ici', 'on continue ici', 'financer le jalon', 'par ici',
    'ici même', 'dans ce chat', 'sur ce chat', 'messagerie upwork', 'la messagerie d\'upwork', 'appel upwork',
    'sur la plateforme', 'via la plateforme', 'dans la plateforme',
    // Talk kept here, and Upwork's own call (lx32-onupwork): "parlons ici plutôt que sur Signal".
    'parlons ici', 'discutons ici', 'restons ici', 'rester ici', 'appel vidéo upwork', 'appel vidéo d\'upwork', 'appel vidéo sur upwork',
  ],
  refusal: [
    // A formal decline of the other side's proposal (lx32-ackdecline): "…, which I must politely decline".
    'je dois décliner', 'je dois la refuser', 'je dois le refuser', 'je ne peux pas accepter', 'je me permets de décliner', 'je préfère décliner', 'je vais décliner',
    // The writer's promise not to ask (lx32-intentfp): never a proposal of the thing not asked for.
    'ne vous demanderai pas', 'ne vous demanderai jamais', 'ne te demanderai pas', 'ne te demanderai jamais', 'ne vous demanderons pas', 'ne vous demanderons jamais',
    // Verdicts on the other side's proposal (lx31-decline): "ce n'est pas une option", "je dois dire non", "non merci", "pas nécessaire".
    'pas une option', 'n est pas une option', 'je dois dire non', 'je vais dire non', 'je dois refuser', 'je vais refuser', 'non merci', 'merci mais non', 'pas nécessaire', 'hors de question', 'je passe mon tour', 'ce ne sera pas possible', 'pas possible pour moi',
    // fx26-report: the stance that closes a report of someone else's ask ("por eso prefiero trabajar por la plataforma").
    'je préfère tout garder ici', 'je travaille uniquement ici', 'je travaille uniquement sur upwork', 'je ne travaille que sur upwork',
    // The writer took back an earlier plan to talk elsewhere (fx24-declines): "we discussed a Zoom call, but I changed my mind, let's write here".
    'changé d avis', 'change d avis',
    // Not being comfortable with leaving: "I'm not comfortable being paid outside".
    'pas à l\'aise', 'pas confortable', 'mal à l\'aise',
    // A tool blocked where the writer works states a limit, not a place to meet ("Drive is blocked at my office").
    'bloqué au bureau', 'bloqués au bureau', 'bloqué à mon bureau', 'interdit au bureau',
    'pas de paiement hors', 'je décline', 'je refuse', 'je n\'accepte pas', 'je n accepte pas', 'je ne travaille pas hors', 'je ne paie pas hors',
    'je ne peux pas partager', 'je ne peux pas donner', 'je peux pas donner', 'je ne peux pas vous donner',
    'pas autorisé', 'non autorisé', 'pas permis', 'interdit', 'contre les règles', 'contraire aux règles',
    'règles d\'upwork', 'conditions d\'upwork', 'politique d\'upwork', 'une fois le contrat commencé',
    'quand le contrat commencera', 'après le début du contrat', 'après le contrat', 'dès que le contrat démarre',
    'restons ici', 'restons sur upwork', 'je préfère rester ici', 'gardons la discussion ici', 'je ne partage pas',
    'risque de suspension',
    // A warning that the ask was a scam: "had l client talab WhatsApp…, c'est une arnaque".
    'arnaque', 'arnaques', 'arnaqueur', 'arnaqueurs', 'escroquerie', 'méfiez-vous', 'méfiez vous',
    // Reports and judgements of a request: "I reported him", "a real client wouldn't ask".
    "j'ai signalé", 'j ai signalé', "je l'ai signalé", 'je l ai signalé', 'ne demanderait pas', 'ne demanderait jamais',
    // Warnings of what leaving costs: "your account may get suspended".
    'peut être suspendu', 'peut être suspendue', 'peut être banni', 'risque d être banni', "risque d'être banni",
  ],
  digits: [
    ['zéro'], ['un', 'une'], ['deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf'],
  ],
  bigNumbers: {
    10: ['dix'], 11: ['onze'], 12: ['douze'], 13: ['treize'], 14: ['quatorze'], 15: ['quinze'], 16: ['seize'],
    20: ['vingt', 'vingts'], 30: ['trente'], 40: ['quarante'], 50: ['cinquante'], 60: ['soixante'], 100: ['cent'],
  },
  workSubject: [
    // Une appli comme partie du produit ou du design du client : lien flottant, icône, widget, QR-facture.
    'flottant', 'flottante', 'lien flottant', 'bouton flottant', 'icônes', 'qr-facture', 'librairie', 'sur le site',
    // Les appels comme livrable : scripts d'appel écrits, prise de parole au téléphone enseignée.
    "script d'appel", "scripts d'appel", 'script téléphonique', 'scripts téléphoniques', 'prise de parole', 'accueil téléphonique', 'techniques de vente',
    // Le zoom d'une caméra, pas l'appli.
    'zoom optique', 'zoom numérique', 'objectif zoom',
    // Calls recorded on an app are material to edit (podcast guests recorded on Zoom).
    'enregistrée', 'enregistrées', 'enregistré', 'enregistrés',
    // An app compared to, or taught about: "like a mini Zoom", "a course on using WhatsApp".
    'similaire a', 'semblable a', 'un peu comme', 'a la maniere de', 'cours sur', 'formation sur', 'tutoriel', 'tutoriels', 'comment utiliser',
    // Bookkeeping: a cash box or a payment app in the books is the thing kept.
    'grand livre', 'petite caisse',
    // Building crypto products: a coin or chain named there is the thing built.
    'contrat intelligent', 'contrats intelligents', 'portefeuille crypto', 'soldes',
    'sdk', 'intégrer', 'd\'intégrer', 'intégration', 'l\'intégration', 'api', 'l\'api', 'd\'api', 'l\'application',
    'l\'appli', 'bot', 'chatbot', 'appli', 'plugin', 'migration', 'migrer', 'paiement en ligne',
    'passerelle de paiement', 'checkout', 'boutique en ligne', 'serveur', 'canal', 'automatisation',
    'automatiser', 'webhook', 'développer', 'développement', 'configurer', 'modération', 'campagne',
    'marketing', 'emailing', 'modèle', 'template', 'bouton', 'widget', 'clone', 'publicités', 'validation',
    'formulaire', 'champ', 'base de données', 'newsletter', 'expérience avec', 'expérience en',
    'travaillé avec', 'bots', 'chatbots', 'intégrations', 'notifications', 'rappels', 'abonnés', 'publications',
    'enregistrement', 'enregistrements', 'transcription', 'plugins', 'webhooks', 'développeur', 'implémenter',
    'pour entreprises', 'business api', 'une app', 'une application',
    // Topics of study: an app as the subject of an essay, thesis or survey ("the impact of", "the use of").
    'porte sur', 'usage de', "l'usage", 'utilisation de', "l'utilisation", 'impact de', "l'impact", 'influence de',
  ],
  // Showing who you are elsewhere without a value: the same username as here.
  identity: [
    'même pseudo que', 'même pseudo qu', "même nom d'utilisateur que", 'même identifiant que', 'même nom que sur upwork', 'même nom que ici',
    'cherche-moi sous', 'tu me trouves sous', 'vous me trouverez sous',
    'cherche-moi avec le pseudo', 'tu me trouves avec le pseudo', "tu me trouves avec le nom d'utilisateur",
    'même nom que mon profil', 'même nom que sur mon profil', 'même nom que dans mon profil', 'même pseudo que mon profil', 'là-bas mon nom est',
  ],
  near: [
    // Times that, next to an app, set the talk there ("zoom tomorrow at 10", "besok zoom").
    'demain', "aujourd'hui", 'ce soir', 'cet après-midi', 'plus tard', 'tout à l’heure', "tout à l'heure",
    'appel', 'visio', 'réunion', 'chat', 'parler', 'message', 'ajoute',
    // A calendar invitation or link to the app's call ("une invitation Teams pour jeudi").
    'invitation', 'invit', 'lien'],
  feeHints: ['frais'],
  // Moving the paying to an app, between the two of us, or the rest of it (gx26-pay2): "on pourrait passer sur PayPal entre nous ?".
  payNear: ['passer sur', 'passer par', 'passons sur', 'passons par', 'passer a', 'passons a', 'entre nous', 'le reste', 'sur mon compte'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['oui', 'd accord', 'dac', 'ok', 'parfait', 'ca marche', 'entendu', 'volontiers', 'bien sur', 'ca me va'],
    replyDecline: ['desole', 'desolee', 'malheureusement', 'je prefere', 'pas encore', 'plutot', 'non merci', 'je passe'],
    // An app made the event itself by a verb of holding it: "faire un petit FaceTime", "calons un Zoom".
    eventVerbs: ['faire', 'faisons', 'programmer', 'programmons', 'organiser', 'organisons', 'prévoir', 'prévoyons', 'caler', 'calons'],
    eventFillers: ['un', 'une', 'petit', 'petite', 'rapide', 'court', 'courte', 'appel', 'visio', 'par'],
    // The writer's own page a name or detail is pointed at ("mismo nombre que mi perfil").
    tagVerbs: ['taguer', 'taguez', 'tague', 'tagger', 'identifier', 'identifiez', 'mentionner', 'mentionnez', 'mentionne'],
    brandOwners: ['notre', 'nos', 'marque', 'entreprise', 'boutique'],
    pointerPlaces: ['profil'],
    // Money itself (not yet paying): with a payment name, or a verb of sending or receiving beside it.
    moneyWords: ['argent', 'fric', 'thune', 'thunes', 'pognon', 'oseille'],
    meetTreats: ['café', 'déjeuner', 'déj', 'dîner', 'apéro', 'verre', 'petit-déjeuner'],
    meetTreatVerbs: ['prendre', 'prend', 'prenons', 'un'],
    meetWhen: ['demain', 'ce', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'weekend', 'week-end', 'semaine'],
    meetTopicVerbs: ['discuter', 'parler', 'voir', 'planifier', 'caler', 'échanger', 'faire'],
    jobTitleHeads: ['chef', 'directeur', 'directrice', 'responsable'],
    jobTitleNouns: ['manager'],
    appLookWords: ['vert', 'verte', 'bleu', 'bleue', 'violet', 'violette', 'jaune', 'verts', 'vertes', 'bleus'],
    appNouns: ['app', 'appli', 'application', 'messagerie'],
    appPictureWords: ['telephone', 'téléphone', 'combiné', 'avion', 'bulle', 'fantome', 'fantôme', 'oiseau', 'camera', 'caméra'],
    appIconNouns: ['icone', 'icône', 'logo', 'symbole', 'dessin'],
    appIconLinks: ['avec', 'au', 'dont'],
    // A payment method as a feature or the data of the work (payment.ts productWork).
    paymentWorkWords: ['site', 'boutique', 'formulaire', 'bouton', 'option', 'options', 'intégrer', 'intégration', 'activé', 'activée', 'activer', 'passerelle', 'application', 'appli', 'configurer', 'corriger', 'remboursement', 'remboursements', 'fonctionnalité', 'rapprocher', 'rapprochement', 'relevé', 'relevés', 'comptabilité', 'écran', 'page', 'pdf', 'librairie', 'bibliothèque', 'devis', 'factures', 'impayés', 'impayé', 'relancer', 'relance', 'relances', 'recouvrement', 'créances', 'échéancier', 'échéances', 'audit', 'auditer', 'trésorerie'],
    // Asking where or how to reach the reader (requests.ts reachQuestions): "where can I find you?".
    reachQuestionWords: ['comment', 'moyen'],
    // Which mailbox to use, asked (requests.ts choiceAsks): "which email works?".
    choiceWords: ['quel', 'quelle', 'quels', 'quelles'],
    addressNouns: ['adresse', 'adresses'],
    // Writing from the organisation's mailbox (offPlatform.ts fromCompanyMail): "from the company email".
    companyMailStems: ['entreprise', 'professionn', 'société', 'bureau', 'agence'],
    mailSourcePrepositions: ['depuis'],
    provideStems: ['indiqu', 'communiqu', 'transmet', 'fourni', 'fourniss', 'précis', 'partag'],
    provideGapWords: ['m', 'nous', 'me', 'moi', 'votre', 'vos', 'une', 'un', 'l', 'le', 'la', 'personnelle', 'personnel', 'privée', 'privé', 'perso', 'actuelle', 'directe'],
    reachVerbStems: ['contact', 'joindr', 'écri', 'rejoindr'],
    mutualReachStems: ['contact', 'communiqu'],
    readerObjects: ['vous', 'te', 'toi'],
    // Meeting in person at a named place ("nos vemos en el restaurante", "kafeye gelirseniz").
    meetVerbs: ['rencontre', 'réunion', 'rencontrer', 'rencontrons', 'passez', 'passer', 'passiez', 'viens', 'venez', 'retrouve', 'retrouvons', 'retrouver', 'rejoins', 'rejoignez', 'voit'],
    meetLinking: ['vos', 'nos', 'vous', 'au', 'à', 'a', 'la', 'le', 'l', 'chez', 'mon', 'ma', 'notre', 'nous', 'un', 'une', 'en', 'dans', 'se', 'on', 'me'],
    meetPlacePrepositions: ['à', 'au'],
    meetSeeVerbs: ['voir', 'voie', 'voit', 'voient', 'voyons', 'verra', 'verrons', 'retrouver'],
    meetEachOther: ['se', 'te', 'vous', 'nous'],
    meetTimedPlaces: ['école', 'studio', 'bibliothèque'],
    meetPlaces: ['locaux', 'fac', 'faculté', 'université', 'campus', 'restaurant', 'café', 'bureau', 'bureaux', 'boutique', 'magasin', 'hôtel', 'atelier', 'bar', 'brasserie'],
    broadcastWords: ['diffuser', 'diffusée', 'diffusé', 'diffusion', 'retransmettre', 'retransmise', 'retransmission', 'streaming', 'livestream'],
    monthWords: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
    meetNotPlaces: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    // fx36-fr: "effet de zoom", "zoom avant/arrière" are the camera move, not the app.
    magnifyingWords: ['effet', 'effets', 'avant', 'arrière', 'travelling'],
    negatedPartitives: ['de', 'd'],
    pictureNouns: ['photo', 'photos', 'image', 'images', 'video', 'videos', 'clip', 'logo', 'capture'],
    linkNouns: ['link', 'links', 'href', 'url', 'uri', 'hyperlink', 'lien', 'liens'],
    continueStems: ['continu', 'poursui', 'passons', 'bascul'],
    // fx25-rarely: the writer seldom here, beside a way to reach them.
    rarelyWords: ['rarement', 'presque jamais', 'presque pas', 'guère', 'pas souvent'],
    unseenStems: ['notif', 'reçoi', 'recoi', 'reçu'],
    weekDays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    replaceVerbs: ['remplacez', 'remplace', 'remplacer', 'remplacerez', 'remplaceras', 'substituez'],
    weekDayShort: ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'],
    talkStems: ['parl', 'discut', 'convers', 'echang', 'ecri', 'messag', 'communiqu', 'chatt'],
    ownGroup: ['équipe', 'équipes', 'personnel', 'employés', 'collègues', 'salariés', 'interne', 'internes', 'communauté', 'communautés', 'école', 'académie', 'université'],
    venueThings: ['groupe', 'groupes', 'canal', 'canaux', 'serveur', 'compte', 'comptes', 'réunion', 'réunions', 'appels'],
    venueOwners: ['patron', 'patronne', 'directeur', 'directrice', 'élèves', 'étudiants', 'professeurs', 'parents', 'membres', 'clients', 'médecins', 'commerciaux', 'entreprise', 'clinique', 'association', 'cabinet'],
    venueRunVerbs: ['gère', 'gérer', 'anime', 'animer', 'modère', 'modérer', 'administre', 'administrer'],
    whyWords: ['pourquoi'],
    accountStems: ['compte', 'profil'],
    listJoiners: ['et', 'ou', 'puis'],
    contrastConnectives: ['mais', 'cependant', 'toutefois', 'pourtant'],
    keptOptionWords: ['si', 'aussi', 'également', 'préférez', 'préfères'],
    thanksWords: ['merci'],
    remainderWords: ['reste', 'restant', 'restante', 'moitié', 'solde'],
    sequelWords: ['suite', 'étapes', 'suivi'],
    beforeWords: ['avant', 'jusqu'],
    laterWords: ['après', 'apres'],
    purposeMarkers: ['pour', 'afin'],
    reportedAsks: ['veut que', 'voulait que', "m'a dit de", 'nous a dit de', "m'a écrit", "m'a envoyé", "m'a contacté", "m'a ajouté"],
    artifactOrderWords: ['concevez', 'concevoir', 'conçois', 'imprimez', 'imprimer', 'imprime', 'maquettez', 'maquetter', 'traduire', 'traduis', 'traduisez', 'traduction'],
    appThingFrames: ['comme sur', 'comme dans', 'semblable à', 'similaire à', "l'abonnement", 'abonnement', 'licence', 'les frais'],
    contentStems: ['podcast', 'épisode', 'chanson', 'refrain', 'questionnaire', 'sondage', 'enquêté', 'répondant', 'participant', 'transcription', 'variable', 'roman', 'romans', 'chapitre', 'scène', 'intrigue', 'manuscrit', 'scénario', 'article', 'analyse', 'étude', 'compar', 'mémoire', 'dissertation', 'rapprochement', 'comptabilité', 'relevé'],
    mediaStems: ['audio', 'enregistrement', 'vocal', 'vocaux', 'transcription'],
    lessonStems: ['cours', 'leçon', 'classe', 'enseign', 'formation'],
    quoteFrames: ['dire', 'dise', 'répondre', 'réponde', 'légende', 'légendes', 'spot', 'texte', 'textes', 'phrase', 'phrases', 'question', 'questions', 'réponse', 'réponses', 'paroles', 'script', 'slogan', 'accroche', 'sous-titre', 'sous-titres', 'notes', 'annonce', 'répondeur', 'macro', 'reformule', 'reformulez', 'réécris', 'réécrivez', 'transcris', 'transcrivez', 'tweet', 'tweets', 'bannière'],
    dialogueFrames: ['dialogue', 'dialogues', 'script', 'scripts', 'saynète', 'sketch'],
    phoneLabelNouns: ['telephone', 'tel'],
    artifactStems: [
      'carte', 'prospectus', 'depliant', 'affiche', 'banniere', 'etiquette', 'autocollant', 'pied', 'modele', 'gabarit',
      'vignette', 'miniature', 'ecran', 'emballage', 'enseigne', 'plaquette', 'slogan',
    ],
    everythingWords: ['tout'],
    negation: ['pas', 'non', 'jamais'],
    receiveStems: ['reçoi', 'recoi', 'recev', 'accept', 'prend'],
    // The passive of a report: "was told over the phone" (see types.ts).
    passiveAuxiliaries: ['ete', 'été'],
    shareOrUseStems: ['utilis', 'donn', 'passer', 'bascul', 'partag', 'laiss', 'publi', 'poster', 'postez'],
    upworkNegator: ['pas', 'non', 'sans', 'au lieu', 'éviter', 'évite', 'évitons', 'contourner'],
    routeNegator: ['sans', 'éviter', 'évite', 'évitons', 'contourner'],
    insteadWords: ['plutôt que', 'plutôt que par', 'au lieu de'],
    routeWords: ['par'],
    bypassVerbs: ['contourner', 'contournons', 'évitons', 'zapper', 'zappons'],
    // Between a negation and its verb (fx24-declines): "not able to take", "won't be able to share".
    negationBridges: ['vais', 'allons', 'pouvoir', 'peux', 'pourrai', 'pourrais', 'pouvons'],
    norWords: ['ni'],
    haveWords: ['ai', 'avons', 'possède', 'suis', 'utilise'],
    here: ['ici'],
    otherPeople: ['ils', 'elles', 'photographe', 'consultant', 'consultante', 'prestataire', 'designer', 'développeuse', 'freelancer', 'recruteuse', 'agence',
      // fx26-report: reports of a past ask and the writer's stance
      'clients', 'elle', "quelqu'un", 'client', 'cliente', 'freelance', 'graphiste', 'développeur', 'recruteur', 'acheteur', 'autre', 'mec', 'gars', 'type', 'collègue', 'ami', 'amie', 'pote', 'cousin', 'cousine', 'employeur', 'employeuse', 'patron', 'patronne'],
    pastAsks: [
      // lx30-reports3: an adverb inside the impersonal ask ("on m'a déjà proposé de…").
      "on m'a déjà proposé", "on m'a déjà demandé", "on m'a souvent proposé", "on m'a souvent demandé", "on m'a plusieurs fois proposé", "on m'a plusieurs fois demandé",
      "on m'a demandé", "on m'a proposé", "on m'a dit", 'on nous a demandé', 'on nous a proposé', 'on me demandait', 'on me proposait', "m'ont demandé", "m'ont proposé", 'demandent', 'veulent', 'proposent', 'demandé', 'voulu', 'voulait', 'proposé', 'essayé', 'insisté', 'suggéré', 'dit', 'insistait', 'demandait', 'proposait', 'talab', 'envoyait', 'écrivait', 'écrit', 'envoyé'],
    impersonalAsks: [
      // lx30-reports3: an adverb inside the impersonal ask ("on m'a déjà proposé de…").
      "on m'a déjà proposé", "on m'a déjà demandé", "on m'a souvent proposé", "on m'a souvent demandé", "on m'a plusieurs fois proposé", "on m'a plusieurs fois demandé",
      "on m'a demandé", "on m'a proposé", "on m'a dit", 'on nous a demandé', 'on nous a proposé', 'on me demandait', 'on me proposait', "m'ont demandé", "m'ont proposé"],
    // lx30-echodecline: la proposition du lecteur, rappelée puis déclinée ("vous m'avez demandé mon WhatsApp ; je préfère rester ici").
    readerAsks: ["vous m'avez demandé", 'vous avez demandé', "vous m'avez proposé", 'vous avez proposé', 'vous avez suggéré', 'vous préférez', 'vous souhaitez', 'vous voulez', "tu m'as demandé", 'tu as demandé', "tu m'as proposé", 'tu as proposé', 'tu préfères', 'tu veux', 'vous avez mentionné', 'vous parliez', 'vous avez parlé', 'tu as mentionné', 'vous avez écrit', "merci d'avoir proposé", 'merci de proposer', 'merci de me proposer', 'merci pour la proposition de', "merci de l'offre de",
      // lx32-ackdecline: "j'ai bien noté votre demande de régler par Lydia, mais …", "vous préféreriez Signal, je comprends, mais …".
      'votre proposition', 'pour la proposition de', 'pour la suggestion de', 'votre demande', 'votre suggestion', 'votre offre', 'votre souhait', 'votre idée', 'ta proposition', 'ta demande', 'ta suggestion', 'ton offre', 'ton idée', 'vous préféreriez', 'vous aimeriez', 'vous préfériez', 'tu préférerais', 'tu aimerais', 'vous trouvez plus pratique', 'serait plus pratique', 'serait plus simple'],
    stanceFrames: ['il y a des années', 'il y a quelques années', 'année dernière', 'autrefois', 'par le passé', 'précédent', 'précédente', 'ancien', 'ancienne', 'politique', 'audit', 'banni', 'bannie', 'suspendu', 'avant upwork'],
    refusedByMe: ['upwork a signalé', "upwork m'a prévenu", "je l'ai bloquée", "j'ai bloqué", 'on a mis fin', 'nous avons mis fin', "j'ai mis fin", "c'est une arnaque", "c'était une arnaque", 'je ne fais pas ça', "je ne l'ai pas fait", 'on a arrêté le contrat', "j'ai décliné", 'nous avons décliné',
      // fx26-report: reports of a past ask and the writer's stance
      'je refuse toujours', 'je dis toujours non', 'nous refusons toujours', "j'ai refusé", "j'ai dit non", "je l'ai signalé", "j'ai signalé", "je n'ai pas accepté", 'nous avons refusé', 'on a refusé', 'on a annulé', "j'ai annulé", 'nous avons annulé', "j'ai arrêté", 'on a arrêté', 'nous avons arrêté', 'upwork a averti', "upwork m'a averti", 'upwork a bloqué',
      // lx30-reports3: the writer never took such an offer ("…, je n'ai jamais accepté").
      "je n'ai jamais accepté", "je n'ai jamais dit oui", "je n'ai jamais voulu", "je ne l'ai jamais fait", "nous n'avons jamais accepté", "on n'a jamais accepté", 'je ne le fais jamais', 'je ne fais jamais ça'],
    notAttending: ['pas besoin de participer', "pas besoin d'y assister", 'pas besoin de venir', 'pas besoin de rejoindre', "n'as pas besoin de participer", "n'avez pas besoin de participer"],
    // Le téléphone ou les DM comme poste du travail, pour l'entreprise du client (validators/context.ts talkDuty).
    roleDuties: ['dans le cadre de votre rôle', 'dans le cadre de ta mission', 'dans le cadre de votre mission', 'votre rôle comprend', 'votre rôle consiste', 'votre rôle inclura', 'vos missions incluent', 'vos missions comprennent', 'fait partie du poste', 'fait partie de vos missions', 'fait partie de votre rôle', 'vous participeriez', 'vous assisteriez', 'tu participerais', 'tu assisterais'],
    issueMarkers: ['etapes pour reproduire', 'etapes de reproduction', 'comportement attendu', 'comportement actuel', 'comportement observe', 'resultat attendu', 'resultat obtenu', 'rapport de bug', 'demande de fonctionnalite', 'en tant qu utilisateur', 'en tant qu utilisatrice', 'prise en charge de', 'integrer', 'integration', 'implementer', 'cliquer sur', 'cliquez sur'],
    talkDuties: ['standardiste', 'standardistes', 'réceptionniste', 'réceptionnistes', 'accueil au téléphone', 'accueil téléphonique', 'répondre au téléphone', 'réponse au téléphone', 'répondre aux appels', 'répondre aux dm', 'répondre aux messages privés', 'prendre les appels', 'script téléphonique', "script d'appel"],
    // The people and objects of the work that a phone phrase beside them serves (validators/context.ts phoneMeansOfWork, lx29-phonemeans).
    // lx34-subject : à qui l'auteur parle pour le lecteur avant d'en rendre compte ici (validators/context.ts relayedHere).
    relayParties: ['usine', 'usines', 'atelier', 'fabricant', 'fabricants', 'fournisseur', 'fournisseurs', 'vendeur', 'propriétaire', 'bailleur', 'locataire', 'locataires', 'client', 'clients', 'cliente', 'transitaire', 'transporteur', 'imprimeur', 'entrepôt', 'avocat', 'comptable', 'équipe', 'patron'],
    readerParties: ['candidats', 'candidates', 'candidat', 'postulants'],
    phoneWorkParties: ['clients', 'clientes', 'candidats', 'candidates', 'fournisseurs', 'fournisseur', 'patients', 'commandes', 'réservations', 'modifications', 'réclamations', 'enquêtes', 'participants', 'participantes', 'répondants', 'répondantes', 'invités', 'invitées', 'utilisateurs', 'utilisatrices', 'auditeurs'],
    // Past verbs of talking or being on a call: the talk told as news (validators/context.ts talkReported).
    callCompanions: ['avec'],
    callProposalVerbs: ['rejoins', 'rejoindre', 'rejoignez', 'participer', 'participez', 'organisons', 'faisons', 'planifions', 'fixons', 'voudrais', 'voudrions', 'aimerais', 'aimerions', 'préfère', 'préférerais', 'souhaite', 'souhaiterais', 'prévoyons', 'calons', 'sera'],
    callEventNouns: ['appel', 'appels', 'réunion', 'réunions', 'call', 'visio', 'visioconférence', 'point', 'entretien', 'rendez-vous', 'rdv'],
    callThirdParties: ['client', 'cliente', 'clients', 'clientes', 'équipe', 'chef', 'patron', 'patronne', 'boss', 'fournisseur', 'fournisseurs', 'associé', 'associée', 'associés', 'collègue', 'collègues', 'manager', 'prestataire', 'comptable', 'avocat', 'banque', 'directeur', 'directrice', 'responsable', 'partenaire', 'partenaires', 'développeur', 'développeurs', 'agence'],
    // The writer busy in or done with a call event (validators/context.ts talkReported).
    talkBusyWords: ['occupé', 'occupée', 'coincé', 'coincée', 'après', 'pendant', 'fini', 'finie'],
    talkNewsVerbs: ['avais', 'avait', 'avions', 'parlé', 'étais', 'était', 'étions', 'appelé', 'discuté', 'téléphoné', 'eue', 'eues'],
    talkNewsWishes: ['pensé', 'demandé', 'espéré', 'pourrions', 'pouvons', 'pourrait', 'si', 'peut-être', 'peut'],
    pastJobAdjective: ['dernier', 'precedent', 'précédent', 'ancien'],
    pastJobNoun: ['job', 'emploi', 'poste', 'entreprise', 'employeur', 'employeuse', 'patron', 'patronne', 'boulot', 'travail'],
    workStems: ['integr', 'automat'],
    reportingVerbs: ['demande', 'demandé', 'demandait'],
    reportedTarget: ['moi', 'nous'],
    objectClitics: ['m', 'a'],
    speakers: ['je', 'nous'],
    idWords: ['code'],
    orderWords: ['commande', 'facture', 'dossier', 'référence', 'réf', 'colis', 'siret', 'siren', 'tva', 'rcs', 'finess', 'rpps', 'adeli', 'urssaf', 'étudiant', 'étudiante', 'matricule', 'inscription', 'rib', 'douanier', 'douanière', 'douaniere'],
    // A device or system that calls a number itself (the number is a setting of the work).
    callingDevices: ['centrale', 'transmetteur', 'alarme', 'alarmes', 'interphone', 'visiophone', 'ascenseur', 'systeme', 'module', 'standard', 'composeur', 'bot', 'appli', 'application', 'camera', 'capteur'],
    // Software of the work as the subject of invoicing or charging (fx25-cases).
    systemSubjects: ['systeme', 'logiciel', 'erp', 'crm', 'programme', 'module', 'plugin', 'app', 'appli', 'application', 'bot', 'script', 'backend', 'caisse'],
    dialVerbs: ['composer', 'compose', 'composera', 'composant', 'recomposer'],
    numberNouns: ['numero'],
    dealTerms: ['ferme', 'final', 'fixe', 'forfait', 'total', 'budget', 'maximum'],
    phoneNouns: ['téléphone'],
    postalWords: ['bp', 'postale', 'cedex'],
    referenceNouns: ['entreprise', 'parcelle', 'licence', 'certificat', 'contrat', 'réservation', 'reservation', 'immatriculation', 'suivi', 'commandes', 'sinistre', 'police', 'adhérent', 'affaire', 'requête', 'requete', 'pourvoi', 'rg', 'série', 'serie', 'compteur'],
    channelPrepositions: ['sur', 'par', 'en'],
    appPrepositions: ['sur'],
    // A person of the piece pretending to call ("a skit where she pretends to FaceTime her mum").
    pretendVerbs: ['semblant', 'feint', 'feignent', 'feignant', 'simule', 'simulent'],
    storyPeople: ['personnage', 'personnages', 'protagoniste', 'protagonistes', 'héroïne', 'méchant', 'pnj', 'npc', 'narrateur', 'narratrice', 'mascotte', 'antagoniste'],
    storyRelatives: ['où', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'qui'],
    yourWords: ['ton', 'tes', 'votre', 'vos'],
    askFillers: ['stp', 'svp', 'please', 'perso', 'personnel', 'personnelle'],
    sendStems: ['envoi', 'donne', 'passe'],
    myWords: ['mon', 'ma'],
    directly: ['directement'],
    outsideWords: ['dehors'],
    payStems: ['paye', 'paie', 'paiement', 'factur', 'virement', 'virmnt', 'virmt'],
    payoutStems: ['retrait', 'retire', 'retirer'],
    avoidStems: ['evit', 'econom'],
    feeStems: ['frais', 'commission'],
    platformStems: ['plateforme'],
    payLinkPrepositions: ['par', 'en', 'sur', 'via', 'avec'],
    callMePronouns: ['moi'],
    callMeClitics: ['m', 'me'],
    notANameAfterCallMe: ['demain', 'ce', 'après', 'maintenant', 'lundi', 'au', 'a', 'en', 'sur', 'et'],
    nameFillers: ['juste', 'simplement'],
    nameNouns: ['nom', 'prénom', 'surnom'],
    callMeButWords: ['mais', 'cependant', 'toutefois'],
    agreementStems: ['contrat', 'accord', 'convention'],
    contractStems: ['contrat', 'factur', 'accord', 'projet'],
    priceStems: ['prix', 'tarif', 'devis', 'réduc', 'reduc', 'rabais', 'remise'],
    closeStems: ['ferm', 'clôtur', 'clotur', 'termin', 'annul', 'finalis'],
    contactVerbStems: ['contactez', 'contacte'],
    emailAt: ['arobase', 'arobas'],
    emailDot: ['point'],
    linkSlash: ['slash', 'barre'],
    socialCueStems: ['ecri', 'écri'],
    without: ['sans'],
    needed: ['besoin', 'nécessaire', 'nécessaires'],
    determinerNegation: ['aucun', 'aucune', 'sans', 'pas'],
    defectStems: ['erreur', 'invalide', 'exception'],
    appComparisonWords: ['contre'],
    productNewsStems: ['lance', 'lancee', 'supporte', 'annonce', 'deploie', 'deploye'],
    complaintStems: ['deteste', 'plante', 'beug', 'bugu', 'horribl', 'inconfortabl', 'galere', 'penibl', 'lent', 'rame', 'lague'],
    easeStems: ['aise', 'marche', 'fonctionn', 'ouvre', 'aime', 'habitu'],
    idNouns: ['utilisateur'],
    idFillers: ['est', 'c', 'cest', 'é'],
    ownIdNouns: ['utilisateur', 'pseudo', 'compte'],
    copula: ['est'],
    rhymeWords: ['rime', 'riment', 'rimant'],
    riddleNouns: ['app', 'appli', 'application', 'plateforme', 'logiciel', 'truc'],
    initialWords: ['commence', 'commencant', 'commençant', 'debute', 'débute', 'initiale'],
    appAlias: ['comme'],
    iAm: ['suis'],
    numberOrPhoneNouns: ['numero'],
    placePayees: ['salle', 'lieu', 'domaine', 'château', 'hôtel', 'restaurant', 'traiteur'],
    thirdPayers: ['salle', 'lieu', 'guide', 'fournisseur', 'fournisseurs', 'invités', 'locataires', 'transitaire', 'livreur', 'chauffeur', 'participants', 'répondants', 'interviewés'],
    // Payees and payers besides the two parties (lx33-thirdpay): "did you pay them by check".
    paidOthers: ['prestataires', 'prestataire', 'sous-traitants', 'salariés', 'salarié', 'employés', 'employé', 'ouvriers', 'intervenants', 'freelances', 'fournisseurs', 'chauffeurs', 'formateurs', 'coachs', 'professeurs', 'vendeurs', 'affiliés', 'eux'],
    firstPerson: ['mon', 'ma', 'mes', 'moi'],
    numberWorkStems: ['itineraire', 'brochure', 'flyer', 'pdf', 'formulaire', 'etiquette', 'affiche', 'plaquette', 'catalogue', 'fictif', 'fictive', 'factice'],
    // Verdicts on a scam told or quoted (lx32-reports): "demander des frais en crypto, c'est une arnaque".
    quoteVerdicts: ["c'est une arnaque", "c'est de l'arnaque", 'une arnaque', 'arnaque', "c'est une escroquerie", 'escroquerie', 'signalé', "je l'ai signalé", 'bloqué et signalé', 'signalé et bloqué'],
    scamStems: ['arnaque', 'escroc', 'escroquer', 'fraude'],
    sampleStems: ['hallucin', 'caracteres', 'normalis', 'fictif', 'fictive', 'factice', 'bidon', 'format', 'valid', 'invalid', 'champ', 'colonne', 'formulaire', 'de test', 'pour tester', 'sandbox'],
    exampleMarkers: ['p. ex.', 'par exemple'],
    doubleDigitWords: ['double'],
    tripleDigitWords: ['triple'],
    callStems: ['appel', 'rappel'],
    readerModals: ['peux', 'pouvez', 'pourrais', 'pourriez', 'pourras', 'pourrez'],
    callInfinitives: ['appeler', 'rappeler', 'téléphoner'],
    visitorNouns: ['technicien', 'technicienne', 'livreur', 'livreuse', 'facteur', 'plombier', 'électricien', 'coursier', 'mécanicien', 'installateur', 'jardinier', 'inspecteur', 'déménageur', 'dépanneur', 'transporteur'],
    calledPerson: ['moi', 'nous'],
    offerPossessives: ['mon'],
  },
};
