"""Portuguese morphology the offline writer needs, by hand: verb forms, plural and
singular nouns, gender, the feminine of a person noun.

Ideas say "que controla o estoque", "que sugira correções", "e se os moradores
pudessem dividir…?", "Ajude pequenas padarias a…"; a frame needs the third person
("{name} controla …") or the infinitive ("permite controlar …"). Written forms are the
same in Brazil and Portugal for everything below (the 1990 spelling agreement), so one
table serves both. Loading a lemmatizer's Portuguese dictionary (simplemma) would cost
more than a whole ``protogen new``; the verbs product ideas use fit here. An -ar verb
that is not listed is conjugated by rule; an -er or -ir verb that is not listed is not
guessed, so the frames that need its other forms are not used.
"""

from __future__ import annotations

import re
from functools import cache


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


_REGULAR = """
abrir aceitar acompanhar aconselhar adaptar adicionar administrar agendar agrupar
ajudar ajustar alertar alimentar alugar analisar anotar anunciar apagar apoiar
aprender aprovar armazenar arquivar arrumar atender atualizar automatizar avaliar
avisar baixar beber buscar calcular cancelar carregar cobrar colecionar combinar
comer compartilhar partilhar completar comprar comunicar conectar confirmar
consultar contar contatar contratar controlar conversar copiar correr criar cuidar
cumprir decidir deixar depender desenhar desenvolver detectar digitalizar dividir
doar economizar editar eliminar emprestar encomendar encontrar enviar ensinar
entregar enviar escanear escrever escutar esperar estudar evitar examinar explicar
exportar filtrar fotografar funcionar ganhar gastar gerar gerenciar gerir gravar
guardar identificar imaginar importar imprimir indicar informar integrar
interessar juntar lembrar levar limpar listar localizar mandar marcar melhorar
misturar montar monitorar monitorizar mostrar motivar mudar anotar notificar
observar ocupar olhar organizar otimizar pagar participar passar planejar planear
praticar precisar preencher preparar apresentar priorizar processar programar
publicar rastrear receber reciclar recolher recomendar registrar registar
reservar resolver responder resumir retirar reunir revisar salvar selecionar
sinalizar simplificar sincronizar solucionar somar tirar tocar tomar trabalhar
transformar tratar trocar usar utilizar validar vender verificar viajar vigiar
visitar visualizar votar acessar aceder acrescentar coordenar cotar diagnosticar
etiquetar faturar fixar medicar mapear ordenar pesar premiar prevenir pontuar
regular vincular adotar conservar emparelhar encarregar escolher manejar
oferecer personalizar proporcionar recomendar negociar sortear acabar chegar
ligar navegar entrar lançar começar alcançar dançar abraçar esquecer conhecer
agradecer aparecer desaparecer estabelecer favorecer merecer nascer parecer
pertencer reconhecer crescer acontecer fornecer enriquecer amanhecer proteger
eleger dirigir exigir corrigir fingir atingir surgir reagir distinguir permitir
existir discutir admitir emitir transmitir partir definir coincidir residir
inscrever difundir confundir ocorrer recorrer dever esconder meter prometer romper
temer varrer ceder conceder proceder suceder comprometer submeter percorrer
surpreender empreender suspender pretender ofender descansar desenhar desfrutar
elaborar explorar facilitar fomentar girar iluminar implementar incentivar
instalar memorizar mencionar nomear operar pintar plantar prever quitar reagir
realizar recarregar reclamar recompensar redigir substituir representar resgatar
respeitar ressaltar reutilizar saltar segmentar semear solicitar supervisionar
transcrever transportar valorizar ventilar passear bloquear desbloquear recear
estrear folhear golpear cear chatear incluir distribuir contribuir atribuir
excluir concluir diminuir possuir construir destruir abranger agitar alternar
animar apostar arrecadar assinar avançar calibrar capturar celebrar centralizar
classificar colaborar compensar consumir contestar cultivar dedicar descobrir
cobrir dormir engordar escalar estimar expandir gastar hospedar lavar localizar
medir mencionar ouvir pedir perder poder preferir produzir reduzir traduzir
conduzir introduzir repetir seguir conseguir servir sentir sugerir vestir competir
subir fugir divertir advertir referir investir mentir consentir tossir sacudir
"""

