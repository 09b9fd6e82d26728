"""Spanish morphology the offline writer needs, by hand: verb forms, plural and singular
nouns, gender, the feminine of a person noun.

An idea says "que encuentra paseadores", "que reúna su catálogo", "¿y si los vecinos
pudieran compartir…?", "encuentra un fontanero"; a frame needs the third person
("{name} encuentra …") or the infinitive ("te permite encontrar …"). Going from one to
the other needs the verb's class (-ar, -er, -ir), its stem change (encontrar →
encuentra) and its spelling changes (organizar → organice). A lemmatizer such as
simplemma would do it, but loading its Spanish dictionary costs more than a whole
``protogen new``; the verbs product ideas use fit in this file. An -ar verb that is not
listed is conjugated by rule (most new verbs are -ar: escanear, digitalizar); an -er or
-ir verb that is not listed is not guessed, so the frames that need its other forms are
not used.
"""

from __future__ import annotations

import re
from functools import cache


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- verbs ------------------------------------------------------------------------------

# Regular verbs (spelling changes are applied by rule).
_REGULAR = """
abrir aceptar acompañar aconsejar activar actualizar adaptar administrar agendar agrupar
ahorrar ajustar alertar alimentar alquilar analizar anotar anunciar aparcar apoyar
aprender apuntar archivar arreglar asignar asistir automatizar avisar ayudar bajar
beber buscar calcular calificar cambiar caminar cancelar cargar cobrar cocinar
combinar comer compartir completar comprar comprender comunicar conectar confirmar
consultar contactar contratar controlar conversar copiar correr crear cuidar cumplir
chatear charlar dejar depender desarrollar descargar describir descubrir detectar
dibujar digitalizar dividir documentar donar echar editar educar ejecutar eliminar
enseñar entrenar entregar escanear escribir escuchar esperar estudiar evitar examinar
explicar exportar filtrar firmar formar fotocopiar funcionar ganar generar gestionar
grabar guardar gustar hablar identificar imaginar importar imprimir indicar informar
integrar intercambiar interesar invitar llamar llegar llenar llevar lograr mandar
marcar mejorar mezclar mirar modificar monitorizar monitorear motivar nadar necesitar
notificar observar ocupar olvidar opinar optimizar ordenar organizar pagar participar
pasar pasear planear planificar practicar precisar preguntar preparar presentar
prestar priorizar procesar programar proponer proteger publicar quedar rastrear
recibir reciclar recoger recopilar reducir registrar rellenar reparar repartir
reportar reservar resumir retirar revisar responder sacar saludar seleccionar señalar
simplificar sincronizar solucionar subir sumar superar tardar terminar tirar tocar
tomar trabajar traducir transformar tratar usar utilizar validar vender verificar
viajar vigilar visitar visualizar votar citar cocinar coordinar cotizar diagnosticar
etiquetar facturar fijar fichar limpiar medicar mapear ordenar pesar pedalear
premiar prevenir puntuar regular rentar resolver sugerir traducir unir vincular
acceder agregar añadir adoptar conservar crecer emparejar encargar escoger manejar
mantener obtener ofrecer personalizar proporcionar recomendar reunir seguir subastar
liberar negociar sortear aprobar comprobar contar convertir corregir costar demostrar
dormir elegir empezar encender encontrar entender extender jugar medir mostrar mover
pedir pensar perder preferir probar recordar regar renovar repetir servir soltar
volver devolver advertir calentar cerrar competir comenzar conseguir defender despertar
impedir invertir requerir sentir vestir divertir atender colgar acordar reforzar
forzar sentar despedir referir enviar fotografiar guiar confiar vaciar ampliar variar
enfriar continuar evaluar actuar graduar situar efectuar prohibir vender leer creer
poseer proveer construir incluir distribuir destruir contribuir sustituir atribuir
excluir concluir disminuir conocer agradecer aparecer desaparecer establecer favorecer
merecer nacer parecer pertenecer reconocer producir conducir introducir deducir
vencer convencer ejercer distinguir dirigir exigir proteger recoger coger escoger
reproducir almorzar tropezar gobernar negar confesar atravesar recomendar
permitir existir decidir sufrir vivir discutir cubrir admitir emitir transmitir partir
definir coincidir residir suscribir inscribir difundir confundir ocurrir recurrir
deber esconder meter prometer romper temer barrer ceder conceder proceder suceder
comprometer someter recorrer sorprender emprender suspender pretender ofender
acostar apostar sonar soñar volar rodar tostar rogar descontar encerrar sembrar
merendar manifestar fregar desplegar temblar pasar reponer componer aportar
alertar animar apagar aprovechar arrancar asegurar averiguar bloquear brindar
calmar capturar celebrar centralizar clasificar colaborar compensar competir
conducir consumir contestar crecer cubrir decorar dedicar desbloquear descansar
diseñar disfrutar elaborar encargar engordar entrar escalar explorar facilitar
fomentar gastar girar guardar hallar iluminar implementar incentivar instalar
inventariar juntar lanzar leer localizar mandar medir memorizar mencionar
montar navegar nombrar operar pactar pintar plantar pronosticar publicitar
quitar reaccionar realizar recargar reclamar recolectar recompensar redactar
reemplazar relacionar reparar reponer representar rescatar respetar restar
resaltar retar reutilizar sanar saltar segmentar sembrar solicitar sortear
suministrar supervisar suspender tasar transcribir transportar valorar ventilar
"""

