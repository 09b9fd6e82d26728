"""French morphology the offline writer needs, by hand: verb forms, noun gender and
number, feminine forms of people nouns, elision.

The French reader turns "prévoit la demande" into "prévoir la demande" (for "Laissez
{name} prévoir ...") and "suivre les matchs" into "suit les matchs" (for "{name} suit
..."); the grammar needs the gender of "application" or "boulangeries" to write "conçue
pour" and "elles". A lemmatiser or a tagger would do more, but costs far more to load
than ``protogen new``'s whole budget; the rules below, with their exceptions, run in
microseconds. A word they do not know is left unknown, and the frames that would need
it are not used.
"""

from __future__ import annotations

import re
from functools import cache

VOWELS = "aeiouyàâäéèêëîïôöûüœæh"

# -- verbs ----------------------------------------------------------------------------------

#: First-group verbs (-er) common in product ideas; unknown -er words are read as verbs
#: only where nothing else can stand (after "qui", after "pour", at a bullet's start).
ER_VERBS = frozenset(
    [
        "accepter",
        "accompagner",
        "accélérer",
        "acheter",
        "activer",
        "adapter",
        "afficher",
        "agréger",
        "aider",
        "ajouter",
        "ajuster",
        "alerter",
        "alléger",
        "allouer",
        "améliorer",
        "amener",
        "analyser",
        "animer",
        "annoncer",
        "annuler",
        "anticiper",
        "appeler",
        "apporter",
        "archiver",
        "arroser",
        "assigner",
        "assister",
        "associer",
        "assurer",
        "attirer",
        "automatiser",
        "avancer",
        "baliser",
        "bloquer",
        "booster",
        "brancher",
        "budgétiser",
        "calculer",
        "calibrer",
        "capter",
        "centraliser",
        "chercher",
        "chiffrer",
        "classer",
        "cliquer",
        "coacher",
        "collecter",
        "coller",
        "combiner",
        "commander",
        "commencer",
        "comparer",
        "compiler",
        "compléter",
        "composer",
        "compter",
        "concentrer",
        "configurer",
        "confirmer",
        "connecter",
        "conserver",
        "consigner",
        "consommer",
        "contacter",
        "contrôler",
        "coordonner",
        "corriger",
        "créer",
        "cuisiner",
        "décider",
        "déclarer",
        "déclencher",
        "décoder",
        "décrocher",
        "dédier",
        "déléguer",
        "demander",
        "déposer",
        "détecter",
        "deviner",
        "dessiner",
        "digitaliser",
        "diagnostiquer",
        "discuter",
        "documenter",
        "donner",
        "doser",
        "éditer",
        "éliminer",
        "emprunter",
        "encaisser",
        "encourager",
        "enregistrer",
        "enseigner",
        "entraîner",
        "envoyer",
        "équilibrer",
        "estimer",
        "étiqueter",
        "évaluer",
        "éviter",
        "exporter",
        "expliquer",
        "exploiter",
        "facturer",
        "faciliter",
        "filtrer",
        "fixer",
        "flasher",
        "former",
        "gagner",
        "garder",
        "gérer",
        "générer",
        "géolocaliser",
        "gaspiller",
        "guider",
        "identifier",
        "importer",
        "imprimer",
        "indiquer",
        "informer",
        "installer",
        "intégrer",
        "inviter",
        "jouer",
        "laisser",
        "lancer",
        "libérer",
        "lier",
        "livrer",
        "localiser",
        "louer",
        "manger",
        "marquer",
        "matcher",
        "mémoriser",
        "mesurer",
        "modérer",
        "modifier",
        "montrer",
        "motiver",
        "mutualiser",
        "négocier",
        "noter",
        "notifier",
        "nettoyer",
        "numériser",
        "organiser",
        "optimiser",
        "oublier",
        "packager",
        "paramétrer",
        "parler",
        "partager",
        "passer",
        "payer",
        "peser",
        "piloter",
        "placer",
        "planifier",
        "planter",
        "poser",
        "poster",
        "préparer",
        "présenter",
        "préserver",
        "prêter",
        "prioriser",
        "proposer",
        "protéger",
        "publier",
        "questionner",
        "quantifier",
        "raconter",
        "ramasser",
        "rappeler",
        "rapprocher",
        "rassembler",
        "rassurer",
        "réaliser",
        "recenser",
        "rechercher",
        "récolter",
        "recommander",
        "récompenser",
        "réconcilier",
        "recruter",
        "récupérer",
        "recycler",
        "rédiger",
        "regrouper",
        "régler",
        "relancer",
        "relever",
        "relier",
        "remercier",
        "remplacer",
        "rembourser",
        "rencontrer",
        "renouveler",
        "renseigner",
        "réparer",
        "repérer",
        "répertorier",
        "reporter",
        "représenter",
        "réserver",
        "respecter",
        "rester",
        "résumer",
        "retrouver",
        "réviser",
        "rythmer",
        "sauvegarder",
        "scanner",
        "sécuriser",
        "sélectionner",
        "signaler",
        "signer",
        "simplifier",
        "simuler",
        "situer",
        "solliciter",
        "stocker",
        "structurer",
        "suggérer",
        "superviser",
        "supprimer",
        "surveiller",
        "synchroniser",
        "tagger",
        "téléphoner",
        "télécharger",
        "tester",
        "tirer",
        "tracer",
        "traiter",
        "transférer",
        "transformer",
        "travailler",
        "trier",
        "trouver",
        "utiliser",
        "valider",
        "vérifier",
        "visualiser",
        "voter",
    ]
)
#: Second-group verbs (-ir, -issent).
IR2_VERBS = frozenset(
    [
        "accomplir",
        "aboutir",
        "agir",
        "avertir",
        "bâtir",
        "choisir",
        "définir",
        "divertir",
        "enrichir",
        "établir",
        "finir",
        "fournir",
        "garantir",
        "grandir",
        "guérir",
        "investir",
        "nourrir",
        "rafraîchir",
        "ralentir",
        "réagir",
        "réfléchir",
        "remplir",
        "répartir",
        "réunir",
        "réussir",
        "saisir",
        "subir",
        "unir",
    ]
)
#: Irregular verbs: infinitive -> (3sg, 3pl, subjunctive 3sg, imperative "vous").
_IRREGULAR: dict[str, tuple[str, str, str, str]] = {
    "être": ("est", "sont", "soit", "soyez"),
    "avoir": ("a", "ont", "ait", "ayez"),
    "aller": ("va", "vont", "aille", "allez"),
    "faire": ("fait", "font", "fasse", "faites"),
    "dire": ("dit", "disent", "dise", "dites"),
    "pouvoir": ("peut", "peuvent", "puisse", ""),
    "vouloir": ("veut", "veulent", "veuille", ""),
    "savoir": ("sait", "savent", "sache", "sachez"),
    "voir": ("voit", "voient", "voie", "voyez"),
    "prévoir": ("prévoit", "prévoient", "prévoie", "prévoyez"),
    "recevoir": ("reçoit", "reçoivent", "reçoive", "recevez"),
    "devoir": ("doit", "doivent", "doive", ""),
    "envoyer": ("envoie", "envoient", "envoie", "envoyez"),
    "renvoyer": ("renvoie", "renvoient", "renvoie", "renvoyez"),
    "payer": ("paie", "paient", "paie", "payez"),
    "essayer": ("essaie", "essaient", "essaie", "essayez"),
    "nettoyer": ("nettoie", "nettoient", "nettoie", "nettoyez"),
    "employer": ("emploie", "emploient", "emploie", "employez"),
    "appuyer": ("appuie", "appuient", "appuie", "appuyez"),
    "vivre": ("vit", "vivent", "vive", "vivez"),
    "croire": ("croit", "croient", "croie", "croyez"),
    "boire": ("boit", "boivent", "boive", "buvez"),
    "plaire": ("plaît", "plaisent", "plaise", ""),
    "résoudre": ("résout", "résolvent", "résolve", "résolvez"),
    "rompre": ("rompt", "rompent", "rompe", "rompez"),
    "interrompre": ("interrompt", "interrompent", "interrompe", "interrompez"),
    "convaincre": ("convainc", "convainquent", "convainque", "convainquez"),
    "falloir": ("faut", "", "faille", ""),
    "valoir": ("vaut", "valent", "vaille", ""),
    "courir": ("court", "courent", "coure", "courez"),
    "parcourir": ("parcourt", "parcourent", "parcoure", "parcourez"),
    "ouvrir": ("ouvre", "ouvrent", "ouvre", "ouvrez"),
    "offrir": ("offre", "offrent", "offre", "offrez"),
    "couvrir": ("couvre", "couvrent", "couvre", "couvrez"),
    "découvrir": ("découvre", "découvrent", "découvre", "découvrez"),
    "souffrir": ("souffre", "souffrent", "souffre", "souffrez"),
    "cueillir": ("cueille", "cueillent", "cueille", "cueillez"),
    "accueillir": ("accueille", "accueillent", "accueille", "accueillez"),
    "recueillir": ("recueille", "recueillent", "recueille", "recueillez"),
}
# Families that conjugate alike: (infinitive ending, 3sg, 3pl, subjunctive, imperative).
_FAMILIES = [
    ("mettre", "met", "mettent", "mette", "mettez"),
    ("prendre", "prend", "prennent", "prenne", "prenez"),
    ("venir", "vient", "viennent", "vienne", "venez"),
    ("tenir", "tient", "tiennent", "tienne", "tenez"),
    ("crire", "crit", "crivent", "crive", "crivez"),
    ("lire", "lit", "lisent", "lise", "lisez"),
    ("suivre", "suit", "suivent", "suive", "suivez"),
    ("uire", "uit", "uisent", "uise", "uisez"),
    ("aître", "aît", "aissent", "aisse", "aissez"),
    ("oindre", "oint", "oignent", "oigne", "oignez"),
    ("eindre", "eint", "eignent", "eigne", "eignez"),
    ("aindre", "aint", "aignent", "aigne", "aignez"),
]
_FAMILY_VERBS = frozenset(
    [
        "mettre",
        "permettre",
        "transmettre",
        "soumettre",
        "remettre",
        "promettre",
        "admettre",
        "prendre",
        "apprendre",
        "comprendre",
        "reprendre",
        "entreprendre",
        "surprendre",
        "venir",
        "prévenir",
        "devenir",
        "revenir",
        "intervenir",
        "parvenir",
        "convenir",
        "tenir",
        "obtenir",
        "maintenir",
        "retenir",
        "contenir",
        "soutenir",
        "entretenir",
        "écrire",
        "décrire",
        "inscrire",
        "prescrire",
        "transcrire",
        "lire",
        "relire",
        "élire",
        "suivre",
        "poursuivre",
        "conduire",
        "produire",
        "réduire",
        "traduire",
        "construire",
        "introduire",
        "reproduire",
        "instruire",
        "déduire",
        "cuire",
        "connaître",
        "reconnaître",
        "paraître",
        "apparaître",
        "joindre",
        "rejoindre",
        "peindre",
        "éteindre",
        "atteindre",
        "craindre",
        "plaindre",
    ]
)
#: -dre, -tir, -vir, -mir verbs of the third group.
_RE_VERBS = frozenset(
    [
        "rendre",
        "vendre",
        "attendre",
        "entendre",
        "répondre",
        "perdre",
        "descendre",
        "défendre",
        "dépendre",
        "tendre",
        "correspondre",
        "fondre",
        "revendre",
    ]
)
_TIR_VERBS = frozenset(
    ["partir", "sortir", "sentir", "ressentir", "servir", "dormir", "mentir", "repartir"]
)
_GROUPS_E_GRAVE = re.compile(r"^(.*)([eé])([^aeiouyéèêàâîôû]{1,2})er$")
_DOUBLE_CONSONANT = frozenset(
    ["appeler", "rappeler", "renouveler", "épeler", "jeter", "projeter", "feuilleter", "étiqueter"]
)