# Verbs whose stem changes (p1s and subjunctive; p3s for subir-type verbs).
#   i: e -> i in p1s and the subjunctive (seguir: siga; sentir: sinta; sugerir: sugira)
#   u: o -> u (dormir: durma; cobrir: cubra)
#   o: u -> o in p3s and p3p (subir: sobe, sobem; the subjunctive keeps u: suba)
_CLASSES = {
    "i": "seguir conseguir servir sentir sugerir vestir competir divertir advertir "
    "referir investir mentir consentir repetir preferir ferir",
    "u": "dormir cobrir descobrir tossir",
    "o": "subir fugir sacudir consumir",
}

_IRREGULAR: dict[str, dict[str, str]] = {
    "ser": {
        "p3s": "é",
        "p3p": "são",
        "s3s": "seja",
        "s3p": "sejam",
        "r3p": "foram",
        "p1s": "sou",
        "p1p": "somos",
    },
    "estar": {
        "p3s": "está",
        "p3p": "estão",
        "s3s": "esteja",
        "s3p": "estejam",
        "r3p": "estiveram",
        "p1s": "estou",
    },
    "ir": {
        "p3s": "vai",
        "p3p": "vão",
        "s3s": "vá",
        "s3p": "vão",
        "r3p": "foram",
        "p1s": "vou",
        "p1p": "vamos",
    },
    "haver": {
        "p3s": "há",
        "p3p": "hão",
        "s3s": "haja",
        "s3p": "hajam",
        "r3p": "houveram",
        "p1s": "hei",
    },
    "ter": {
        "p3s": "tem",
        "p3p": "têm",
        "s3s": "tenha",
        "s3p": "tenham",
        "r3p": "tiveram",
        "p1s": "tenho",
    },
    "vir": {
        "p3s": "vem",
        "p3p": "vêm",
        "s3s": "venha",
        "s3p": "venham",
        "r3p": "vieram",
        "ger": "vindo",
        "p1s": "venho",
    },
    "pôr": {
        "p3s": "põe",
        "p3p": "põem",
        "s3s": "ponha",
        "s3p": "ponham",
        "r3p": "puseram",
        "ger": "pondo",
        "p1s": "ponho",
        "p1p": "pomos",
    },
    "fazer": {"p3s": "faz", "s3s": "faça", "s3p": "façam", "r3p": "fizeram", "p1s": "faço"},
    "dizer": {"p3s": "diz", "s3s": "diga", "s3p": "digam", "r3p": "disseram", "p1s": "digo"},
    "trazer": {"p3s": "traz", "s3s": "traga", "s3p": "tragam", "r3p": "trouxeram", "p1s": "trago"},
    "ver": {
        "p3s": "vê",
        "p3p": "veem",
        "s3s": "veja",
        "s3p": "vejam",
        "r3p": "viram",
        "p1s": "vejo",
    },
    "ler": {"p3s": "lê", "p3p": "leem", "s3s": "leia", "s3p": "leiam", "p1s": "leio"},
    "dar": {"p3s": "dá", "p3p": "dão", "s3s": "dê", "s3p": "deem", "r3p": "deram", "p1s": "dou"},
    "saber": {"s3s": "saiba", "s3p": "saibam", "r3p": "souberam", "p1s": "sei"},
    "poder": {"s3s": "possa", "s3p": "possam", "r3p": "puderam", "p1s": "posso"},
    "querer": {"p3s": "quer", "s3s": "queira", "s3p": "queiram", "r3p": "quiseram"},
    "perder": {"s3s": "perca", "s3p": "percam", "p1s": "perco"},
    "pedir": {"s3s": "peça", "s3p": "peçam", "p1s": "peço"},
    "medir": {"s3s": "meça", "s3p": "meçam", "p1s": "meço"},
    "ouvir": {"s3s": "ouça", "s3p": "ouçam", "p1s": "ouço"},
    "sair": {"p3s": "sai", "p3p": "saem", "s3s": "saia", "s3p": "saiam", "p1s": "saio"},
    "construir": {"p3s": "constrói", "p3p": "constroem"},
    "destruir": {"p3s": "destrói", "p3p": "destroem"},
    "prever": {
        "p3s": "prevê",
        "p3p": "preveem",
        "s3s": "preveja",
        "s3p": "prevejam",
        "r3p": "previram",
        "p1s": "prevejo",
    },
}
_COMPOUNDS = {
    "ter": "manter obter conter deter reter sustentar entreter",
    "pôr": "propor compor dispor repor supor expor impor",
    "fazer": "desfazer refazer satisfazer",
    "vir": "convir intervir",
    "trazer": "",
}

