"""French phrasebook. Slots: see ``books/__init__.py`` and ``compose.Composer._slots``.

The page says "vous" in every tone: a landing page speaks to adults it does not know,
often professionals, and one form of address keeps the whole page one voice. The tones
differ in register and rhythm instead: friendly is warm and light ("sans prise de
tête", "on s’occupe du reste"), bold is short and assertive ("Point final."), formal
speaks as "nous", in complete sentences, and promises carefully ("est conçu pour").

Marks that are not slots (see :mod:`.fr_grammar`): ``⟨p m|f⟩`` agrees with the product,
``⟨a m|f⟩`` with the audience, ``⟨s singulier|pluriel⟩`` with the promise's subject;
``⟨je⟩`` / ``⟨vous⟩`` at the start of a frame set the person of the idea's chunks. The
idea's audience comes bare ("boulangeries"), so frames give it its article ("les
{audience_short}", "aux {audience}"); ``{topic}`` comes with its article ("le matériel
de camping"), ``{to_do}``, ``{product_does}`` and ``{user_does}`` are infinitives,
``{does}`` is in the third person singular.
"""

import re

from protogen.writers.offline.fr_grammar import FrenchGrammar

GRAMMAR = FrenchGrammar()

KINDS = {
    "team": {
        "noun": "outil",
        "a_noun": "un outil",
        "label": "Pour les équipes",
        "role": "membre de l’équipe",
        "start": {
            "informal": "créez un espace et invitez les personnes avec qui vous travaillez",
            "formal": "créez l’espace de votre organisation et invitez vos collègues",
        },
        "outcome": {
            "informal": "voyez ce qui a bougé chaque semaine et décidez de la suite",
            "formal": "faites le point chaque semaine et convenez des prochaines étapes",
        },
    },
    "consumer": {
        "noun": "appli",
        "a_noun": "une appli",
        "label": "Grand public",
        "role": "adepte de la première heure",
        "start": {
            "informal": "inscrivez-vous avec votre e-mail et dites ce qui compte pour vous",
            "formal": "créez un compte avec votre adresse e-mail et indiquez vos préférences",
        },
        "outcome": {
            "informal": "revenez quand ça vous arrange et reprenez là où vous en étiez",
            "formal": "revenez à tout moment et reprenez là où vous en étiez",
        },
    },
    "marketplace": {
        "noun": "plateforme",
        "a_noun": "une plateforme",
        "label": "Place de marché",
        "role": "membre de la communauté",
        "start": {
            "informal": "dites ce que vous cherchez, ou ce que vous proposez",
            "formal": "décrivez votre besoin, ou ce que vous pouvez proposer",
        },
        "outcome": {
            "informal": "calez les détails, retrouvez-vous et laissez un avis",
            "formal": "confirmez les modalités, puis évaluez l’échange",
        },
    },
    "device": {
        "noun": "objet connecté",
        "a_noun": "un objet connecté",
        "label": "Objet connecté",
        "role": "propriétaire",
        "start": {
            "informal": "installez l’appareil et associez-le à votre téléphone",
            "formal": "installez l’appareil, puis associez-le à votre téléphone",
        },
        "outcome": {
            "informal": "vivez votre journée : l’appareil se manifeste quand il a besoin de vous",
            "formal": "comptez sur l’appareil pour vous prévenir dès qu’une intervention est nécessaire",
        },
    },
    "internal": {
        "noun": "outil interne",
        "a_noun": "un outil interne",
        "label": "Usage interne",
        "role": "membre de l’équipe pilote",
        "start": {
            "informal": "ouvrez l’outil depuis l’intranet et connectez-vous avec votre compte habituel",
            "formal": "ouvrez l’outil depuis l’intranet et connectez-vous avec votre compte professionnel",
        },
        "outcome": {
            "informal": "consacrez le temps gagné à ce que seul un humain sait faire",
            "formal": "consacrez le temps gagné aux tâches qui demandent du discernement",
        },
    },
    "learning": {
        "noun": "appli d’apprentissage",
        "a_noun": "une appli d’apprentissage",
        "label": "Apprentissage",
        "role": "élève",
        "start": {
            "informal": "choisissez ce que vous voulez apprendre et le temps dont vous disposez",
            "formal": "choisissez un sujet et le temps que vous pouvez y consacrer chaque semaine",
        },
        "outcome": {
            "informal": "regardez vos progrès s’additionner, une courte séance après l’autre",
            "formal": "suivez vos progrès d’une séance à l’autre",
        },
    },
    "health": {
        "noun": "appli de santé",
        "a_noun": "une appli de santé",
        "label": "Santé",
        "role": "membre du programme pilote",
        "start": {
            "informal": "créez votre profil et choisissez ce que vous voulez suivre",
            "formal": "créez un profil et sélectionnez les éléments à suivre",
        },
        "outcome": {
            "informal": "relisez votre semaine et apportez vos notes au prochain rendez-vous",
            "formal": "consultez votre historique et partagez-le avec vos soignants si vous le souhaitez",
        },
    },
}