@cache
def _forms() -> dict[str, str]:
    """Every known conjugated form (3sg, 3pl, subjunctive, imperative) -> infinitive."""
    out: dict[str, str] = {}
    for inf, forms in _IRREGULAR.items():
        for f in forms:
            if f:
                out.setdefault(f, inf)
    for inf in _FAMILY_VERBS | _RE_VERBS | _TIR_VERBS:
        for f in (third(inf), third_plural(inf), subjunctive(inf), imperative(inf)):
            out.setdefault(f, inf)
    for inf in IR2_VERBS:
        stem = inf[:-2]
        for f in (stem + "it", stem + "issent", stem + "isse", stem + "issez"):
            out.setdefault(f, inf)
    for inf in ER_VERBS:
        for f in (third(inf), third_plural(inf), imperative(inf)):
            out.setdefault(f, inf)
    return out


def is_known_verb(inf: str) -> bool:
    return (
        inf in ER_VERBS
        or inf in IR2_VERBS
        or inf in _IRREGULAR
        or inf in _FAMILY_VERBS
        or inf in _RE_VERBS
        or inf in _TIR_VERBS
    )


def _family(inf: str) -> tuple[str, str, str, str, str] | None:
    if inf in _FAMILY_VERBS:
        for fam in _FAMILIES:
            if inf.endswith(fam[0]):
                return fam
    return None