_ENDINGS = {
    "ar": {
        "p3s": "a",
        "p3p": "am",
        "s3s": "e",
        "s3p": "em",
        "r3p": "aram",
        "ger": "ando",
        "p1s": "o",
        "p1p": "amos",
    },
    "er": {
        "p3s": "e",
        "p3p": "em",
        "s3s": "a",
        "s3p": "am",
        "r3p": "eram",
        "ger": "endo",
        "p1s": "o",
        "p1p": "emos",
    },
    "ir": {
        "p3s": "e",
        "p3p": "em",
        "s3s": "a",
        "s3p": "am",
        "r3p": "iram",
        "ger": "indo",
        "p1s": "o",
        "p1p": "imos",
    },
}


def _spell(stem: str, ending: str, conj: str) -> str:
    e0 = ending[:1]
    if conj == "ar" and e0 == "e":
        if stem.endswith("c"):
            return stem[:-1] + "qu" + ending  # busque, notifique
        if stem.endswith("g"):
            return stem + "u" + ending  # pague, entregue
        if stem.endswith("ç"):
            return stem[:-1] + "c" + ending  # comece, lance
    if conj in ("er", "ir") and e0 in ("a", "o"):
        if stem.endswith("gu"):
            return stem[:-2] + "g" + ending  # siga, consiga
        if stem.endswith("g"):
            return stem[:-1] + "j" + ending  # corrija, proteja
        if stem.endswith("c"):
            return stem[:-1] + "ç" + ending  # ofereça, conheça
    if (
        conj == "ar"
        and stem.endswith("e")
        and ending[:1] in ("a", "o", "e")
        and len(stem) > 2
        and not ending.startswith(("ando", "amos", "aram"))
    ):
        return stem + "i" + ending  # passeia, passeie (-ear)
    return stem + ending


@cache
def conjugate(inf: str) -> dict[str, str]:
    base, prefix = inf, ""
    for b, compounds in _COMPOUNDS.items():
        if inf in compounds.split():
            base, prefix = b, inf[: -len(b)]
            break
    if base == "pôr":
        conj, stem = "er", "p"
    else:
        conj, stem = inf[-2:], inf[:-2]
    cls = _CLASS_OF.get(base, "")
    out: dict[str, str] = {}
    for tag, ending in _ENDINGS[conj].items():
        s = stem
        if cls == "i" and tag in ("s3s", "s3p", "p1s"):
            s = re.sub(r"e(?=[^aeiou]*(?:u)?$)", "i", stem)
        elif cls == "u" and tag in ("s3s", "s3p", "p1s"):
            s = re.sub(r"o(?=[^aeiou]*$)", "u", stem)
        elif cls == "o" and tag in ("p3s", "p3p"):
            s = re.sub(r"u(?=[^aeiou]*$)", "o", stem)
        out[tag] = _spell(s, ending, conj)
    if base.endswith("uzir"):  # produz, reduzem
        out["p3s"] = stem[:-1] + "z"
    if base.endswith("uir") and base not in ("seguir", "conseguir", "distinguir"):
        out["p3s"] = stem + "i"  # inclui, distribui
        out["s3s"], out["s3p"] = stem + "a", stem + "am"
    if base.endswith("guir"):
        out["p3s"], out["p3p"] = stem + "e", stem + "em"
    if base in _IRREGULAR:
        for tag, f in _IRREGULAR[base].items():
            out[tag] = prefix + f if prefix else f
        if prefix and base == "ter":  # mantém, obtêm
            out["p3s"], out["p3p"] = prefix + "tém", prefix + "têm"
        if prefix and base == "vir":
            out["p3s"], out["p3p"] = prefix + "vém", prefix + "vêm"
        if prefix and base == "pôr":
            out["p3s"], out["p3p"] = prefix + "põe", prefix + "põem"
    out["i3p"] = out["r3p"][:-3] + "ssem"  # pudessem, dividissem
    out["i3s"] = out["r3p"][:-3] + "sse"
    return out


