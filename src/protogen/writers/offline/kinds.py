"""The kind of product an idea describes, from cue words in any of the seven languages.

The kind picks the frames that fit: a home device gets "pair it with your phone", not
"create an account with your work email"; a marketplace speaks to both of its sides; an
internal tool has no pricing question. Cues are word starts (Latin script) or
substrings (Japanese, Chinese); each kind's score is its number of cues found, times its
weight, and ties go to the kind listed first.
"""

from __future__ import annotations

import re
from functools import cache

_CUES: dict[str, tuple[int, str]] = {
    "internal": (
        4,
        "internal|in-house|our office|our warehouse|our team|our support|our staff|"
        "our employees|it desk|back office|interno|interna|interne|internes|internen|"
        "interner|unser lager|unsere mitarbeiter|nossa equipe|nuestro equipo|社内|内部|"
        "公司内部|员工",
    ),
    "device": (
        3,
        "sensor|device|gadget|hardware|wearable|collar|thermostat|valve|plug|fuse box|"
        "smart water|smart pill|pill case|pillbox|clips onto|sits on|battery|bluetooth|"
        "capteur|appareil|boîtier|sensor|gerät|geräte|dispositivo|aparelho|sensores|"
        "センサー|デバイス|ピルケース|スマート|传感器|设备|智能|药盒",
    ),
    "marketplace": (
        3,
        "marketplace|uber for|airbnb for|etsy for|fiverr for|connects|matches|match |"
        "rent out|rent |hire|book a|booking|buyers and sellers|sellers|plumber|electrician|"
        "handyman|cleaner|babysitter|nanny|dog walk|swap|lend|neighbours|neighbors|"
        "sell |sell surplus|mercado|marketplace|conecta|alquil|intercambi|vecinos|"
        "met en relation|échanger|louer|vermiet|verleih|nachbarn|vendem|vendedores|"
        "passeadores|paseadores|マッチング|シェア|譲|借用|互相|邻居|平台",
    ),
    "health": (
        2,
        "health|medical|medication|patient|clinic|doctor|therapy|symptom|dose|diabetes|"
        "insulin|sleep|nurse|salud|médic|paciente|insulina|diabetes|santé|patient|"
        "gesundheit|arzt|ärzt|patienten|impfung|saúde|paciente|服薬|健康|医療|药|健康|医",
    ),
    "learning": (
        2,
        "learn|student|teacher|course|lesson|tutor|school|quiz|flashcard|study|exam|"
        "practise|practice|classroom|estudiante|profesor|curso|aprend|escuela|dictado|"
        "étudiant|cours|apprend|école|manuel|lernen|lernspiel|schüler|grundschul|"
        "aluno|professor|escola|redaç|curso|学習|教科書|学生|大学生|学习|自习|图书馆",
    ),
    "team": (
        1,
        "team|teams|manager|managers|company|companies|business|b2b|saas|crm|invoice|"
        "procurement|clients|customers|sales|workflow|freelancer|agency|employees|owners|"
        "equipo|empresa|clientes|équipe|entreprise|clients|factur|unternehmen|betrieb|"
        "kunden|angebot|equipe|empresa|clientes|チーム|企業|フリーランス|团队|企业|"
        "自由职业|客户|发票",
    ),
}


@cache
def _patterns() -> dict[str, tuple[int, re.Pattern]]:
    out = {}
    for kind, (weight, cues) in _CUES.items():
        parts = []
        for cue in cues.split("|"):
            cue = cue.strip()
            if not cue:
                continue
            prefix = r"(?<![\w])" if cue[:1].isascii() and cue[:1].isalpha() else ""
            parts.append(prefix + re.escape(cue))
        out[kind] = (weight, re.compile("|".join(parts)))
    return out


def kind_of(text: str) -> str:
    """The kind of product ``text`` describes (one of :data:`reading.KINDS`)."""
    low = text.lower()
    best, best_score = "consumer", 0
    for kind, (weight, pattern) in _patterns().items():
        score = weight * len(pattern.findall(low))
        if score > best_score:
            best, best_score = kind, score
    return best