# Stem-changing and accented verbs: class per verb.
#   ie: e -> ie when stressed (pensar: piensa)       ue: o -> ue (encontrar: encuentra)
#   ie-i: ie, and i in the gerund (sentir)           ue-u: ue, and u (dormir)
#   i: e -> i (pedir: pide, pidiendo)                 u-ue: jugar (juega)
#   í / ú: a written accent on the stem (enviar: envía; continuar: continúa; reunir: reúne)
_CLASSES = {
    "ie": "pensar empezar comenzar cerrar despertar calentar recomendar regar negar "
    "confesar atravesar gobernar sentar tropezar entender encender extender perder "
    "defender atender querer",
    "ue": "encontrar contar mostrar demostrar recordar probar comprobar aprobar costar "
    "soltar colgar acordar renovar almorzar forzar reforzar volver devolver mover "
    "resolver poder",
    "ie-i": "sentir preferir sugerir convertir advertir divertir invertir requerir referir",
    "ue-u": "dormir morir",
    "i": "pedir medir servir seguir conseguir elegir corregir repetir competir impedir "
    "despedir vestir",
    "u-ue": "jugar",
    "í": "enviar fotografiar guiar confiar vaciar ampliar variar enfriar prohibir",
    "ú": "continuar evaluar actuar graduar situar efectuar reunir",
}