def _er_stem(inf: str, ending: str) -> str:
    """The stem of an -er verb before a mute ending: "gèr", "appell", "achèt"."""
    stem = inf[:-2]
    if inf in _DOUBLE_CONSONANT:
        return stem + stem[-1]
    if ending and inf not in _IRREGULAR:
        m = _GROUPS_E_GRAVE.match(inf)
        # gérer -> gère, lever -> lève, régler -> règle; not "créer", "vérifier"
        if (
            m
            and not m.group(3).startswith(("ch", "gn", "ll", "tt"))
            and (m.group(2) == "é" or len(m.group(3)) == 1)
        ):
            return m.group(1) + "è" + m.group(3)
    return stem


def third(inf: str) -> str:
    """The present, third person singular: "prévoir" -> "prévoit"."""
    inf = inf.lower()
    if inf in _IRREGULAR:
        return _IRREGULAR[inf][0]
    fam = _family(inf)
    if fam:
        return inf[: -len(fam[0])] + fam[1]
    if inf in _RE_VERBS:
        return inf[:-2]
    if inf in _TIR_VERBS:
        return inf[:-3] + "t"
    if inf in IR2_VERBS or (inf.endswith("ir") and not inf.endswith("oir")):
        return inf[:-2] + "it"
    if inf.endswith("er"):
        return _er_stem(inf, "e") + "e"
    if inf.endswith("re"):
        return inf[:-2]
    return inf