_CLASS_OF = {v: cls for cls, verbs in _CLASSES.items() for v in verbs.split()}
VERBS = (
    frozenset(_REGULAR.split())
    | frozenset(_CLASS_OF)
    | frozenset(_IRREGULAR)
    | frozenset(w for ws in _COMPOUNDS.values() for w in ws.split())
)


_I3 = ("ssem", "sse")


def _special(inf: str) -> bool:
    """A verb whose forms the reverse rules below cannot find from the word: irregular,
    compound, stem-changing, -uir, -uzir, -ear."""
    return (
        inf in _CLASS_OF
        or inf in _IRREGULAR
        or inf in _COMPOUND_OF
        or inf.endswith(("uir", "uzir", "ear"))
    )


_COMPOUND_OF = frozenset(w for ws in _COMPOUNDS.values() for w in ws.split())
# Spelling a stem takes before an ending, undone: busque -> busc, pague -> pag,
# comece -> começ, ofereça -> oferec, corrija -> corrig, siga -> segu
_UNSPELL = (("qu", "c"), ("gu", "g"), ("c", "ç"), ("ç", "c"), ("j", "g"), ("g", "gu"))


@cache
def _special_index() -> dict[str, tuple[tuple[str, str], ...]]:
    """Every form of the special verbs -> ((infinitive, tag), ...)."""
    idx: dict[str, list[tuple[str, str]]] = {}
    for inf in sorted(v for v in VERBS if _special(v)):
        for tag, form in conjugate(inf).items():
            idx.setdefault(form, []).append((inf, tag))
    return {k: tuple(v) for k, v in idx.items()}


@cache
def _endings() -> tuple[str, ...]:
    forms = {e for table in _ENDINGS.values() for e in table.values()}
    forms |= {e[:-3] + s for table in _ENDINGS.values() for e in [table["r3p"]] for s in _I3}
    return tuple(sorted(forms, key=len, reverse=True))


@cache
def analyse(word: str) -> tuple[tuple[str, str], ...]:
    """The (infinitive, tag) readings of ``word`` among the listed verbs. The special
    verbs are looked up; a regular one is found from the word (strip an ending, undo the
    spelling, check the lexicon, conjugate to confirm), so no index of every form of
    every verb is built at start-up."""
    w = word.lower()
    found = list(_special_index().get(w, ()))
    if w in VERBS:
        found.append((w, "inf"))
    for ending in _endings():
        if not w.endswith(ending) or len(w) <= len(ending) + 1:
            continue
        stem = w[: -len(ending)]
        stems = {stem} | {stem[: -len(a)] + b for a, b in _UNSPELL if stem.endswith(a)}
        for s in sorted(stems):
            for conj in _ENDINGS:
                inf = s + conj
                if inf in VERBS and not _special(inf):
                    for tag, form in conjugate(inf).items():
                        if form == w and (inf, tag) not in found:
                            found.append((inf, tag))
    return tuple(found)


_VERB_LIKE = re.compile(r"(?:iza|izam|ize|izem|ifica|ificam|eia|eiam)$")


def guess(word: str) -> tuple[tuple[str, str], ...]:
    """Readings of a listed verb form; else the -ar reading its ending gives."""
    found = analyse(word)
    if found:
        return found
    w = word.lower()
    if len(w) < 4 or not w.isalpha():
        return ()
    if w.endswith("am"):
        return ((w[:-2] + "ar", "p3p"),)
    if w.endswith("a"):
        return ((w[:-1] + "ar", "p3s"),)
    # "-e" is the subjunctive of an -ar verb or the present of an -er/-ir one: only the
    # endings that -ar verbs alone write are read ("busque", "organize", "passeie")
    if re.search(r"(?:qu|gu|c|z|ei)em$", w):
        return ((_unspell_e(w[:-2]) + "ar", "s3p"),)
    if re.search(r"(?:qu|gu|c|z|ei)e$", w):
        return ((_unspell_e(w[:-1]) + "ar", "s3s"),)
    if w.endswith(("ar", "er", "ir")):
        return ((w, "inf"),)
    return ()


def _unspell_e(stem: str) -> str:
    if stem.endswith("qu"):
        return stem[:-2] + "c"
    if stem.endswith("gu"):
        return stem[:-1]
    if stem.endswith("c"):
        return stem[:-1] + "ç"
    return stem