# Irregular verbs: the forms that differ from the rule (p3s, p3p: present; s3s, s3p:
# present subjunctive; r3p: preterite third person plural; ger: gerund; p1s).
_IRREGULAR: dict[str, dict[str, str]] = {
    "ser": {
        "p3s": "es",
        "p3p": "son",
        "s3s": "sea",
        "s3p": "sean",
        "r3p": "fueron",
        "p1s": "soy",
        "p1p": "somos",
    },
    "estar": {
        "p3s": "está",
        "p3p": "están",
        "s3s": "esté",
        "s3p": "estén",
        "r3p": "estuvieron",
        "p1s": "estoy",
    },
    "ir": {
        "p3s": "va",
        "p3p": "van",
        "s3s": "vaya",
        "s3p": "vayan",
        "r3p": "fueron",
        "ger": "yendo",
        "p1s": "voy",
        "p1p": "vamos",
    },
    "haber": {
        "p3s": "ha",
        "p3p": "han",
        "s3s": "haya",
        "s3p": "hayan",
        "r3p": "hubieron",
        "p1s": "he",
        "p1p": "hemos",
    },
    "tener": {
        "p3s": "tiene",
        "p3p": "tienen",
        "s3s": "tenga",
        "s3p": "tengan",
        "r3p": "tuvieron",
        "p1s": "tengo",
    },
    "venir": {
        "p3s": "viene",
        "p3p": "vienen",
        "s3s": "venga",
        "s3p": "vengan",
        "r3p": "vinieron",
        "ger": "viniendo",
        "p1s": "vengo",
    },
    "poner": {"s3s": "ponga", "s3p": "pongan", "r3p": "pusieron", "p1s": "pongo"},
    "hacer": {"p3s": "hace", "s3s": "haga", "s3p": "hagan", "r3p": "hicieron", "p1s": "hago"},
    "decir": {
        "p3s": "dice",
        "p3p": "dicen",
        "s3s": "diga",
        "s3p": "digan",
        "r3p": "dijeron",
        "ger": "diciendo",
        "p1s": "digo",
    },
    "traer": {
        "s3s": "traiga",
        "s3p": "traigan",
        "r3p": "trajeron",
        "ger": "trayendo",
        "p1s": "traigo",
    },
    "salir": {"s3s": "salga", "s3p": "salgan", "p1s": "salgo"},
    "valer": {"s3s": "valga", "s3p": "valgan", "p1s": "valgo"},
    "caer": {"s3s": "caiga", "s3p": "caigan", "r3p": "cayeron", "ger": "cayendo", "p1s": "caigo"},
    "oír": {
        "p3s": "oye",
        "p3p": "oyen",
        "s3s": "oiga",
        "s3p": "oigan",
        "r3p": "oyeron",
        "ger": "oyendo",
        "p1s": "oigo",
    },
    "ver": {"p3s": "ve", "p3p": "ven", "s3s": "vea", "s3p": "vean", "r3p": "vieron", "p1s": "veo"},
    "dar": {"p3s": "da", "p3p": "dan", "s3s": "dé", "s3p": "den", "r3p": "dieron", "p1s": "doy"},
    "saber": {"s3s": "sepa", "s3p": "sepan", "r3p": "supieron", "p1s": "sé"},
    "poder": {"r3p": "pudieron", "ger": "pudiendo"},
    "querer": {"r3p": "quisieron"},
    "prever": {
        "p3s": "prevé",
        "p3p": "prevén",
        "s3s": "prevea",
        "s3p": "prevean",
        "r3p": "previeron",
        "p1s": "preveo",
    },
}
# Compounds conjugate like their base verb: mantener like tener, proponer like poner.
_COMPOUNDS = {
    "tener": "mantener obtener contener detener retener sostener entretener",
    "venir": "prevenir convenir intervenir provenir",
    "poner": "proponer componer disponer reponer suponer exponer imponer posponer",
    "hacer": "deshacer rehacer",
    "decir": "predecir contradecir",
    "traer": "atraer distraer contraer extraer",
}

_ENDINGS = {
    "ar": {
        "p3s": "a",
        "p3p": "an",
        "s3s": "e",
        "s3p": "en",
        "r3p": "aron",
        "ger": "ando",
        "p1s": "o",
        "p1p": "amos",
    },
    "er": {
        "p3s": "e",
        "p3p": "en",
        "s3s": "a",
        "s3p": "an",
        "r3p": "ieron",
        "ger": "iendo",
        "p1s": "o",
        "p1p": "emos",
    },
    "ir": {
        "p3s": "e",
        "p3p": "en",
        "s3s": "a",
        "s3p": "an",
        "r3p": "ieron",
        "ger": "iendo",
        "p1s": "o",
        "p1p": "imos",
    },
}
_STRESSED = ("p3s", "p3p", "s3s", "s3p", "p1s")
_ACCENT = str.maketrans("aeiou", "áéíóú")