def third_plural(inf: str) -> str:
    inf = inf.lower()
    if inf in _IRREGULAR:
        return _IRREGULAR[inf][1]
    fam = _family(inf)
    if fam:
        return inf[: -len(fam[0])] + fam[2]
    if inf in _RE_VERBS:
        return inf[:-2] + "ent"
    if inf in _TIR_VERBS:
        return inf[:-2] + "ent"
    if inf in IR2_VERBS or (inf.endswith("ir") and not inf.endswith("oir")):
        return inf[:-2] + "issent"
    if inf.endswith("er"):
        return _er_stem(inf, "ent") + "ent"
    return inf


def subjunctive(inf: str) -> str:
    inf = inf.lower()
    if inf in _IRREGULAR:
        return _IRREGULAR[inf][2]
    fam = _family(inf)
    if fam:
        return inf[: -len(fam[0])] + fam[3]
    if inf in _RE_VERBS or inf in _TIR_VERBS:
        return inf[:-2] + "e"
    if inf in IR2_VERBS:
        return inf[:-2] + "isse"
    if inf.endswith("er"):
        return third(inf)
    return ""


def imperative(inf: str) -> str:
    inf = inf.lower()
    if inf in _IRREGULAR:
        return _IRREGULAR[inf][3]
    fam = _family(inf)
    if fam:
        return inf[: -len(fam[0])] + fam[4]
    if inf in _RE_VERBS or inf in _TIR_VERBS:
        return inf[:-2] + "ez"
    if inf in IR2_VERBS:
        return inf[:-2] + "issez"
    if inf.endswith("er"):
        return inf[:-2] + "ez"
    return ""