BOOK = {
    "labels": {
        "skip_link": "Aller au contenu",
        "problem_heading": "Le problème",
        "features_heading": "Ce que ça fait",
        "steps_heading": "Comment ça marche",
        "quote_heading": "Ce que nous espérons entendre",
        "mock_badge": "Citation fictive : un exemple, pas un vrai client",
        "faq_heading": "Questions",
        "email_label": "Adresse e-mail",
        "email_invalid": "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.",
        "thanks": "Vous êtes sur la liste. Nous vous écrirons bientôt.",
        "already": "Cette adresse est déjà sur la liste. Merci !",
        "stored_locally": "Prototype : les inscriptions restent dans ce navigateur.",
        "idea_heading": "L’idée derrière ce prototype",
        "footer": "Un prototype cliquable. Rien n’est encore en ligne.",
        "sample_badge": "Données d’exemple : inventées pour ce prototype",
        "nav_home": "Accueil",
    },
    "kinds": KINDS,
    "names": {
        "suffixes": {
            "team": ["Pilote", "Hub", "Flow", "Desk", "Sync", "Board"],
            "consumer": ["Malin", "Zen", "Facile", "Go", "Copain", "Minute"],
            "marketplace": ["Troc", "Partage", "Voisins", "Match", "Relais", "Place"],
            "device": ["Veille", "Sentinelle", "Sense", "Guard", "Alerte", "Vigie"],
            "internal": ["Desk", "Pilote", "Board", "Ops", "Planning", "Base"],
            "learning": ["Lab", "Prof", "Classe", "Quiz", "Futé", "Atelier"],
            "health": ["Santé", "Soin", "Care", "Zen", "Suivi", "Vita"],
        },
        "fallback": ["Boussole", "Éclaircie", "Phare", "Lanterne", "Cap Nord"],
        "adjective_endings": "if|ive|eux|euse|ique|é|ée|és|ées",
    },
    "people": [
        "Léa",
        "Hugo",
        "Camille",
        "Karim",
        "Inès",
        "Thomas",
        "Chloé",
        "Mathis",
        "Nadia",
        "Julien",
        "Sarah",
        "Bastien",
        "Amina",
        "Yanis",
        "Claire",
        "Paul",
    ],
    "roles": {
        "person": "{one}",
        "group": "membre {one}",
        "org": "responsable {one}",
    },
    "tagline": {
        "friendly": [
            "⟨p Le|La⟩ {product} que les {audience_short} vont adorer",
            "{title}, sans prise de tête",
            "{title} : ce que les {audience_short} attendaient",
            "{title}, en toute simplicité",
            "{topic}, en toute simplicité",
            "Voici {name}, {a_product} qu’on adopte tout de suite",
        ],
        "bold": [
            "Enfin {a_product} à la hauteur des {audience_short}",
            "{title}. Sans bricolage.",
            "{topic}, autrement.",
            "{title}. Les {audience_short} ont mieux à faire.",
            "Pour les {audience_short}. Et personne d’autre.",
            "{name}. Le bon outil, enfin.",
        ],
        "formal": [
            "{a_product} ⟨p conçu|conçue⟩ pour les {audience_short}",
            "{title}, de manière fiable",
            "{title} : une réponse sérieuse pour les {audience_short}",
            "Une approche rigoureuse pour {topic}",
            "⟨p Le|La⟩ {product} des {audience_short}",
            "{name} : {a_product} ⟨p pensé|pensée⟩ avec soin",
        ],
    },
    "subhead": {
        "friendly": [
            "{name} est {a_product} {for_audience}. ⟨p Il|Elle⟩ {does_them}, et ⟨p il|elle⟩ {does2}.",
            "{name} {does}. Et ⟨p il|elle⟩ {does2} : une chose de moins à garder en tête.",
            "{name} est {a_product} {for_audience}. ⟨p Il|Elle⟩ {does_them}.",
            "{name} {does}, pour que vous puissiez passer à autre chose.",
            "{name} est {a_product} {for_audience}, ⟨p fait|faite⟩ pour leur simplifier la vie.",
            "{name} est {a_product} pour {topic} : ⟨p il|elle⟩ s’occupe des détails à votre place.",
            "{name} est {a_product} {for_audience}, ⟨p pensé|pensée⟩ pour leurs journées telles qu’elles sont.",
            "{name} est {a_product} qui s’adapte à vos journées, et pas l’inverse.",
        ],
        "bold": [
            "{name} {does}. ⟨p Il|Elle⟩ {does2}. Voilà.",
            "{name} {does}. Sans tableur, sans relance.",
            "{a_product} {for_audience}. {name} {does_them}. C’est tout l’enjeu.",
            "{a_product} pour {topic}, sans les frictions habituelles.",
            "{a_product} {for_audience}, ⟨p construit|construite⟩ pour bien faire une seule chose.",
            "{name} : {a_product}, une seule mission, bien remplie.",
        ],
        "formal": [
            "{name} est {a_product} {for_audience}. ⟨p Il|Elle⟩ {does_them} ; ⟨p il|elle⟩ {does2} également.",
            "{name} est {a_product} {for_audience}. ⟨p Il|Elle⟩ {does_them}.",
            "{name} {does}.",
            "{name} est {a_product} pour {topic}, ⟨p conçu|conçue⟩ pour être fiable dès le premier jour.",
            "{name} est {a_product} {for_audience}, ⟨p conçu|conçue⟩ pour être fiable dès le premier jour.",
            "{name} est {a_product}, ⟨p conçu|conçue⟩ pour être fiable dès le premier jour.",
        ],
    },
    "cta": {
        "friendly": ["Rejoindre la liste", "Je veux une place", "Je m’inscris"],
        "bold": ["Accès anticipé", "Réserver ma place", "J’en suis"],
        "formal": ["Demander un accès", "Manifester mon intérêt", "Demander une invitation"],
    },
    "signup_title": {
        "friendly": [
            "Essayez {name} parmi les premiers",
            "Envie de tester {name} en avant-première ?",
        ],
        "bold": ["{name}, avant tout le monde", "En tête de liste pour {name}"],
        "formal": ["Manifestez votre intérêt pour {name}", "Accès anticipé à {name}"],
    },
    "signup_text": {
        "friendly": [
            "Laissez votre e-mail : nous vous inviterons dès que la première version de {name} sera prête.",
            "Laissez votre adresse ci-dessous ; on vous écrit dès qu’il y a quelque chose à essayer.",
        ],
        "bold": [
            "Un seul e-mail, le jour où {name} est prêt. Rien d’autre.",
            "Laissez votre e-mail. On vous prévient le jour J.",
        ],
        "formal": [
            "Laissez votre adresse e-mail ; nous vous contacterons dès que {name} sera disponible.",
            "Inscrivez-vous ci-dessous : nous vous écrirons dès que la première version de {name} sera disponible.",
        ],
    },
    "problem": {
        "friendly": {
            "pain": [
                "{pain}. Ça ne devrait pas être si compliqué, et avec {name}, ça ne le sera plus.",
                "{pain}. Ça vous parle ? C’est exactement ce que {name} veut régler.",
                "{pain}. Chacun a son système D, et personne n’aime le sien.",
            ],
            "promise": [
                "Aujourd’hui, rien de simple pour {to_do}. {name} est là pour ça.",
                "Pour {to_do}, chacun bricole dans son coin. {name} veut changer ça.",
                "{to_do} ne devrait pas demander autant de bricolage. Aujourd’hui, c’est pourtant le cas.",
                "Aujourd’hui, {subject} ⟨s n’a|n’ont⟩ aucun moyen simple de {user_does}. {name} veut changer ça.",
            ],
            "none": [
                "Bien faire les choses demande encore plus d’efforts que nécessaire. {name} veut changer ça.",
                "Les outils d’aujourd’hui n’ont pas été pensés pour ça. {name}, si.",
            ],
        },
        "bold": {
            "pain": [
                "{pain}. Voilà le problème. {name} le règle.",
                "{pain}. Ça suffit.",
                "{pain}. Personne ne devrait s’en contenter.",
            ],
            "promise": [
                "{to_do} reste bien trop compliqué. {name} change la donne.",
                "Pour {to_do}, rien n’était simple. Jusqu’à maintenant.",
                "Pour {to_do}, il faut aujourd’hui un patchwork d’outils. C’est fini.",
                "{subject} ⟨s a|ont⟩ encore bien trop de mal à {user_does}. {name} règle ça.",
            ],
            "none": [
                "L’ancienne méthode est lente, éparpillée et source d’erreurs. {name} la remplace.",
                "Des rustines partout. {name} les remplace.",
            ],
        },
        "formal": {
            "pain": [
                "{pain}. {name} s’attaque directement à ce problème.",
                "{pain}. Le coût se mesure en temps, en attention et en erreurs évitables.",
                "{pain}. Les outils existants n’y répondent pas de manière satisfaisante.",
            ],
            "promise": [
                "Il n’existe aujourd’hui aucun moyen fiable de {to_do}. {name} a vocation à en offrir un.",
                "Pour {to_do}, on s’appuie aujourd’hui sur des solutions manuelles.",
                "Aucun outil unique et fiable ne permet aujourd’hui de {to_do}. {name} entend combler ce manque.",
                "À ce jour, {subject} ne ⟨s dispose|disposent⟩ d’aucun moyen fiable de {user_does}. {name} a vocation à en offrir un.",
            ],
            "none": [
                "Les solutions actuelles demandent plus d’efforts que la tâche ne le justifie. {name} vise à les réduire.",
                "Les outils existants n’ont pas été conçus pour cet usage. {name}, si.",
            ],
        },
    },
    "feature": {
        "friendly": {
            "product": [
                "Laissez {name} {product_does}, et pensez à autre chose.",
                "{name} {does}, sans que vous ayez à y penser.",
            ],
            "user": [
                "Avec {name}, {subject} ⟨s peut|peuvent⟩ {user_does}, tout simplement.",
                "{name} {does}, en quelques gestes.",
            ],
            "sentence": ["{sentence}"],
        },
        "bold": {
            "product": ["{name} {does}. Sans rien demander.", "{name} {does}. À chaque fois."],
            "user": [
                "{subject} ⟨s peut|peuvent⟩ {user_does}. Point final.",
                "{name} {does}. Sans allers-retours.",
            ],
            "sentence": ["{sentence}"],
        },
        "formal": {
            "product": ["{name} {does}.", "{name} {does}, de manière fiable et dans les délais."],
            "user": ["{name} {does}.", "{name} permet à {subject} de {user_does}."],
            "sentence": ["{sentence}"],
        },
    },
    "feature_titles": {
        "team": ["Les prochaines étapes, claires", "Une vue partagée"],
        "consumer": ["Au bon moment", "Clair et simple"],
        "marketplace": ["Les deux côtés au même endroit", "Des conditions claires"],
        "device": ["Des alertes utiles", "D’un coup d’œil"],
        "internal": ["Moins de saisie", "Un seul endroit où regarder"],
        "learning": ["Des réponses claires", "Savoir où vous en êtes"],
        "health": ["Votre suivi, à votre façon", "Des rappels en douceur"],
    },
    "fillers": {
        "team": [
            [
                "Une vue partagée",
                "Toute l’équipe voit la même chose : plus besoin de demander où on en est.",
            ],
            [
                "Avec vos outils actuels",
                "{name} se branche sur les outils que votre équipe utilise déjà, au lieu de les remplacer.",
            ],
            [
                "Des progrès visibles",
                "Une vue hebdomadaire montre ce qui avance, ce qui bloque et ce qui attend une décision.",
            ],
            [
                "Rôles et droits d’accès",
                "Décidez qui peut voir et modifier quoi, équipe par équipe.",
            ],
        ],
        "consumer": [
            [
                "Prêt en quelques minutes",
                "Dites à {name} ce qui compte pour vous : tout est prêt le jour même.",
            ],
            [
                "Privé par défaut",
                "Ce que vous ajoutez reste à vous ; rien n’est partagé sans votre accord.",
            ],
            [
                "Des rappels en douceur",
                "{name} vous fait signe au bon moment, jamais plus que ce que vous avez demandé.",
            ],
            [
                "Votre historique",
                "Revoyez ce que vous avez fait et repérez les tendances au fil du temps.",
            ],
        ],
        "marketplace": [
            ["Des profils de confiance", "Voyez à qui vous avez affaire avant de vous engager."],
            [
                "Les deux côtés au même endroit",
                "Ceux qui cherchent et ceux qui proposent se retrouvent sur {name}.",
            ],
            [
                "Des arrangements simples",
                "Calez les détails en une seule conversation, sans échanges à rallonge.",
            ],
            [
                "Un avis après chaque échange",
                "Chacun évalue l’autre : le sérieux se voit.",
            ],
        ],
        "device": [
            [
                "Des alertes sur votre téléphone",
                "Quand il se passe quelque chose, {name} vous prévient aussitôt.",
            ],
            [
                "Facile à installer",
                "Ni outils ni technicien : {name} s’installe en quelques minutes, c’est le but.",
            ],
            [
                "L’historique d’un coup d’œil",
                "Voyez ce qui s’est passé en votre absence, heure par heure.",
            ],
            [
                "Discrétion jusqu’au bon moment",
                "{name} se fait oublier jusqu’à ce que quelque chose change vraiment.",
            ],
        ],
        "internal": [
            [
                "Au rythme de votre équipe",
                "{name} suit le processus de votre équipe au lieu d’en imposer un nouveau.",
            ],
            [
                "Les bons accès",
                "Les accès suivent vos comptes professionnels : pas de mot de passe de plus.",
            ],
            [
                "Un historique des modifications",
                "Chaque changement est enregistré, avec son auteur et sa date.",
            ],
            [
                "Moins de copier-coller",
                "Les données viennent des systèmes que vous avez déjà, pas d’une saisie à la main.",
            ],
        ],
        "learning": [
            [
                "Des séances courtes",
                "Les leçons tiennent en quelques minutes : la pratique devient une habitude.",
            ],
            ["Des progrès visibles", "Voyez ce que vous maîtrisez et ce qui mérite d’être revu."],
            [
                "Un entraînement qui s’adapte",
                "{name} revient plus souvent sur ce qui vous résiste.",
            ],
            [
                "À votre rythme",
                "Faites une pause quand vous voulez et reprenez exactement où vous en étiez.",
            ],
        ],
        "health": [
            [
                "Confidentiel par conception",
                "Vos données de santé restent à vous ; vous choisissez ce que vous partagez, et avec qui.",
            ],
            ["Des rappels en douceur", "{name} vous le rappelle au bon moment, sans insister."],
            [
                "Un résumé pour vos rendez-vous",
                "Apportez un résumé clair à votre prochaine consultation, plutôt que de compter sur votre mémoire.",
            ],
            [
                "L’évolution dans le temps",
                "Voyez comment les choses évoluent d’une semaine à l’autre.",
            ],
        ],
    },
    "steps": {
        "friendly": {
            "start": [
                "Premiers pas|Pour commencer, {start}. Cela ne prend que quelques minutes.",
                "Bienvenue|D’abord, {start}.",
            ],
            "promise": [
                "{title}|Ensuite, laissez {name} {product_does}.",
                "{title}|{name} se charge de {product_does}, sans rappel de votre part.",
                "{title}|Avec {name}, {subject} ⟨s peut|peuvent⟩ {user_does}.",
                "{title}|{sentence}",
            ],
            "middle": [
                "À votre façon|Ajustez {name} à votre manière de faire.",
                "En conditions réelles|Utilisez {name} pendant une semaine et voyez ce qui change.",
            ],
            "outcome": [
                "Profitez-en|Ensuite, {outcome}.",
                "Gardez le rythme|Après ça, {outcome}.",
            ],
        },
        "bold": {
            "start": [
                "On y va|D’abord, {start}. C’est tout.",
                "Démarrez|Pour commencer, {start}. En quelques minutes.",
            ],
            "promise": [
                "{title}|{name} {does}. Sans effort.",
                "{title}|{subject} ⟨s peut|peuvent⟩ {user_does}. Sans friction.",
                "{title}|{sentence}",
            ],
            "middle": [
                "À votre main|Réglez-le comme vous voulez. Sans mode d’emploi.",
                "Au quotidien|Mettez {name} au travail dès le premier jour.",
            ],
            "outcome": [
                "Place à l’essentiel|Ensuite, {outcome}.",
                "Temps gagné|Ensuite, {outcome}. Et on recommence.",
            ],
        },
        "formal": {
            "start": ["Mise en place|Pour commencer, {start}.", "Démarrage|Tout d’abord, {start}."],
            "promise": [
                "{title}|{name} {does}.",
                "{title}|{name} permet à {subject} de {user_does}.",
                "{title}|{sentence}",
            ],
            "middle": [
                "Configuration|Adaptez {name} à votre organisation actuelle.",
                "Adoption|Intégrez {name} à votre travail habituel.",
            ],
            "outcome": ["Bilan|Enfin, {outcome}.", "Suivi|Par la suite, {outcome}."],
        },
    },
    "faq": [
        {
            "kinds": [
                "team",
                "consumer",
                "marketplace",
                "device",
                "internal",
                "learning",
                "health",
            ],
            "always": True,
            "q": "Peut-on déjà utiliser {name} ?",
            "a": {
                "friendly": "Pas encore : c’est un tout premier prototype. Inscrivez-vous et nous vous dirons dès que c’est prêt.",
                "bold": "Pas encore. Inscrivez-vous : vous passerez en premier.",
                "formal": "Pas encore. Ce prototype sert à tester le concept ; les personnes inscrites seront informées du lancement.",
            },
        },
        {
            "kinds": ["team", "consumer", "marketplace", "device", "learning", "health"],
            "q": "À qui s’adresse {name} ?",
            "a": {
                "friendly": "Nous faisons {name} pour les {audience}. Si c’est votre cas, nous serions ravis d’avoir votre avis.",
                "bold": "Aux {audience}, en priorité.",
                "formal": "{name} s’adresse aux {audience}.",
            },
        },
        {
            "kinds": ["team", "consumer", "marketplace", "device", "learning", "health"],
            "q": "Combien cela coûtera-t-il ?",
            "a": {
                "friendly": "Le prix n’est pas encore fixé. Les inscrits le sauront en premier, et peuvent nous aider à trouver le bon.",
                "bold": "Le prix viendra plus tard. Les inscrits le sauront en premier.",
                "formal": "Le tarif n’est pas encore arrêté. Les personnes inscrites en seront informées avant le lancement.",
            },
        },
        {
            "kinds": [
                "team",
                "consumer",
                "marketplace",
                "device",
                "internal",
                "learning",
                "health",
            ],
            "q": "Que devient mon adresse e-mail ?",
            "a": {
                "friendly": "Dans ce prototype, elle reste dans votre navigateur. Nous ne la vendrons ni ne la partagerons jamais.",
                "bold": "Elle reste dans votre navigateur. Jamais vendue. Point.",
                "formal": "Dans ce prototype, elle est conservée uniquement dans votre navigateur. Elle ne sera jamais vendue ni partagée.",
            },
        },
        {
            "kinds": ["team"],
            "q": "Est-ce que ça fonctionne avec les outils que nous utilisons déjà ?",
            "a": {
                "friendly": "C’est justement l’une des choses que nous testons. Dites-nous quels outils comptent pour vous en vous inscrivant.",
                "bold": "C’est prévu. Dites-nous lesquels comptent, on commencera par ceux-là.",
                "formal": "Les intégrations sont à l’étude. Merci d’indiquer les outils que vous utilisez lors de votre inscription.",
            },
        },
        {
            "kinds": ["device"],
            "q": "Faut-il un professionnel pour l’installer ?",
            "a": {
                "friendly": "Nous concevons {name} pour que vous puissiez l’installer vous-même. Ce prototype nous aide à le vérifier.",
                "bold": "Non. Si vous savez recharger un téléphone, vous saurez l’installer. C’est l’objectif.",
                "formal": "L’installation de {name} doit pouvoir se faire sans aide. Ce prototype nous aide à confirmer que c’est réaliste.",
            },
        },
        {
            "kinds": ["marketplace"],
            "q": "Comment chacun peut-il faire confiance à l’autre ?",
            "a": {
                "friendly": "Des profils et un avis après chaque échange sont prévus. Dites-nous ce qui vous mettrait en confiance.",
                "bold": "Des profils, des avis, et pas de comptes anonymes. C’est le point de départ.",
                "formal": "Des profils vérifiés et des évaluations mutuelles sont prévus. Votre avis sur ce qui manque est le bienvenu.",
            },
        },
        {
            "kinds": ["internal"],
            "q": "Quelles équipes peuvent utiliser {name} ?",
            "a": {
                "friendly": "On commence avec l’équipe qui l’a demandé. Les autres suivront si le pilote fonctionne.",
                "bold": "L’équipe pilote d’abord. Les autres quand il aura fait ses preuves.",
                "formal": "Le groupe pilote en premier ; d’autres équipes pourront suivre après l’évaluation du pilote.",
            },
        },
        {
            "kinds": ["health"],
            "q": "Est-ce un avis médical ?",
            "a": {
                "friendly": "Non. {name} vous aide à garder le fil ; les décisions restent entre vous et votre médecin.",
                "bold": "Non. Il garde le fil. Votre médecin décide.",
                "formal": "Non. {name} facilite le suivi ; les décisions cliniques restent les vôtres et celles de votre soignant.",
            },
        },
        {
            "kinds": ["learning"],
            "q": "Faut-il des connaissances pour commencer ?",
            "a": {
                "friendly": "Pas du tout. {name} part de là où vous en êtes et avance avec vous.",
                "bold": "Non. On part de zéro. Aucun souci.",
                "formal": "Aucun prérequis n’est nécessaire ; {name} s’adapte à votre niveau.",
            },
        },
        {
            "kinds": ["consumer", "learning", "health"],
            "q": "Pourra-t-on l’utiliser sur téléphone ?",
            "a": {
                "friendly": "C’est prévu : nous pensons {name} d’abord pour le téléphone.",
                "bold": "Oui. Téléphone d’abord, toujours.",
                "formal": "Oui. {name} vise en priorité un usage mobile.",
            },
        },
    ],
    "stories": {
        "context": {
            "team": [
                "{persona}, {role}, veille à ce que le travail de l’équipe avance entre deux réunions.",
                "{persona}, {role}, passe une trop grande partie de la semaine à faire des points d’étape.",
            ],
            "consumer": [
                "{persona}, {role}, a déjà essayé deux ou trois applis pour ça, sans en garder aucune.",
                "{persona}, {role}, voudrait que ça prenne quelques minutes, pas une soirée.",
            ],
            "marketplace": [
                "{persona}, {role}, demande d’habitude conseil à ses amis.",
                "{persona}, {role}, a déjà perdu du temps avec des annonces périmées.",
            ],
            "device": [
                "{persona}, {role}, préfère être au courant d’un problème avant qu’il ne coûte cher.",
                "{persona}, {role}, passe plus de temps loin de chez soi qu’on ne le voudrait.",
            ],
            "internal": [
                "{persona}, {role}, paie chaque semaine le prix du processus actuel.",
                "{persona}, {role}, s’est fabriqué son propre tableur pour s’en sortir.",
            ],
            "learning": [
                "{persona}, {role}, a vingt minutes de libre la plupart des jours et beaucoup de bonne volonté.",
                "{persona}, {role}, apprend mieux en pratiquant, un peu à la fois.",
            ],
            "health": [
                "{persona}, {role}, veut garder le fil sans y penser toute la journée.",
                "{persona}, {role}, aimerait arriver au prochain rendez-vous avec un suivi clair.",
            ],
        },
        "goal": [
            "En faire autant avec moins d’efforts et moins de mauvaises surprises.",
            "Passer moins de temps sur la routine et plus sur l’essentiel.",
            "Savoir où en sont les choses sans avoir à demander.",
        ],
        "frustration": [
            "Jusqu’ici, chaque outil demandait plus d’attention que le problème qu’il réglait.",
            "Le système actuel fonctionne, jusqu’au jour où il lâche.",
            "Trop de choses reposent sur le fait d’y penser.",
        ],
        "want": [
            "que {name} puisse {product_does}",
            "⟨je⟩pouvoir {user_does}",
        ],
        "general": [
            [
                "{role}",
                "comprendre en une phrase ce que fait {name}",
                "décider vite si c’est pour moi",
            ],
            [
                "{role}",
                "dire à l’équipe ce que je changerais",
                "que la première version colle à ma façon de travailler",
            ],
            [
                "{role}",
                "essayer {name} avant de m’engager",
                "ne changer d’outil que si ça m’aide vraiment",
            ],
        ],
        "so_that": {
            "team": [
                "ne rien laisser filer entre deux réunions",
                "que toute l’équipe travaille à partir des mêmes informations",
                "consacrer mon temps aux décisions, pas aux points d’étape",
            ],
            "consumer": [
                "que ça trouve sa place dans ma journée",
                "ne plus avoir à y penser moi-même",
                "avoir le résultat sans la corvée",
            ],
            "marketplace": [
                "trouver vite la bonne personne",
                "que chacun sache ce qui a été convenu",
                "savoir à qui j’ai affaire",
            ],
            "device": [
                "qu’on me prévienne avant que ça ne coûte cher",
                "partir l’esprit tranquille",
                "ne plus avoir à vérifier à la main",
            ],
            "internal": [
                "que la routine cesse de grignoter mes journées",
                "que plus personne ne recopie des données à la main",
                "pouvoir me fier aux chiffres",
            ],
            "learning": [
                "progresser régulièrement",
                "caser la pratique dans ma semaine",
                "savoir sur quoi travailler ensuite",
            ],
            "health": [
                "garder le cap sans y penser",
                "avoir un suivi clair pour mes rendez-vous",
                "que les petits soucis ne deviennent pas de gros problèmes",
            ],
        },
        "extra": {
            "team": [
                [
                    "{role}",
                    "voir d’un coup d’œil ce qui demande mon attention",
                    "agir avant que les choses ne dérapent",
                ],
                [
                    "responsable d’équipe",
                    "accueillir un nouveau collègue en quelques minutes",
                    "qu’il soit opérationnel dès le premier jour",
                ],
            ],
            "consumer": [
                [
                    "{role}",
                    "démarrer sans lire de mode d’emploi",
                    "voir l’intérêt dès le premier jour",
                ],
                [
                    "{role}",
                    "choisir à quelle fréquence {name} me fait signe",
                    "qu’on m’aide sans me harceler",
                ],
            ],
            "marketplace": [
                [
                    "prestataire",
                    "indiquer mes disponibilités",
                    "ne recevoir que des demandes que je peux honorer",
                ],
                ["{role}", "lire les avis avant de me décider", "savoir à quoi m’attendre"],
            ],
            "device": [
                ["{role}", "installer {name} sans technicien", "m’en servir le jour même"],
                [
                    "{role}",
                    "choisir quelles alertes arrivent sur mon téléphone",
                    "n’être dérangé que pour l’essentiel",
                ],
            ],
            "internal": [
                [
                    "{role}",
                    "me connecter avec mon compte professionnel",
                    "ne pas gérer un mot de passe de plus",
                ],
                [
                    "responsable d’équipe",
                    "voir comment le nouveau processus est utilisé",
                    "décider s’il faut l’étendre",
                ],
            ],
            "learning": [
                [
                    "{role}",
                    "m’entraîner par courtes séances",
                    "apprendre même pendant une semaine chargée",
                ],
                ["{role}", "voir les sujets que je maîtrise", "savoir quoi réviser ensuite"],
            ],
            "health": [
                [
                    "{role}",
                    "décider de ce que je partage, et avec qui",
                    "garder mes données de santé privées",
                ],
                [
                    "{role}",
                    "exporter un résumé pour mon médecin",
                    "que la consultation parte des faits, pas des souvenirs",
                ],
            ],
        },
    },
    "scenes": [
        [
            "Le moment qui coince|{pain}. {persona} connaît ça par cœur.",
            "Le moment qui coince|{persona} doit {to_do}, et comme d’habitude, c’est long et éparpillé.",
            "Avant {name}|{persona} jongle encore avec des solutions de fortune, et y perd du temps.",
        ],
        [
            "La découverte|{persona} découvre {name} et lit sa promesse : « {tagline} »",
            "Une meilleure façon de faire|Un collègue envoie à {persona} un lien vers {name}.",
        ],
        [
            "Premiers pas|{persona} s’inscrit, et tout est prêt en quelques minutes.",
            "Premier essai|{persona} essaie {name} pour la première fois et prend vite ses marques.",
        ],
        [
            "La première victoire|{name} {does}, et {persona} voit la différence dès la première semaine.",
            "La première victoire|Pour la première fois, {persona} peut {to_do} sans bricoler.",
            "La première victoire|La routine ne prend plus que quelques minutes, et {persona} le remarque.",
        ],
        [
            "Le bouche-à-oreille|{persona} recommande {name} autour de soi.",
            "Une habitude|Un mois plus tard, {persona} ne reviendrait en arrière pour rien au monde.",
        ],
    ],
    "quote_by": "Témoignage fictif ({role})",
    "quote": {
        "team": [
            "On ne court plus après les mises à jour. Chacun sait où on en est.",
            "Une après-midi pour l’installer, et notre réunion du lundi a raccourci.",
            "Enfin un outil que toute l’équipe utilise vraiment.",
        ],
        "consumer": [
            "Je ne pensais pas l’apprécier autant. Ça s’intègre à ma journée, tout simplement.",
            "Ça fait la seule chose dont j’avais besoin, et ça la fait bien.",
            "J’ai essayé plusieurs applis pour ça. C’est celle que j’ai gardée.",
        ],
        "marketplace": [
            "J’ai trouvé ce qu’il me fallait l’après-midi même, à deux rues de chez moi.",
            "Chacun savait exactement ce qu’on avait convenu. Aucun message gênant.",
            "Pour la première fois, ça m’a paru simple, pas un pari.",
        ],
        "device": [
            "J’avais oublié sa présence, jusqu’au jour où ça m’a évité de gros ennuis.",
            "Installation express. Maintenant je regarde mon téléphone au lieu de m’inquiéter.",
            "De la discrétion, de la fiabilité, et une alerte quand il le faut.",
        ],
        "internal": [
            "Le moment de la semaine que je redoutais prend maintenant quelques minutes.",
            "On ne recopie plus rien à la main. Les chiffres concordent enfin.",
            "Ça fait exactement ce dont notre équipe avait besoin, rien de plus.",
        ],
        "learning": [
            "Un peu chaque jour, et pour une fois je sens les progrès.",
            "Ça repère ce que je rate et y revient jusqu’à ce que je le maîtrise.",
            "J’ai vraiment envie de m’entraîner, maintenant.",
        ],
        "health": [
            "Je n’ai plus peur d’oublier. Le suivi se fait tout seul.",
            "Mon dernier rendez-vous est parti des faits, pas d’approximations.",
            "Ça m’aide sans jamais me surveiller.",
        ],
    },
    "assumptions": {
        "all": [
            "La première version de {name} peut être utile avec les seules fonctions de cette page.",
            "On comprend ce que fait {name} à la seule lecture de cette page.",
        ],
        "team": [
            "Les équipes rencontrent ce problème assez souvent pour essayer un nouvel outil.",
            "Une seule personne peut installer {name} pour toute l’équipe sans l’aide de l’informatique.",
            "Les équipes confieront à {name} les données nécessaires.",
        ],
        "consumer": [
            "Le besoin revient assez souvent pour qu’on installe quelque chose de nouveau.",
            "La première utilisation apporte déjà quelque chose d’utile.",
            "On y revient sans avoir besoin de rappel.",
        ],
        "marketplace": [
            "Assez de monde proposera ce que d’autres cherchent, dans le même secteur.",
            "Un profil et des avis suffiront aux deux côtés pour se rencontrer.",
            "Les échanges passeront par {name} plutôt qu’à côté.",
        ],
        "device": [
            "On installera l’appareil soi-même.",
            "Les alertes seront assez justes pour qu’on ne les coupe pas.",
            "On paiera un objet pour éviter ce problème.",
        ],
        "internal": [
            "L’équipe abandonnera sa méthode actuelle si {name} fait gagner un vrai temps.",
            "Les données dont {name} a besoin existent déjà dans nos systèmes.",
            "Une équipe pilote suffit pour savoir si ça marche.",
        ],
        "learning": [
            "Les élèves pratiqueront régulièrement, par courtes séances.",
            "Les progrès seront assez visibles pour entretenir la motivation.",
            "Le contenu peut être préparé sans grosse équipe éditoriale.",
        ],
        "health": [
            "Noter ce dont {name} a besoin ne sera pas vécu comme une corvée.",
            "On confiera des données de santé à {name}.",
            "Les rappels aident sans inquiéter.",
        ],
    },
    "open_questions": {
        "all": [
            "Qu’est-ce qui ferait abandonner {name} après la première semaine ?",
            "Quelle fonction de cette page compte le plus pour les personnes à qui on la montre ?",
        ],
        "team": [
            "Qui paie {name} : le responsable d’équipe ou l’entreprise ?",
            "Comment l’équipe s’y prend-elle aujourd’hui, et combien cela coûte-t-il ?",
            "Avec quel outil existant faut-il que {name} fonctionne dès le premier jour ?",
        ],
        "consumer": [
            "Qu’utilise-t-on aujourd’hui à la place, et qu’est-ce qui ferait changer ?",
            "Paierait-on pour {name}, ou s’attend-on à ce que ce soit gratuit ?",
            "Combien de fois par semaine ouvrirait-on {name} ?",
        ],
        "marketplace": [
            "Quel côté convaincre en premier, et comment ?",
            "Comment est-ce que {name} gagnera de l’argent : une commission par échange ou un abonnement ?",
            "Qu’est-ce qui empêche les gens de conclure en dehors de la plateforme ?",
        ],
        "device": [
            "Quel prix paierait-on pour l’appareil, et un abonnement en plus ?",
            "Où doit-il être installé, et y a-t-il une prise à proximité ?",
            "Que se passe-t-il quand la connexion tombe ?",
        ],
        "internal": [
            "Quelle équipe mène le pilote, et qui reprend {name} ensuite ?",
            "À quels systèmes faut-il que {name} accède, et qui le valide ?",
            "Comment mesurer le temps gagné ?",
        ],
        "learning": [
            "Qui paie : l’élève, un établissement ou un employeur ?",
            "Comment savoir si les acquis tiennent, au-delà de l’appli ?",
            "Qui rédige et vérifie le contenu ?",
        ],
        "health": [
            "Est-ce que {name} a besoin d’une validation médicale ou réglementaire pour ce qu’il fait ?",
            "Qui, en dehors de l’utilisateur, voit les données ?",
            "Un médecin ou un aidant le recommanderait-il ?",
        ],
    },
    "metric": {
        "team": [
            "Part des équipes qui utilisent encore {name} chaque semaine, quatre semaines après l’inscription.",
            "Nombre d’équipes qui invitent un deuxième collègue dès la première semaine.",
        ],
        "consumer": [
            "Part des nouveaux inscrits qui reviennent sur {name} la deuxième semaine.",
            "Part des inscrits sur la liste qui vont au bout de la première utilisation.",
        ],
        "marketplace": [
            "Nombre d’échanges conclus par semaine, et combien de personnes reviennent pour un deuxième.",
            "Part des demandes qui trouvent preneur en moins d’une journée.",
        ],
        "device": [
            "Part des appareils toujours installés et connectés au bout d’un mois.",
            "Part des alertes jugées utiles par les propriétaires.",
        ],
        "internal": [
            "Heures gagnées par semaine par l’équipe pilote, par rapport au processus actuel.",
            "Part de l’équipe pilote qui utilise {name} chaque jour ouvré au bout de deux semaines.",
        ],
        "learning": [
            "Part des élèves qui pratiquent encore trois semaines après leur première séance.",
            "Nombre de séances par élève et par semaine le premier mois.",
        ],
        "health": [
            "Part des utilisateurs qui tiennent leur suivi à jour pendant quatre semaines.",
            "Part des utilisateurs qui apportent le résumé de {name} à un rendez-vous.",
        ],
    },
    "core": {
        "titles": {
            "dashboard": "Votre tableau de bord {name}",
            "list": "Parcourir {name}",
            "detail": "En détail",
        },
        "intro": {
            "dashboard": [
                "Où en sont les choses cette semaine, d’un coup d’œil.",
                "Ce qui a changé, et ce qui vous attend, sur un seul écran.",
            ],
            "list": [
                "Choisissez : chaque ligne est un exemple de ce que {name} affichera.",
                "Des annonces d’exemple, telles que {name} les présentera.",
            ],
            "detail": [
                "Un exemple complet, tel que {name} le présentera.",
                "Une fiche d’exemple, avec tout ce que {name} en garde.",
            ],
        },
        "action": {"dashboard": "Voir le détail", "list": "Demander", "detail": "Enregistrer"},
        "metrics": ["Actifs cette semaine", "Terminés", "À surveiller", "Nouveaux cette semaine"],
        "statuses": ["En bonne voie", "À surveiller", "Nouveau"],
        "value": "{n} cette semaine",
    },
    "storyboard": {
        "idea": "L’idée",
        "problem": "Le problème",
        "persona": "Persona",
        "goal": "Objectif :",
        "frustration": "Frustration :",
        "stories": "Récits utilisateur",
        "storyboard": "Storyboard",
        "features": "Ce qu’il propose",
        "validate": "À valider en réunion",
        "assumptions": "Hypothèses à tester",
        "questions": "Questions ouvertes",
        "metric": "Indicateur de succès :",
        "made": "Comment il a été fait",
        "colon": " :",
        "story": "En tant que {as_a}, je veux {i_want}, afin de {so_that}.",
    },
}


def _fine(text: str) -> str:
    """French typography for the fixed texts that do not go through the composer: a
    narrow no-break space before ; : ! ? (the same one :func:`tidy.punctuation` uses)."""
    return re.sub(r" ([;:!?])", "\u202f\\1", text)


BOOK["labels"] = {k: _fine(v) for k, v in BOOK["labels"].items()}
BOOK["storyboard"] = {k: (_fine(v) if k != "story" else v) for k, v in BOOK["storyboard"].items()}