def _stem_change(stem: str, cls: str, tag: str) -> str:
    """The stem of ``tag`` for a verb of class ``cls``."""
    stressed = tag in _STRESSED
    if cls == "u-ue" and stressed:
        return re.sub(r"u(?=[^aeiou]*$)", "ue", stem)
    if cls in ("ie", "ie-i") and stressed:
        return re.sub(r"e(?=[^aeiou]*$)", "ie", stem)
    if cls in ("ue", "ue-u") and stressed:
        new = re.sub(r"o(?=[^aeiou]*$)", "ue", stem)
        return new
    if cls == "i" and (stressed or tag in ("ger", "r3p")):
        return re.sub(r"e(?=[^aeiou]*(?:u)?$)", "i", stem)
    if cls == "ie-i" and tag in ("ger", "r3p"):
        return re.sub(r"e(?=[^aeiou]*$)", "i", stem)
    if cls == "ue-u" and tag in ("ger", "r3p"):
        return re.sub(r"o(?=[^aeiou]*$)", "u", stem)
    if cls in ("í", "ú") and stressed:
        return re.sub(r"([iu])(?=[^aeiou]*$)", lambda m: m.group(1).translate(_ACCENT), stem)
    return stem


def _spell(stem: str, ending: str, conj: str) -> str:
    """Join stem and ending with Spanish spelling: busque, pague, organice, corrija,
    siga, conozca, construye, leyendo."""
    e0 = ending[:1]
    if conj == "ar" and e0 == "e":
        if stem.endswith("c"):
            return stem[:-1] + "qu" + ending
        if stem.endswith("g"):
            return stem + "u" + ending
        if stem.endswith("gu"):
            return stem[:-2] + "gü" + ending
        if stem.endswith("z"):
            return stem[:-1] + "c" + ending
    if conj in ("er", "ir") and e0 in ("a", "o"):
        if stem.endswith("gu"):
            return stem[:-2] + "g" + ending
        if stem.endswith("g"):
            return stem[:-1] + "j" + ending
        if re.search(r"[aeiouáéíóú]c$", stem):
            return stem[:-1] + "zc" + ending
        if stem.endswith("c"):
            return stem[:-1] + "z" + ending
    if conj == "ir" and re.search(r"[^g]u$", stem) and e0 in ("a", "e", "o"):
        return stem + "y" + ending  # construye, incluyan
    if conj in ("er", "ir") and re.search(r"(?<![gq])[aeouáéó]$", stem) and ending.startswith("ie"):
        return stem + "y" + ending[1:]  # leyendo, leyeron, construyendo
    return stem + ending


@cache
def conjugate(inf: str) -> dict[str, str]:
    """The forms of ``inf`` the writer uses (see ``_ENDINGS`` for the tags)."""
    base, prefix = inf, ""
    for b, compounds in _COMPOUNDS.items():
        if inf in compounds.split():
            base, prefix = b, inf[: -len(b)]
            break
    conj = inf[-2:] if inf[-2:] in _ENDINGS else ("ir" if inf.endswith("ír") else "ar")
    stem = inf[:-2]
    cls = _CLASS_OF.get(base, "")
    out: dict[str, str] = {}
    for tag, ending in _ENDINGS[conj].items():
        if base.endswith("ducir") and tag == "r3p":
            out[tag] = stem[:-1] + "jeron"
            continue
        out[tag] = _spell(_stem_change(stem, cls, tag), ending, conj)
    if base in _IRREGULAR:
        for tag, form in _IRREGULAR[base].items():
            out[tag] = prefix + form if prefix else form
    out["i3p"] = out["r3p"][:-3] + "ran"  # pudieran, compartieran
    out["i3s"] = out["r3p"][:-3] + "ra"
    return out


_CLASS_OF = {v: cls for cls, verbs in _CLASSES.items() for v in verbs.split()}
VERBS = frozenset(_REGULAR.split()) | frozenset(_CLASS_OF) | frozenset(_IRREGULAR)
VERBS = VERBS | frozenset(w for ws in _COMPOUNDS.values() for w in ws.split())


_I3 = ("ran", "ra")


def _special(inf: str) -> bool:
    """A verb whose forms the reverse rules below cannot find from the word: irregular,
    compound, stem-changing, accented, -uir, -ducir, -eer."""
    return (
        inf in _CLASS_OF
        or inf in _IRREGULAR
        or inf in _COMPOUND_OF
        or inf.endswith(("uir", "ducir", "eer", "aer", "oír", "ír"))
    )