def infinitive(form: str, *, guess: bool = False) -> str:
    """The infinitive of a conjugated form (3sg, 3pl, subjunctive, imperative "vous"), or
    of an infinitive; '' when the form is not a known verb. With ``guess``, an unknown
    form with a regular -er ending is read as an -er verb ("synchronise")."""
    w = form.lower().replace("’", "'")
    if is_known_verb(w):
        return w
    known = _forms().get(w)
    if known:
        return known
    if not guess or not w.isalpha() or len(w) < 4:
        return ""
    if re.search(r"(?:er|ir|re|oir)$", w):
        return w
    for end in ("ent", "ez", "e"):
        if w.endswith(end):
            stem = w[: -len(end)]
            if end == "ent" and stem.endswith("iss"):
                return stem[:-3] + "ir"
            stem = re.sub(r"è([^aeiouy]{1,2})$", r"é\1", stem) if "è" in stem[-3:] else stem
            return stem + "er"
    return ""


def is_infinitive(word: str, *, guess: bool = False) -> bool:
    w = word.lower()
    if is_known_verb(w):
        return True
    return guess and bool(re.search(r"[a-zéèêûîô]{2}(?:er|ir|re)$", w)) and w not in NOT_VERBS


def is_third(word: str, *, guess: bool = False) -> bool:
    """A present third-person singular ("prévoit", "envoie", "réduit")."""
    w = word.lower()
    inf = infinitive(w)
    if inf and third(inf) == w:
        return True
    if inf and subjunctive(inf) == w:
        return True
    return (
        guess
        and w not in NOT_VERBS
        and bool(re.search(r"[a-zéèêâîôû]{2}(?:e|it)$", w))
        and not w.endswith(("ée", "ie", "ique", "isme", "ette", "ure", "ance", "ence", "ude"))
    )


def is_third_plural(word: str, *, guess: bool = False) -> bool:
    w = word.lower()
    inf = infinitive(w)
    if inf and third_plural(inf) == w:
        return True
    return guess and w.endswith("ent") and len(w) > 5 and not w.endswith(("ment", "ments"))


#: Words whose endings look like verbs but that are nouns or adjectives in ideas.
NOT_VERBS = frozenset(
    [
        "dîner",
        "déjeuner",
        "goûter",
        "quartier",
        "fichier",
        "papier",
        "panier",
        "calendrier",
        "dossier",
        "chantier",
        "atelier",
        "courrier",
        "cahier",
        "métier",
        "clavier",
        "loyer",
        "foyer",
        "laboratoire",
        "territoire",
        "histoire",
        "mémoire",
        "horaire",
        "calendaire",
        "mère",
        "père",
        "frère",
        "centre",
        "ordre",
        "nombre",
        "membre",
        "libre",
        "propre",
        "simple",
        "double",
        "titre",
        "lettre",
        "mètre",
        "kilomètre",
        "litre",
        "heure",
        "leur",
        "leurs",
        "notre",
        "votre",
        "entre",
        "contre",
        "après",
        "avant",
        "pendant",
        "comme",
        "comment",
        "souvent",
        "ensemble",
        "agenda",
        "facture",
        "ruche",
        "boulangerie",
        "pharmacie",
        "épicerie",
        "plateforme",
        "application",
        "famille",
        "équipe",
        "personne",
        "semaine",
        "voiture",
        "poste",
        "tâche",
        "liste",
        "carte",
        "vente",
        "offre",
        "demande",
        "réponse",
        "dose",
        "date",
        "adresse",
        "cotisation",
        "adhésion",
    ]
)

# -- nouns ----------------------------------------------------------------------------------