def looks_like_verb(word: str) -> bool:
    return bool(analyse(word)) or bool(_VERB_LIKE.search(word.lower()) and len(word) > 4)


def infinitive(word: str, tags: tuple[str, ...] = ()) -> str:
    for inf, tag in guess(word):
        if not tags or tag in tags:
            return inf
    return ""


def form(inf: str, tag: str) -> str:
    return conjugate(inf).get(tag, "")


# --- nouns ------------------------------------------------------------------------------

_MASC_A = _w(
    "dia mapa problema sistema programa tema idioma clima planeta esquema sofá "
    "diagrama dilema lema panorama poema app"
)
_FEM_O = _w("foto moto tribo")
_FEM = _w(
    "rede flor classe gente noite nuvem parte tarde torre mente morte sorte carne "
    "base frase imagem viagem mensagem garagem paisagem pele lei vez voz luz paz "
    "cruz raiz cidade comunidade mulher mãe ordem margem"
)
_MASC = _w(
    "marketplace bot chat sensor dispositivo aparelho site portal painel serviço jogo "
    "curso software hardware robô relógio tutor carro cliente estudante pai "
    "aplicativo"
)


def gender(noun: str) -> str:
    w = noun.lower()
    if w in _MASC_A or w in _MASC:
        return "m"
    if w in _FEM_O or w in _FEM:
        return "f"
    if re.search(r"(?:ista|eta|euta|ata)$", w):
        return "m"
    if re.search(r"(?:a|ção|são|dade|tude|agem|ez|ice)$", w):
        return "f"
    return "m"


_ACUTE_PLURALS = _w("cafés sofás pés avós bebês chás pás maracujás")


def singular(word: str) -> str:
    """The singular of a plural noun or adjective ('' if ``word`` is not plural)."""
    if re.search(r"[áéíóúâêô]s$", word.lower()) and word.lower() not in _ACUTE_PLURALS:
        return ""  # inglés, país, autobús, mês: singular already
    w, lw = word, word.lower()
    if not lw.endswith("s") or len(lw) < 3:
        return ""
    if lw in ("pais", "mães"):
        return w[:-1]
    for pl, sg in (("ões", "ão"), ("ães", "ão"), ("ãos", "ão")):
        if lw.endswith(pl):
            return w[: -len(pl)] + sg
    if lw.endswith("ais"):
        return w[:-3] + "al"  # animais, hospitais
    if lw.endswith("éis"):
        return w[:-3] + "el"  # papéis, hotéis
    if lw.endswith("óis"):
        return w[:-3] + "ol"
    if lw.endswith("ns"):
        return w[:-2] + "m"  # jovens, viagens
    if re.search(r"[aeiou](?:r|z)es$", lw):
        return w[:-2]  # professores, mulheres, vezes
    if lw.endswith("eses") and len(re.findall(r"[aeiou]+", lw)) > 2:
        return w[:-4] + "ês"  # portugueses, meses -> mês handled below
    if lw == "meses":
        return w[:-4] + "ês"
    if re.search(r"[aeiouáéíóúâêô]s$", lw) or re.search(r"[^aeiouáéíóús]s$", lw):
        return w[:-1]
    return ""


def is_plural(word: str) -> bool:
    return bool(singular(word))


_FEMININE = {
    "pai": "mãe",
    "pais": "mães",
    "homem": "mulher",
    "chefe": "chefe",
    "primeiro": "primeira",
    "ator": "atriz",
    "avô": "avó",
}
_INVARIABLE = _w(
    "membro responsável pessoa cliente estudante paciente jovem freelancer "
    "profissional líder gerente agente"
)


def feminine(word: str) -> str:
    """The feminine of a person noun in the masculine singular ('' when unknown)."""
    lw = word.lower()
    if lw in _FEMININE:
        out = _FEMININE[lw]
    elif lw in _INVARIABLE or re.search(r"(?:ista|eta|ante|ente|a)$", lw):
        return word
    elif lw.endswith("ão"):
        out = lw[:-2] + "ã"
    elif lw.endswith("o"):
        out = lw[:-1] + "a"
    elif lw.endswith("or"):
        out = lw + "a"
    elif lw.endswith("ês"):
        out = lw[:-2] + "esa"
    else:
        return ""
    return word[:1] + out[1:] if word[:1].isupper() else out