_COMPOUND_OF = frozenset(w for ws in _COMPOUNDS.values() for w in ws.split())
# Spelling a stem takes before an ending, undone: busque -> busc, pague -> pag,
# organice -> organiz, corrija -> corrig, conozca -> conoc, siga -> sigu
_UNSPELL = (
    ("qu", "c"),
    ("gü", "gu"),
    ("gu", "g"),
    ("zc", "c"),
    ("c", "z"),
    ("j", "g"),
    ("z", "c"),
    ("g", "gu"),
)


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


# Endings that only verbs have, for verbs that are not listed.
_VERB_LIKE = re.compile(r"(?:iza|izan|ice|icen|ifica|ifican|ea|ean|ee|een)$")


def guess(word: str) -> tuple[tuple[str, str], ...]:
    """Readings of a listed verb form; else, for an -ar verb that is not listed, the
    reading its ending gives (a word that ends like an -er or -ir verb is not guessed)."""
    found = analyse(word)
    if found:
        return found
    w = word.lower()
    if len(w) < 4 or not w.isalpha():
        return ()
    if w.endswith("an"):
        return ((w[:-2] + "ar", "p3p"),)
    if w.endswith("a"):
        return ((w[:-1] + "ar", "p3s"),)
    # "-e" is the subjunctive of an -ar verb or the present of an -er/-ir one: only the
    # endings that -ar verbs alone write are read ("busque", "organice", "escanee")
    if re.search(r"(?:qu|gu|gü|c|e)en$", w):
        return ((_unspell_e(w[:-2]) + "ar", "s3p"),)
    if re.search(r"(?:qu|gu|gü|c|e)e$", w):
        return ((_unspell_e(w[:-1]) + "ar", "s3s"),)
    if w.endswith("ar") or w.endswith("er") or w.endswith("ir"):
        return ((w, "inf"),)
    return ()


def _unspell_e(stem: str) -> str:
    if stem.endswith("qu"):
        return stem[:-2] + "c"
    if stem.endswith("gu"):
        return stem[:-1]
    if stem.endswith("gü"):
        return stem[:-2] + "gu"
    if stem.endswith("c"):
        return stem[:-1] + "z"
    return stem


def looks_like_verb(word: str) -> bool:
    """A listed verb form, or a word with an ending only verbs have."""
    return bool(analyse(word)) or bool(_VERB_LIKE.search(word.lower()) and len(word) > 4)


def infinitive(word: str, tags: tuple[str, ...] = ()) -> str:
    """The infinitive of ``word`` ('' when it is not a verb form we can read); with
    ``tags``, only readings with one of those tags count."""
    for inf, tag in guess(word):
        if not tags or tag in tags:
            return inf
    return ""


def form(inf: str, tag: str) -> str:
    return conjugate(inf).get(tag, "")


# --- nouns ------------------------------------------------------------------------------

_MASC_A = _w(
    "día mapa problema sistema programa tema idioma clima planeta esquema sofá "
    "diagrama dilema lema panorama poema"
)
_FEM_O = _w("mano foto moto radio")
_FEM = _w(
    "app web red flor clase gente leche llave noche nube parte sal tarde torre mujer pyme "
    "calle fuente mente muerte suerte carne base frase imagen sangre piel ley "
    "miel vez voz luz paz cruz nariz raíz ciudad comunidad"
)
_MASC = _w(
    "marketplace bot chat sensor dispositivo sitio portal panel tablero asistente "
    "servicio juego curso mapa software hardware robot reloj collar tutor "
    "coche viaje paisaje garaje cliente estudiante"
)


def gender(noun: str) -> str:
    """'m' or 'f' for a singular noun (by lexicon, then by its ending)."""
    w = noun.lower()
    if w in _MASC_A or w in _MASC:
        return "m"
    if w in _FEM_O or w in _FEM:
        return "f"
    if re.search(r"(?:ista|eta|euta|ata)$", w):
        return "m"  # epicene people nouns: the generic masculine
    if re.search(r"(?:a|ción|sión|dad|tad|tud|umbre|ez|is)$", w):
        return "f"
    return "m"