#: Gender of common nouns in ideas ("m" or "f"); for others the ending decides when it
#: can, else the gender is unknown.
_GENDER = {
    **dict.fromkeys(
        [
            "outil",
            "service",
            "capteur",
            "appareil",
            "jeu",
            "cours",
            "assistant",
            "tableau",
            "calendrier",
            "réseau",
            "site",
            "bot",
            "chatbot",
            "logiciel",
            "pilulier",
            "boîtier",
            "objet",
            "bracelet",
            "collier",
            "badge",
            "robot",
            "agenda",
            "carnet",
            "annuaire",
            "programme",
            "coach",
            "compagnon",
            "thermostat",
            "détecteur",
            "traceur",
            "compteur",
            "kit",
            "abonnement",
            "podcast",
            "quiz",
            "simulateur",
            "tableur",
            "module",
            "widget",
            "moteur",
            "portail",
            "espace",
            "guide",
            "marché",
            "comparateur",
            "planificateur",
            "gestionnaire",
            "tracker",
            "radar",
            "système",
            "dispositif",
            "club",
            "cabinet",
            "restaurant",
            "hôpital",
            "commerce",
            "magasin",
            "atelier",
            "chantier",
            "quartier",
            "village",
            "collège",
            "lycée",
            "bureau",
            "entrepôt",
            "hôtel",
            "parent",
            "enfant",
            "patient",
            "client",
            "médecin",
            "artisan",
            "élève",
            "membre",
            "matériel",
            "vélo",
            "chien",
            "chat",
            "animal",
            "repas",
            "produit",
            "document",
            "devis",
            "rendez-vous",
            "manuel",
            "match",
            "terrain",
            "projet",
            "budget",
            "stock",
            "rappel",
            "suivi",
            "paiement",
            "abonnement",
            "message",
            "planning",
            "compte",
            "groupe",
            "réseau",
            "marketplace",
        ],
        "m",
    ),
    **dict.fromkeys(
        [
            "application",
            "appli",
            "app",
            "plateforme",
            "carte",
            "boutique",
            "extension",
            "messagerie",
            "solution",
            "communauté",
            "formation",
            "balise",
            "montre",
            "caméra",
            "borne",
            "prise",
            "lampe",
            "serrure",
            "sonde",
            "station",
            "box",
            "newsletter",
            "bibliothèque",
            "liste",
            "place",
            "association",
            "entreprise",
            "école",
            "équipe",
            "boulangerie",
            "pharmacie",
            "épicerie",
            "librairie",
            "clinique",
            "mairie",
            "agence",
            "startup",
            "pme",
            "crèche",
            "ferme",
            "famille",
            "personne",
            "infirmière",
            "ruche",
            "maison",
            "voiture",
            "facture",
            "cotisation",
            "adhésion",
            "demande",
            "commande",
            "réservation",
            "garde",
            "tâche",
            "note",
            "dépense",
            "semaine",
            "journée",
            "alerte",
            "photo",
            "vidéo",
            "recette",
            "séance",
            "leçon",
            "classe",
            "matière",
            "révision",
        ],
        "f",
    ),
}
_F_ENDINGS = (
    "tion",
    "sion",
    "xion",
    "té",
    "ure",
    "ette",
    "ance",
    "ence",
    "ie",
    "ise",
    "ade",
    "ude",
    "ée",
    "esse",
    "ière",
    "euse",
    "trice",
    "ienne",
    "ante",
    "ente",
    "aine",
    "ine",
    "elle",
    "erie",
    "éenne",
    "ique",
)
_M_ENDINGS = (
    "éen",
    "eur",
    "age",
    "ment",
    "oir",
    "isme",
    "eau",
    "ier",
    "et",
    "ail",
    "ant",
    "ent",
    "ien",
    "on",
    "in",
    "er",
    "at",
    "ot",
    "is",
)
_M_EXCEPTIONS = frozenset(
    ["page", "image", "plage", "cage", "nage", "rage", "valeur", "couleur", "fleur"]
)


def gender(noun: str) -> str:
    """'m', 'f' or '' (unknown) for a singular or plural noun."""
    w = noun.lower().replace("’", "'")
    if w in _GENDER:
        return _GENDER[w]
    one = singular(w)
    if one in _GENDER:
        return _GENDER[one]
    if one in _M_EXCEPTIONS:
        return "f"
    if one.endswith(_F_ENDINGS):
        return "f"
    if one.endswith(_M_ENDINGS):
        return "m"
    return ""