_ACCENTED = str.maketrans("áéíóú", "aeiou")


def _strip_accent(w: str) -> str:
    return w.translate(_ACCENTED)


def _add_accent_last(stem: str) -> str:
    """almacen -> almacén, organizacion -> organización: the last vowel."""
    m = re.search(r"([aeiou])([^aeiou]*)$", stem)
    if not m:
        return stem
    return stem[: m.start()] + m.group(1).translate(_ACCENT) + m.group(2)


_ACUTE_PLURALS = _w("cafés sofás menús bebés papás mamás esquís champús tabús")


def singular(word: str) -> str:
    """The singular of a plural noun or adjective ('' if ``word`` is not plural)."""
    if re.search(r"[áéíóúâêô]s$", word.lower()) and word.lower() not in _ACUTE_PLURALS:
        return ""  # inglés, país, autobús, mês: singular already
    w, lw = word, word.lower()
    if not lw.endswith("s") or len(lw) < 3:
        return ""
    if lw.endswith("ces"):
        return w[:-3] + "z"  # luces, veces
    if lw.endswith("es") and len(lw) > 4:
        stem, ls = w[:-2], lw[:-2]
        if re.search(r"[aeiouáéíóú][rldy]$", ls) or ls.endswith("reloj"):
            return stem  # paseadores, hoteles, ciudades, leyes, árboles
        if re.search(r"[aeiouáéíóú]n$", ls):
            if re.search(r"[áéó]|(?<![aeiou])[íú](?![aeiou])", ls):
                return _strip_accent_once(stem)  # jóvenes, exámenes, orígenes
            if len(re.findall(r"[aeiou]+", ls)) > 1:
                return _add_accent_last(stem)  # almacenes, jardines, organizaciones
            return stem  # trenes
        if re.search(r"[áéíóú]s$", ls):
            return stem  # países, franceses written with the accent kept
        if re.search(r"[aeiouáéíóú]s$", ls) and lw.endswith("eses"):
            if len(re.findall(r"[aeiou]+", ls)) > 1:
                return _add_accent_last(stem)  # intereses, franceses
            return stem  # meses
        if re.search(r"us$", ls) and len(re.findall(r"[aeiou]+", ls)) > 1:
            return _add_accent_last(stem)  # autobuses
    if re.search(r"[aeiouáéíóú]s$", lw) or re.search(r"[^aeiouáéíóús]s$", lw):
        return w[:-1]  # perros, clientes, padres, cafés, startups
    return ""


def _strip_accent_once(stem: str) -> str:
    return re.sub(r"[áéíóú]", lambda m: m.group(0).translate(_ACCENTED), stem, count=1)


def is_plural(word: str) -> bool:
    return bool(singular(word))


_FEMININE = {
    "padre": "madre",
    "padres": "madres",
    "hombre": "mujer",
    "jefe": "jefa",
    "primer": "primera",
    "actor": "actriz",
    "rey": "reina",
    "yerno": "nuera",
}
_INVARIABLE = _w(
    "miembro responsable persona cliente estudiante paciente joven freelancer "
    "profesional líder gerente agente"
)


def feminine(word: str) -> str:
    """The feminine of a person noun or adjective in the masculine singular ('' when it
    has none or when it is not known)."""
    lw = word.lower()
    if lw in _FEMININE:
        out = _FEMININE[lw]
    elif lw in _INVARIABLE or re.search(r"(?:ista|eta|ante|ente|iente|a)$", lw):
        return word
    elif lw.endswith("o"):
        out = lw[:-1] + "a"
    elif re.search(r"(?:or|ín|és|ón)$", lw):
        out = _strip_accent(lw) + "a" if lw[-2] in "íéó" else lw + "a"
    else:
        return ""
    return word[:1] + out[1:] if word[:1].isupper() else out