_PLURAL_X = frozenset(["bijoux", "cailloux", "choux", "genoux", "hiboux", "joujoux", "poux"])
_INVARIABLE = frozenset(
    [
        "devis",
        "prix",
        "temps",
        "fois",
        "cours",
        "corps",
        "bras",
        "pays",
        "mois",
        "repas",
        "colis",
        "souris",
        "avis",
        "rendez-vous",
        "accès",
        "succès",
        "process",
        "quiz",
        "box",
        "poids",
        "bois",
        "voix",
        "choix",
        "nez",
        "gaz",
        "cas",
        "dos",
        "jus",
    ]
)


def singular(noun: str) -> str:
    w = noun
    lw = w.lower()
    if lw in _INVARIABLE or ("-" in lw and lw.endswith("vous")):
        return w
    if lw in _PLURAL_X:
        return w[:-1]
    if lw.endswith("aux") and len(lw) > 4:
        return w[:-3] + ("ail" if lw in ("travaux", "vitraux", "émaux") else "al")
    if lw.endswith(("eaux", "eux")) and len(lw) > 4:
        return w[:-1]
    if lw.endswith(("ais", "ois", "ès", "us")):
        return w  # "anglais", "français", "progrès", "campus"
    if lw.endswith("s") and not lw.endswith("ss") and len(lw) > 3:
        return w[:-1]
    return w


def is_plural(noun: str) -> bool:
    lw = noun.lower()
    if lw in _INVARIABLE:
        return False
    return lw.endswith(("s", "x")) and not lw.endswith("ss") and len(lw) > 3


_FEMININE = [
    ("teur", "trice"),
    ("eur", "euse"),
    ("ier", "ière"),
    ("er", "ère"),
    ("ien", "ienne"),
    ("on", "onne"),
    ("if", "ive"),
    ("ant", "ante"),
    ("ent", "ente"),
    ("ain", "aine"),
    ("in", "ine"),
    ("ais", "aise"),
    ("ois", "oise"),
    ("at", "ate"),
    ("ot", "ote"),
    ("é", "ée"),
    ("u", "ue"),
]
_EPICENE_END = ("e", "iste", "aire", "ogue", "iatre")
_NO_FEMININE = frozenset(["docteur", "professeur", "chef", "auteur", "médecin"])


def feminine(noun: str) -> str:
    """The feminine of a people noun ("étudiant" -> "étudiante"); the noun itself when
    it is the same in both genders ("élève", "dentiste"); '' when unknown."""
    w = noun.lower()
    if w.endswith(_EPICENE_END):
        return noun
    if w in _NO_FEMININE:
        return ""
    for m, f in _FEMININE:
        if w.endswith(m):
            return noun[: -len(m)] + f
    return ""


def epicene(noun: str) -> bool:
    """The same word in both genders: "membre", "élève", "responsable", "dentiste"."""
    return noun.lower().endswith(_EPICENE_END) and not noun.lower().endswith(
        ("ière", "euse", "trice", "ienne", "ante", "ente", "aine", "ine", "onne", "ée", "ue")
    )


# -- sounds ---------------------------------------------------------------------------------

_H_ASPIRE = re.compile(
    r"^h(?:a(?:ch|m|ie|ll|ng|rc|rd|ric|s|u)|é(?:ro|ri|riss)|i(?:b|ér)|o(?:ck|mard|nte|rs|u|"
    r"ll|mard)|u(?:b|t|rl))",
    re.I,
)


def starts_with_vowel(word: str) -> bool:
    """True when ``word`` takes elision ("l'outil", "d'hôpital", not "le hamac")."""
    w = word.lstrip("«\u202f\u00a0 \"'’(").lower()
    if not w:
        return False
    if w[0] == "h":
        return not _H_ASPIRE.match(w)
    if w.startswith(("y", "oui", "ouat")) and not w.startswith(("yp", "yv", "yt", "ys")):
        return False
    return w[0] in VOWELS
