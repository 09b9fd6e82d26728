"""The Spanish and Portuguese reader: the idea's product, audience, pain and promises.

Both languages build a pitch the same way: "Una app de salud para personas con
diabetes que registra las comidas…", "Um aplicativo para pequenos restaurantes que
controla o estoque…". The product keeps the idea's own article, which carries its
gender; the audience follows "para" and is kept only when it is a noun phrase that names
people, groups or organisations ("huertos urbanos" is a topic, not an audience; a clause
such as "que …" is never an audience). A promise is a verb phrase whose verb the
morphology (:mod:`.es_morph`, :mod:`.pt_morph`) can read: the third person for "{name}
…", the infinitive for "permite …", both formed from the idea's own verb, whatever
mood the idea used ("que reúna" after a wish, "¿y si … pudieran …?", an imperative).
A verb in the plural belongs to the audience ("fisioterapeutas que ofrecen …"): that is
something the audience does with the product.

Ideas come as pitches, as a problem and then "queremos …"/"a ideia é …", as questions
("¿Y si…?", "E se…?"), as bullet lists, as brand analogies ("Uber para …", "um Airbnb
de …"), as imperatives ("Ayuda a …", "Encontre …") and as speech ("Oye, pues…", "Tipo
assim…"). What cannot be read safely is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from protogen.writers.offline.kinds import kind_of
from protogen.writers.offline.reading import Phrase, Promise, Reading


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


_TOKEN = re.compile(r"[\w][\w'’+&/.-]*[\w+]|[\w]|[,:;()¿?¡!—–]")


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


@dataclass(frozen=True)
class Lang:
    """What the reader knows of one language."""

    code: str
    morph: ModuleType
    arts: dict[str, tuple[str, bool, bool]]  # article -> (gender, plural, definite)
    dets: frozenset[str]  # other determiners: possessives, demonstratives, "cada"
    first_poss: dict[str, str]  # "mi" -> "tu": the idea's "my" becomes the reader's "your"
    stop: frozenset[str]
    clitics: frozenset[str]
    adverbs: frozenset[str]
    conj: frozenset[str]  # "y", "e"
    boundary: frozenset[str]  # words a phrase may be cut before
    lets: frozenset[str]  # permitir, ayudar, dejar: "lets (someone) do"
    could: frozenset[str]  # conditional / subjunctive of "can"
    wh: frozenset[str]
    people: frozenset[str]
    orgs: frozenset[str]
    groups: frozenset[str]
    heads: frozenset[str]  # product nouns
    generic: frozenset[str]  # "personas", "gente": no audience on their own
    fillers: re.Pattern
    leads: tuple[re.Pattern, ...]
    what_if: re.Pattern
    how_might: re.Pattern
    problem_is: re.Pattern
    pain: re.Pattern
    purpose: re.Pattern  # "para que", "pra que"
    kinds: dict[str, tuple[int, tuple[str, ...]]]


def _rx(pattern: str) -> re.Pattern:
    """Patterns are written in lower case and matched against lower-cased text: a
    case-insensitive pattern costs three times as much to compile, on every run."""
    return re.compile(pattern)


def lower_same(text: str) -> str:
    """``text`` in lower case, when that keeps every offset (it almost always does)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


def sub_ci(rx: re.Pattern, text: str, repl: str = " ") -> str:
    """``rx.sub(repl, text)`` with ``rx`` matched against the lower-cased text."""
    out, last = [], 0
    for m in rx.finditer(lower_same(text)):
        out += [text[last : m.start()], repl]
        last = m.end()
    return "".join([*out, text[last:]])


def _cues(spec: dict[str, tuple[int, str]]) -> dict[str, tuple[int, tuple[str, ...]]]:
    """Cue word starts per kind; counted as substrings after a space (cheaper than one
    large regular expression per kind, which would be compiled on every run)."""
    return {k: (w, tuple(" " + c for c in cues.split("|"))) for k, (w, cues) in spec.items()}


@cache
def lang_data(code: str) -> Lang:
    if code == "es":
        from protogen.writers.offline import es_morph as morph

        return Lang(
            code="es",
            morph=morph,
            arts={
                "un": ("m", False, False),
                "una": ("f", False, False),
                "unos": ("m", True, False),
                "unas": ("f", True, False),
                "el": ("m", False, True),
                "la": ("f", False, True),
                "los": ("m", True, True),
                "las": ("f", True, True),
            },
            dets=_words(
                "mi mis tu tus su sus nuestro nuestra nuestros nuestras este esta estos estas "
                "ese esa esos esas cada algunos algunas muchos muchas varios varias otros otras"
            ),
            first_poss={
                "mi": "tu",
                "mis": "tus",
                "nuestro": "tu",
                "nuestra": "tu",
                "nuestros": "tus",
                "nuestras": "tus",
            },
            stop=_words(
                "el la los las un una unos unas y e o u ni de del al a ante para por con sin "
                "en entre sobre hasta desde hacia que quien quienes cual cuales cuando donde "
                "como porque pero aunque si no se es son está están era fue ser hay lo le les "
                "me te nos os mi mis tu tus su sus muy más menos ya también además tan tanto "
                "este esta estos estas ese esa esos esas cada todo todos toda todas otro otra "
                "otros otras mismo misma algo nada alguien nadie según tras mediante sino "
                "pues así bien mal aquí allí hoy ahora siempre nunca"
            ),
            clitics=_words("me te se le les lo la los las nos os"),
            adverbs=_words(
                "también además automáticamente incluso ya solo sólo luego después siempre "
                "directamente fácilmente rápidamente enseguida después encima"
            ),
            conj=_words("y e"),
            boundary=_words(
                "que y e o u cuando porque para por con sin en de del al a desde hasta "
                "entre según sobre como mientras si donde aunque pero antes tras mediante"
            ),
            lets=_words("permitir dejar ayudar facilitar"),
            could=_words("pudieran pudiera podrían podría pudiesen pudiese puedan pueda"),
            wh=_words("qué quién quiénes cuál cuáles dónde cuándo cómo cuánto cuántos"),
            people=_words(
                "persona dueño propietario padre madre vecino profesor maestro docente alumno "
                "estudiante universitario niño hijo joven adolescente mayor anciano abuelo "
                "jubilado paciente médico enfermero cuidador fisioterapeuta psicólogo "
                "terapeuta dentista veterinario farmacéutico deportista atleta corredor "
                "ciclista jugador entrenador escalador músico artista fotógrafo diseñador "
                "desarrollador programador ingeniero científico investigador escritor "
                "periodista autor lector viajero turista conductor repartidor mensajero "
                "camarero cocinero chef panadero agricultor ganadero productor vendedor "
                "comprador comerciante cliente consumidor usuario inquilino casero arrendador "
                "trabajador empleado funcionario autónomo freelancer emprendedor fundador "
                "gerente directivo jefe responsable líder manager reclutador abogado "
                "contable asesor consultor agente comercial técnico electricista fontanero "
                "carpintero pintor albañil mecánico limpiador canguro niñera paseador "
                "voluntario donante socio miembro aficionado fan amante opositor mujer "
                "hombre emigrante inmigrante migrante refugiado residente huésped anfitrión "
                "propietaria ciudadano creador influencer streamer pescador recepcionista "
                "dependiente cajero operario mozo coordinador supervisor administrativo "
                "profesional especialista cuidadora tutor opositora estudiante pareja amigo "
                "compañero colega novio bebé adolescente graduando doctorando vecina"
            ),
            orgs=_words(
                "empresa pyme startup tienda comercio negocio restaurante bar cafetería "
                "panadería pastelería librería farmacia clínica hospital consulta escuela "
                "colegio instituto universidad academia gimnasio hotel ayuntamiento "
                "asociación ong fundación club agencia estudio despacho bufete taller granja "
                "bodega fábrica mercado supermercado peluquería guardería residencia "
                "cooperativa organización institución marca editorial inmobiliaria "
                "frutería carnicería floristería ferretería óptica autoescuela hostal "
                "alojamiento bodega comercio"
            ),
            groups=_words("equipo departamento grupo comunidad familia plantilla oficina área"),
            heads=_words(
                "app aplicación aplicacion herramienta plataforma marketplace servicio sensor "
                "dispositivo juego videojuego curso bot chatbot asistente panel tablero "
                "calendario mapa web sitio portal sistema software programa extensión widget "
                "wearable collar pulsera reloj gadget kit caja suscripción agenda buscador "
                "comparador planificador organizador gestor rastreador localizador "
                "traductor escáner robot dron termostato enchufe cámara báscula botella "
                "pastillero llavero etiqueta tarjeta boletín newsletter podcast canal foro "
                "directorio catálogo guía diario cuaderno monitor alarma detector medidor "
                "cerradura timbre tracker dashboard crm saas api red tienda comunidad club"
            ),
            generic=_words("personas gente usuarios todos todas cualquiera nadie"),
            fillers=_rx(
                r"^(?:oye|mira|pues|bueno|vale|vamos|a ver|o sea|en plan|tipo|eh+|em+|"
                r"la verdad(?: es que)?|no sé|básicamente|digamos|venga|entonces|total|"
                r"así que|y nada|nada)\b[,:]?\s*"
                r"|(?<=[\s,])(?:o sea|en plan|¿sabes\?|sabes|básicamente|digamos|tipo|"
                r"no sé|eh+|em+|pues)\b,?"
                r"|^(?:he|hemos|había|habíamos) estado pensando(?: en esto| en algo)?"
                r"(?: (?:desde hace|hace) (?:un tiempo|tiempo|días))?[,:]?\s*"
                r"|^(?:estaba|estábamos|estoy|estamos|llevo|llevamos)(?: un tiempo)? "
                r"pensando(?: en esto| en algo| que| en(?= una? ))?[,:]?\s*"
                r"|^(?:se me ha ocurrido|se me ocurrió|se nos ocurrió)(?: que| algo)?[,:]?\s*"
            ),
            leads=(
                _rx(
                    r"^(?:la|mi|nuestra|una) idea (?:es|sería|era)(?: que)?(?: (?:crear|hacer|"
                    r"montar|lanzar|tener|construir|desarrollar|sacar))?[:,]?\s+"
                ),
                _rx(
                    r"^(?:yo |nosotros )?(?:quiero|queremos|querría|querríamos|quería|"
                    r"queríamos|me gustaría|nos gustaría|pensamos|planeamos|vamos a|voy a|"
                    r"necesitamos|necesito|propongo|proponemos)"
                    r"(?: (?:en )?(?:crear|hacer|montar|lanzar|construir|desarrollar|tener|"
                    r"diseñar|sacar|ofrecer))?\s+"
                ),
                _rx(
                    r"^(?:estoy|estamos) (?:creando|haciendo|montando|construyendo|"
                    r"desarrollando|diseñando)\s+"
                ),
                _rx(
                    r"^(?:¿\s*)?(?:qué tal|por qué no (?:hay|existe)|y si (?:hubiera|existiera|"
                    r"hubiese|tuviéramos|creáramos|hiciéramos|montáramos)|imagina|imaginad|"
                    r"imagínate|se trata de|(?:es|sería) (?:como |algo como |tipo )?(?=un |una )|"
                    r"debería (?:haber|existir)|tendría que (?:haber|existir)|"
                    r"hace falta|haría falta|falta)\s*"
                ),
                _rx(r"^(?:algo(?: así)?(?: como)?|una especie de)\s+(?=un |una )"),
            ),
            what_if=_rx(r"^(?:¿\s*)?(?:y si|qué pasaría si|qué tal si|imagina que|imagina si)\s+"),
            how_might=_rx(
                r"^(?:¿\s*)?cómo (?:podríamos|podemos|podría|puede|se puede)\s+"
                r"(?=ayudar|hacer|conseguir|lograr|permitir)"
            ),
            problem_is=_rx(
                r"^(?:el|mi|nuestro|un) (?:gran |principal |verdadero )?problema es(?: que)?\s+"
                r"|^lo que pasa es que\s+|^resulta que\s+"
            ),
            pain=_rx(
                r"\b(?:pierden|pierde|perder|pierdo|perdemos|no pueden|no puede|no podemos|"
                r"no saben|no sabe|olvidan|olvida|se olvidan|se les olvida|tiran|desperdici\w*|"
                r"malgast\w*|difícil|complicad\w*|problema|cuesta|caro|cara|caos|a mano|"
                r"harto|harta|hartos|agobi\w*|estrés|tardan|tarda|nadie|nunca|sin tiempo|"
                r"se pierde|se pierden|dependen|frustra\w*|lío|pesadilla|eterno|eternas|"
                r"horas)\b"
            ),
            purpose=_rx(r"^para que$"),
            kinds=_cues(
                {
                    "internal": (
                        4,
                        "interna|interno|nuestro equipo|nuestra empresa|nuestros empleados|"
                        "nuestra oficina|nuestro almacén|la plantilla|nuestra plantilla",
                    ),
                    "device": (
                        3,
                        "sensor|dispositivo|aparato|collar|pulsera|enchufe|termostato|"
                        "pastillero|báscula|wearable|cámara|botella inteligente|gadget",
                    ),
                    "marketplace": (
                        4,
                        "marketplace|uber|airbnb|wallapop|tinder|glovo|conect|alquil|"
                        "intercambi|compartir|prestar|venden|compra y venta|contratar|"
                        "reservar|paseadores|vecinos|ofrecen",
                    ),
                    "health": (
                        2,
                        "salud|médic|paciente|insulina|diabetes|medicación|medicamento|"
                        "dosis|síntoma|terapia|sueño|clínica|fisioterap|ansiedad|dieta",
                    ),
                    "learning": (
                        2,
                        "aprend|estudiante|alumno|profesor|maestro|curso|clase|escuela|"
                        "colegio|examen|dictado|idioma|deberes|oposicion|universidad",
                    ),
                    "team": (
                        1,
                        "equipo|empresa|clientes|factura|pymes|negocio|ventas|proveedores|"
                        "autónomos|freelancer|agencia|presupuesto|tienda|restaurante",
                    ),
                }
            ),
        )
    from protogen.writers.offline import pt_morph as morph

    return Lang(
        code="pt",
        morph=morph,
        arts={
            "um": ("m", False, False),
            "uma": ("f", False, False),
            "uns": ("m", True, False),
            "umas": ("f", True, False),
            "o": ("m", False, True),
            "a": ("f", False, True),
            "os": ("m", True, True),
            "as": ("f", True, True),
        },
        dets=_words(
            "meu minha meus minhas teu tua teus tuas seu sua seus suas nosso nossa nossos "
            "nossas este esta estes estas esse essa esses essas cada alguns algumas muitos "
            "muitas vários várias outros outras"
        ),
        first_poss={
            "meu": "seu",
            "minha": "sua",
            "meus": "seus",
            "minhas": "suas",
            "nosso": "seu",
            "nossa": "sua",
            "nossos": "seus",
            "nossas": "suas",
        },
        stop=_words(
            "o a os as um uma uns umas e ou nem de do da dos das ao aos à às para pra por "
            "pelo pela pelos pelas com sem em no na nos nas entre sobre até desde que quem "
            "qual quais quando onde como porque mas embora se não é são está estão era foi "
            "ser há lhe lhes me te nos vos meu minha seu sua seus suas muito mais menos já "
            "também além tão este esta estes estas esse essa esses essas cada todo todos "
            "toda todas outro outra outros outras mesmo mesma algo nada alguém ninguém "
            "segundo após mediante senão pois assim bem mal aqui ali hoje agora sempre nunca"
        ),
        clitics=_words("me te se lhe lhes o a os as nos vos"),
        adverbs=_words(
            "também ainda automaticamente inclusive já só somente depois sempre "
            "diretamente facilmente rapidamente logo"
        ),
        conj=_words("e"),
        boundary=_words(
            "que e ou quando porque para pra por com sem em de do da dos das ao aos à às "
            "no na nos nas desde até entre segundo sobre como enquanto se onde embora mas "
            "antes após mediante pelo pela pelos pelas"
        ),
        lets=_words("permitir deixar ajudar facilitar"),
        could=_words("pudessem pudesse poderiam poderia possam possa"),
        wh=_words("que quem qual quais onde quando como quanto quantos"),
        people=_words(
            "pessoa dono proprietário pai mãe vizinho professor docente aluno estudante "
            "universitário criança filho jovem adolescente idoso avô aposentado reformado "
            "paciente médico enfermeiro cuidador fisioterapeuta psicólogo terapeuta "
            "dentista veterinário farmacêutico atleta corredor ciclista jogador treinador "
            "escalador músico artista fotógrafo designer desenvolvedor programador "
            "engenheiro cientista pesquisador investigador escritor jornalista autor "
            "leitor viajante turista motorista condutor entregador estafeta garçom "
            "empregado cozinheiro chef padeiro agricultor produtor vendedor comprador "
            "comerciante cliente consumidor usuário utilizador inquilino senhorio "
            "trabalhador funcionário colaborador autônomo autónomo freelancer empreendedor "
            "fundador gerente gestor diretor chefe responsável líder recrutador advogado "
            "contador contabilista consultor agente técnico eletricista encanador "
            "canalizador carpinteiro pintor pedreiro mecânico faxineiro babá passeador "
            "voluntário doador dador sócio membro fã amante morador residente condômino "
            "síndico mulher homem imigrante migrante refugiado hóspede anfitrião cidadão "
            "criador influenciador pescador recepcionista caixa operário coordenador "
            "supervisor profissional especialista tutor cuidadora casal amigo colega "
            "companheiro namorado noivo bebê vestibulando formando concurseiro"
        ),
        orgs=_words(
            "empresa startup loja comércio negócio restaurante bar café cafeteria padaria "
            "pastelaria confeitaria livraria farmácia clínica hospital consultório escola "
            "colégio universidade academia ginásio hotel prefeitura câmara associação ong "
            "fundação clube agência estúdio escritório oficina fazenda quinta fábrica "
            "armazém mercado supermercado salão creche cooperativa organização instituição "
            "marca editora imobiliária condomínio floricultura mercearia lanchonete "
            "pousada hostel adega"
        ),
        groups=_words("equipe equipa departamento grupo comunidade família turma setor time"),
        heads=_words(
            "app aplicativo aplicação ferramenta plataforma marketplace serviço sensor "
            "dispositivo aparelho jogo curso bot chatbot assistente painel calendário mapa "
            "site portal sistema software programa extensão widget wearable coleira "
            "pulseira relógio gadget kit caixa assinatura agenda buscador comparador "
            "planejador organizador gestor rastreador localizador tradutor scanner robô "
            "drone termostato tomada câmera câmara balança garrafa chaveiro etiqueta "
            "cartão boletim newsletter podcast canal fórum diretório catálogo guia diário "
            "caderno monitor alarme detector medidor fechadura campainha tracker dashboard "
            "crm saas api rede loja comunidade clube"
        ),
        generic=_words("pessoas gente usuários utilizadores todos todas qualquer ninguém"),
        fillers=_rx(
            r"^(?:então|entao|tipo assim|tipo|olha|olhe|bem|bom|pois|enfim|cara|basicamente|"
            r"na verdade|ou seja|assim|é que|sabe|tá|ok|eh+|hum+|ah+|e aí|aí)\b[,:]?\s*"
            r"|(?<=[\s,])(?:tipo assim|tipo|sabe\?|sabe|né\??|ou seja|basicamente|"
            r"na verdade|assim|eh+|hum+)\b,?"
            r"|^(?:eu )?(?:estava|estive|estou|andei|ando|tenho estado|temos estado|"
            r"estávamos)(?: a)? (?:pensando|pensar)(?: nisso| em algo| que| em(?= uma? ))?"
            r"(?: (?:há|faz) (?:um tempo|algum tempo|uns dias))?[,:]?\s*"
        ),
        leads=(
            _rx(
                r"^(?:a|minha|nossa|uma) ideia (?:é|seria|era)(?: que)?(?: (?:criar|fazer|"
                r"montar|lançar|ter|construir|desenvolver))?[:,]?\s+"
            ),
            _rx(
                r"^(?:eu |nós )?(?:quero|queremos|queria|queríamos|gostaria de|gostaríamos de|"
                r"pensamos em|planejamos|vamos|vou|precisamos de|preciso de|propomos|proponho)"
                r"(?: (?:criar|fazer|montar|lançar|construir|desenvolver|ter|desenhar|"
                r"oferecer))?\s+"
            ),
            _rx(
                r"^(?:estou|estamos) (?:criando|fazendo|montando|construindo|desenvolvendo|"
                r"a criar|a fazer|a montar|a construir|a desenvolver)\s+"
            ),
            _rx(
                r"^(?:que tal|por que não (?:há|existe|tem)|porque é que não (?:há|existe)|"
                r"e se (?:houvesse|existisse|tivéssemos|criássemos|fizéssemos|tivesse)|"
                r"imagine|imagina|trata-se de|(?:é|seria) (?:tipo |como |algo como )?"
                r"(?=um |uma )|deveria (?:haver|existir)|devia (?:haver|existir)|"
                r"falta|faz falta)\s*"
            ),
            _rx(r"^(?:algo(?: assim)?(?: como)?|uma espécie de)\s+(?=um |uma )"),
        ),
        what_if=_rx(r"^(?:e se|que tal se|imagine se|imagina se|o que aconteceria se)\s+"),
        how_might=_rx(
            r"^(?:como (?:poderíamos|podemos|podia|poderia|dá para|dá pra))\s+"
            r"(?=ajudar|fazer|conseguir|permitir)"
        ),
        problem_is=_rx(
            r"^(?:o|meu|nosso|um) (?:grande |principal |verdadeiro )?problema é(?: que)?\s+"
            r"|^acontece que\s+|^o que acontece é que\s+"
        ),
        pain=_rx(
            r"\b(?:perdem|perde|perder|perco|perdemos|não conseguem|não consegue|não podem|"
            r"não pode|não sabem|não sabe|esquecem|esquece|jogam fora|deitam fora|"
            r"desperdiç\w*|difícil|complicad\w*|problema|custa|caro|cara|caos|à mão|"
            r"cansad\w*|estresse|stress|demoram|demora|ninguém|nunca|sem tempo|se perde|"
            r"se perdem|dependem|frustra\w*|confus\w*|pesadelo|horas)\b"
        ),
        purpose=_rx(r"^(?:para que|pra que)$"),
        kinds=_cues(
            {
                "internal": (
                    4,
                    "interna|interno|nossa equipe|nossa equipa|nossa empresa|"
                    "nossos funcionários|nossos colaboradores|nosso armazém|nosso escritório",
                ),
                "device": (
                    3,
                    "sensor|dispositivo|aparelho|coleira|pulseira|tomada|termostato|"
                    "balança|wearable|câmera|gadget|garrafa inteligente",
                ),
                "marketplace": (
                    4,
                    "marketplace|uber|airbnb|olx|ifood|tinder|conect|alug|troca|trocar|"
                    "emprest|compartilh|partilh|vendem|compra e venda|contratar|"
                    "reservar|passeadores|vizinhos|oferecem",
                ),
                "health": (
                    2,
                    "saúde|médic|paciente|insulina|diabetes|medicação|medicamento|remédio|"
                    "dose|sintoma|terapia|sono|clínica|fisioterap|ansiedade|dieta",
                ),
                "learning": (
                    2,
                    "aprend|estudante|aluno|professor|curso|aula|escola|colégio|prova|"
                    "redaç|idioma|vestibular|exame|universidade|turma",
                ),
                "team": (
                    1,
                    "equipe|equipa|empresa|clientes|fatura|nota fiscal|negócio|vendas|"
                    "fornecedores|freelancer|agência|orçamento|loja|restaurante",
                ),
            }
        ),
    )


# --- small helpers ------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def join(toks: list[str]) -> str:
    out = " ".join(toks)
    out = re.sub(r"\s+([,:;)?!])", r"\1", out)
    return re.sub(r"([¿¡(])\s+", r"\1", out)


def low(t: str) -> str:
    return t.lower().replace("’", "'")


def is_word(t: str) -> bool:
    return bool(re.match(r"\w", t))


_FINITE = ("p3s", "p3p", "s3s", "s3p", "i3p", "i3s")
# Words a title ends before: a new clause starts there.
_TITLE_CUT = {
    "es": _w("que cuando porque y e o u si para mientras donde sin aunque pero según"),
    "pt": _w("que quando porque e ou se para pra enquanto onde sem embora mas"),
}
# Verbs that only the product does: no "there is no simple way to notify …".
_PRODUCT_ONLY = _w("avisar notificar alertar advertir lembrar")
# Words that need what follows them ("cerca de", "a partir de", "em vez de"): a phrase
# never ends on them.
_DANGLING = _w(
    "cerca lejos dentro fuera encima debajo delante detrás después antes además junto "
    "acerca alrededor través partir vez perto longe através depois junto além "
    "diretamente directamente mais más muy muito tan tão hay há"
)


class _Reader:
    def __init__(self, text: str, lang: str) -> None:
        self.L = lang_data(lang)
        self.m = self.L.morph
        self.r = Reading(lang=lang, text=text, kind=self.kind(text))
        self.pitched = False

    # -- kind ------------------------------------------------------------------------------
    def kind(self, text: str) -> str:
        words = " " + " ".join(re.findall(r"\w+", text.lower())) + " "
        best, best_score = "", 0
        for kind, (weight, cues) in self.L.kinds.items():
            score = weight * sum(words.count(cue) for cue in cues)
            if score > best_score:
                best, best_score = kind, score
        return best or kind_of(text)

    # -- words -----------------------------------------------------------------------------
    def readings(self, t: str) -> tuple[tuple[str, str], ...]:
        if not is_word(t) or (t[:1].isupper() and t[1:2].isupper()):
            return ()
        return self.m.analyse(low(t))

    def verb_at(self, t: str, *, guess: bool = False) -> tuple[str, str]:
        """(infinitive, tag) of a finite verb form or an infinitive, else ('', '')."""
        lt = low(t)
        if not is_word(t) or lt in self.L.stop - {"es", "é", "hay", "há", "está"}:
            return "", ""
        found = self.m.guess(lt) if guess else self.m.analyse(lt)
        for inf, tag in found:
            if tag in _FINITE or tag == "inf":
                return inf, tag
        if not guess and self.m.looks_like_verb(lt):
            for inf, tag in self.m.guess(lt):
                return inf, tag
        return "", ""

    def noun_head(self, word: str) -> tuple[str, str]:
        """('person'|'org'|'group'|'', singular) for a plural or singular noun."""
        lw = low(word)
        one = self.m.singular(lw) or lw
        for group, lex in (
            ("person", self.L.people),
            ("org", self.L.orgs),
            ("group", self.L.groups),
        ):
            if one in lex or lw in lex:
                return group, one
        if re.search(r"(?:dor|dora|tor|tora|ista|ólogo|óloga|ando|anda)$", one) and lw != one:
            return "person", one  # only plurals: "paseadores", "passeadores"
        return "", one

    # -- noun phrases ------------------------------------------------------------------------
    def noun_phrase(self, toks: list[str], i: int, limit: int = 6) -> tuple[list[str], int, str]:
        """A noun phrase at ``toks[i]``: its words (determiner left out), the index after
        it, and the determiner (lower case) if any."""
        det = ""
        if i < len(toks) and (low(toks[i]) in self.L.arts or low(toks[i]) in self.L.dets):
            det = low(toks[i])
            i += 1
            if det in self.L.arts and i < len(toks) and low(toks[i]) in self.L.first_poss:
                det = low(toks[i])  # "o nosso armazém": the possessive says whose
                i += 1
        words: list[str] = []
        n = len(toks)
        while i < n and len(words) < limit:
            t, lt = toks[i], low(toks[i])
            if not is_word(t):
                break
            if lt in ("de", "del", "da", "do", "das", "dos") and words and i + 1 < n:
                j = i + 1
                if low(toks[j]) in self.L.arts and lt == "de" and j + 1 < n:
                    j += 1
                nxt = toks[j]
                if (
                    is_word(nxt)
                    and low(nxt) not in self.L.stop
                    and self.verb_at(nxt)[1] != "inf"
                    and len(words) + (j - i) + 1 <= limit
                ):
                    words += toks[i : j + 1]
                    i = j + 1
                    continue
                break
            if lt in ("con", "com", "sin", "sem") and words and self.noun_head(words[-1])[0]:
                # "personas con diabetes": a people head, then one short phrase
                more, k, d2 = self.noun_phrase(toks, i + 1, 3)
                if more and not d2 and len(words) + len(more) < limit:
                    words += [t, *more]
                    i = k
                break
            if lt in self.L.stop:
                break
            if words:
                inf, tag = self.verb_at(t)
                if tag in _FINITE and lt not in self.L.heads:
                    break  # "los vecinos comparten …": the subject ends at its verb
                if tag == "inf" and inf == lt:
                    break
            words.append(t)
            i += 1
        return words, i, det

    def audience(self, toks: list[str], i: int) -> tuple[Phrase | None, str, int]:
        """What follows "para": an audience (people, groups, organisations), else a
        topic (a short noun phrase that names no one), else nothing."""
        words, j, det = self.noun_phrase(toks, i, 6)
        if not words:
            return None, "", j
        phrase = self.people_phrase(words, det)
        if phrase:
            return phrase, "", j
        head = low(words[0])
        if self.verb_at(words[0])[1] == "inf" or head in self.L.generic:
            return None, "", j
        if len(words) <= 5 and det in ("", *[a for a, v in self.L.arts.items() if v[2]]):
            text = join(words)
            if det and det in self.L.arts:
                text = f"{det} {text}"
            return None, text, j
        return None, "", j

    def people_phrase(self, words: list[str], det: str) -> Phrase | None:
        """A Phrase for a noun phrase that names people, groups or organisations."""
        if not words or len(words) > 6:
            return None
        # the head: the first noun that names people; adjectives before it ("pequeñas
        # librerías", "pequenos restaurantes") are kept
        for k, w in enumerate(words[:3]):  # noqa: B007 - k is the head's index below
            group, one = self.noun_head(w)
            if group:
                break
        else:
            return None
        if any(low(w) in self.L.generic for w in words[: k + 1]) and len(words) == 1:
            return None
        if det in self.L.dets and det not in self.L.first_poss:
            return None
        head = words[k]
        plural = self.m.is_plural(low(head))
        art = self.L.arts.get(det)
        if det in self.L.first_poss:  # "nuestro equipo de almacén": the team, internally
            art = None
            det = {"m": {False: "el", True: "los"}, "f": {False: "la", True: "las"}}[
                self.m.gender(one)
            ][plural]
            if self.L.code == "pt":
                det = {"el": "o", "la": "a", "los": "os", "las": "as"}[det]
            art = self.L.arts[det]
        if art and not art[2]:
            return None  # "un equipo": one of many, no audience
        gender = art[0] if art else self.m.gender(one)
        if low(head) in ("personas", "pessoas"):
            gender = "f"
        text = join(words)
        if not plural:
            if not art:
                return None  # a bare singular is a topic ("salud"), not an audience
            return Phrase(f"{det} {text}", det, gender, False, group, f"{det} {text}")
        one_words = []
        inside = True
        for n, w in enumerate(words):
            if low(w) in ("de", "del", "da", "do", "das", "dos", "con", "com", "sin", "sem"):
                inside = False
            if n == k:
                one_words.append(one)
            elif inside and self.m.is_plural(low(w)):
                one_words.append(self.m.singular(low(w)) if not w[:1].isupper() else w)
            else:
                one_words.append(w)
        article = det if art and art[2] else ""
        return Phrase(text, article, gender, True, group, join(one_words))

    # -- verb phrases ------------------------------------------------------------------------
    def clause(self, toks: list[str], i: int) -> list[tuple[list[str], str, str, list[str]]]:
        """Verb phrases from ``toks[i]``: (clitics, infinitive, tag, rest), split at "," or
        "y" before the next verb of the same person. ``self.end`` is where it stopped."""
        out: list[tuple[list[str], str, str, list[str]]] = []
        self.end = len(toks)
        n = len(toks)
        while i < n and low(toks[i]) in self.L.adverbs:
            i += 1
        clit: list[str] = []
        while i < n and low(toks[i]) in self.L.clitics and i + 1 < n:
            clit.append(low(toks[i]))
            i += 1
        neg = False
        if i < n and low(toks[i]) in ("no", "não"):
            neg, i = True, i + 1
            while i < n and low(toks[i]) in self.L.clitics and i + 1 < n:
                clit.append(low(toks[i]))
                i += 1
        if i >= n:
            return out
        inf, tag = self.verb_at(toks[i], guess=True)
        if not inf:
            return out
        if neg:
            clit = ["no" if self.L.code == "es" else "não", *clit]
        verb_tag = tag
        rest: list[str] = []
        i += 1
        while i < n:
            t, lt = toks[i], low(toks[i])
            if t in (";", "(", ")", ":", "—", "–", "?", "!", "¿", "¡"):
                break
            if lt in ("porque", "pues", "aunque", "embora", "mas", "pero", "sino"):
                break
            if t == "," or lt in self.L.conj:
                j = i + 1
                while j < n and (low(toks[j]) in self.L.conj or toks[j] == ","):
                    j += 1
                k = j
                while k < n and low(toks[k]) in self.L.adverbs:
                    k += 1
                c2: list[str] = []
                while k < n and low(toks[k]) in self.L.clitics and k + 1 < n:
                    c2.append(low(toks[k]))
                    k += 1
                if k < n:
                    inf2, tag2 = self.verb_at(toks[k], guess=bool(c2) or toks[k - 1] != ",")
                    same = tag2 == verb_tag or {tag2, verb_tag} <= {"p3s", "s3s"}
                    if inf2 and same and not (low(toks[k]) in self.L.arts and not c2):
                        out.append((clit, inf, tag, rest))
                        clit, inf, tag, rest = c2, inf2, tag2, []
                        i = k + 1
                        continue
                if t == "," or self.starts_clause(toks, j):
                    # ", y los vecinos …": a new subject; stop here
                    self.end = i
                    break
            rest.append(t)
            i += 1
        out.append((clit, inf, tag, rest))
        return out

    def starts_clause(self, toks: list[str], j: int) -> bool:
        """A subject and its verb at ``toks[j]`` ("el entrenador ve …")."""
        words, k, det = self.noun_phrase(toks, j, 5)
        if not words or k >= len(toks) or not (det in self.L.arts or not det):
            return False
        return self.verb_at(toks[k])[1] in _FINITE and bool(self.noun_head(words[0])[0])

    def next_clause(self, toks: list[str]) -> list[str]:
        """What follows the clause just read, when it is another clause with a subject."""
        j = self.end
        while j < len(toks) and (toks[j] == "," or low(toks[j]) in self.L.conj):
            j += 1
        return toks[j:] if j > self.end and self.starts_clause(toks, j) else []

    def fit(self, words: list[str], limit: int) -> list[str]:
        """At most ``limit`` words, cut before a boundary word so no phrase is broken."""
        if len(words) > limit:
            best = 0
            for k in range(1, limit + 1):
                if k < len(words) and (low(words[k]) in self.L.boundary or words[k] == ","):
                    best = k
            words = words[:best]
        return self.strip_tail(words)

    def strip_tail(self, words: list[str]) -> list[str]:
        while words and (
            not is_word(words[-1])
            or low(words[-1]) in self.L.boundary
            or low(words[-1]) in self.L.arts
            or low(words[-1]) in self.L.dets
            or low(words[-1]) in self.L.clitics
            or low(words[-1]) in _DANGLING
            or low(words[-1]) in self.L.wh
        ):
            words = words[:-1]
        return words

    def title(self, verb: str, rest: list[str]) -> str:
        """A short title: the verb and its object, at most 6 words, ending on a content
        word before a boundary ("Mide la humedad de la tierra", "Reserva libros")."""
        whole = [verb, *rest]
        words = whole
        cut = _TITLE_CUT[self.L.code]
        for k in range(1, len(whole)):
            if whole[k] in (",", ";", ":") or low(whole[k]) in cut:
                words = whole[:k]
                break
        if len(self.strip_tail(list(words))) < 2 and len(whole) <= 6 and "," not in whole:
            words = whole  # "Confirma si van al partido": the clause is the object
        if len(words) > 6:
            best = 0
            for k in range(2, 7):
                if low(words[k]) in self.L.boundary and low(words[k - 1]) not in self.L.boundary:
                    best = k
                    if k >= 3:
                        break
            words = words[:best] if best else []
        words = self.strip_tail(words)
        if len(words) < 2:
            return ""
        text = join(words)
        return text[:1].upper() + text[1:]

    def promise(
        self, clit: list[str], inf: str, tag: str, rest: list[str], subject: str = ""
    ) -> Promise | None:
        """One promise from a verb phrase; ``subject`` is the audience when the verb is
        theirs (a plural verb after "para X que …", or "¿y si X pudieran …?")."""
        L, m = self.L, self.m
        if inf in ("ser", "estar", "haber", "ter", "tener", "ir", "poder") and not rest:
            return None
        if inf in ("ser", "estar", "haber", "haver", "poder", "querer"):
            return None
        # "permite reservar …", "te permite …", "ayuda a los profesores a corregir …"
        if inf in L.lets and rest:
            return self.lets_promise(inf, clit, rest)
        rest = self.resolve(rest)
        if rest is None:
            return None
        rest = self.fit(rest, 10)
        if not rest and inf not in ("funcionar",):
            return None
        base_clit = [c for c in clit if c not in ("no", "não")]
        neg = ["no" if L.code == "es" else "não"] if len(base_clit) < len(clit) else []
        if subject:
            return self.user_promise(inf, rest, subject, base_clit, neg)
        p3s = m.form(inf, "p3s")
        if not p3s:
            return None
        if L.code == "pt":
            base_clit = []  # clitics go before the verb in Brazil, after it in Portugal
            clit = [c for c in clit if c in ("no", "não", "se")]
        does = join([*neg, *[c for c in clit if c not in ("no", "não")], p3s, *rest])
        # "avisa cuando …": only the product warns; "no way to warn" makes no sense
        base = "" if inf in _PRODUCT_ONLY else self.infinitive_phrase(inf, base_clit, neg, rest)
        title = self.title(p3s, rest) if not neg and not clit else ""
        if clit and not neg and L.code == "es" and clit != ["se"]:
            title = self.title(p3s, rest)
            title = (" ".join(clit) + " " + title[:1].lower() + title[1:]).strip() if title else ""
            title = title[:1].upper() + title[1:]
        return Promise(does=does, base=base, title=title, agent="product")

    def infinitive_phrase(self, inf: str, clit: list[str], neg: list[str], rest: list[str]) -> str:
        if len(clit) > 1:
            return ""
        if self.L.code == "pt" and clit:
            return ""
        verb = inf + (clit[0] if clit else "")
        return join([*neg, verb, *rest])

    def user_promise(
        self, inf: str, rest: list[str], subject: str, clit: list[str], neg: list[str]
    ) -> Promise | None:
        if not rest:
            return None
        L, m = self.L, self.m
        base = self.infinitive_phrase(inf, clit, neg, rest)
        if not base:
            return None
        # "permite a los vecinos compartir …", "permite aos moradores dividir …"
        does = join(["permite", base] if subject == "you" else ["permite", "a", subject, base])
        if L.code == "es":
            title = self.title(m.form(inf, "p3s"), rest) if not neg else ""
        else:
            title = self.title(inf, rest) if not neg else ""
        return Promise(
            does=does,
            base=base,
            title=title,
            agent="user",
            subject=subject,
        )

    def lets_promise(self, inf: str, clit: list[str], rest: list[str]) -> Promise | None:
        """ "permite (a X) hacer …", "ayuda a X a hacer …", "ajuda X a fazer …",
        "permite que X hagan …"."""
        L = self.L
        contractions = {"al": ["a", "el"], "aos": ["a", "os"], "às": ["a", "as"], "à": ["a", "a"]}
        toks = list(rest)
        if toks and low(toks[0]) in contractions:
            toks = [*contractions[low(toks[0])], *toks[1:]]
        i = 0
        subject_words: list[str] = []
        det = ""
        if toks and low(toks[0]) == "a" and len(toks) > 1 and self.verb_at(toks[1])[1] != "inf":
            i = 1
        vinf = ""
        if i < len(toks) and low(toks[i]) == "que":
            # "permite que los vecinos compartan …"
            words, j, det = self.noun_phrase(toks, i + 1, 5)
            if words and j < len(toks):
                v, tag = self.verb_at(toks[j], guess=True)
                if tag in ("s3p", "s3s", "p3p", "p3s"):
                    subject_words, vinf, i = words, v, j + 1
        elif i < len(toks) and self.verb_at(toks[i])[1] != "inf" and low(toks[i]) != "a":
            if low(toks[i]) in ("quien", "quienes", "quem"):
                while i < len(toks) and low(toks[i]) != "a":
                    i += 1  # "ajuda quem corre a …": the reader, whoever runs
            else:
                words, j, det = self.noun_phrase(toks, i, 5)
                if words:
                    subject_words, i = words, j
        if not vinf:
            if i < len(toks) and low(toks[i]) in ("a", "de"):
                i += 1
            if i >= len(toks):
                return None
            vinf, vtag = self.verb_at(toks[i], guess=True)
            if vtag != "inf":
                return None
            i += 1
        tail = self.fit(toks[i:], 9)
        phrase = self.people_phrase(subject_words, det) if subject_words else None
        if phrase and self.r.audience is None:
            self.r.audience = phrase
        subject = self.subject_of(phrase) if phrase else "you"
        p = self.user_promise(vinf, tail, subject, [], [])
        if p and inf in ("ayudar", "ajudar"):
            helps = ["ayuda", "a"] if L.code == "es" else ["ajuda"]
            who = [subject] if phrase else []
            p = Promise(
                does=join([*helps, *who, "a", p.base]),
                base=p.base,
                title=p.title,
                agent="user",
                subject=subject,
            )
        return p

    def resolve(self, rest: list[str]) -> list[str] | None:
        """An object pronoun left alone ("esto", "isso") makes the phrase unusable."""
        if rest and low(rest[0]) in ("esto", "eso", "isso", "isto", "ello", "aquilo"):
            return None
        return rest

    def owner(self, text: str) -> str:
        """ "reúne su catálogo" -> "reúne el catálogo de cada librería": in a sentence
        whose subject is the product, "su" would mean the product's."""
        a = self.r.audience
        if self.L.code != "es" or a is None or not a.plural or not a.singular:
            return text
        m = re.search(r"\b([Ss]us?) (\w+)", text)
        if not m:
            return text
        noun = m.group(2).lower()
        plural = m.group(1).lower() == "sus"
        g = self.m.gender(self.m.singular(noun) or noun)
        art = {("m", False): "el", ("f", False): "la", ("m", True): "los", ("f", True): "las"}
        article = art[(g, plural)]
        if m.group(1)[0] == "S":
            article = article.capitalize()
        head = next(
            (self.noun_head(w)[1] for w in a.text.split() if self.noun_head(w)[0]),
            a.singular.split()[0],
        )
        return f"{text[: m.start()]}{article} {m.group(2)} de cada {head}{text[m.end() :]}"

    # -- the reading -------------------------------------------------------------------------
    def units(self, text: str) -> list[tuple[str, bool, bool]]:
        """(sentence, is_bullet, is_question), fillers dropped."""
        out = []
        for line in text.split("\n"):
            line = line.strip()
            if not line:
                continue
            bullet = bool(re.match(r"^(?:[-*•·–—]|\d+[.)])\s+", line))
            line = re.sub(r"^(?:[-*•·–—]|\d+[.)])\s+", "", line)
            for sent in re.split(r"(?<=[.!?…])\s+(?=\S)", line):
                question = "?" in sent or "¿" in sent
                sent = self.clean(sent)
                if sent:
                    out.append((sent, bullet, question))
        return out

    def clean(self, sent: str) -> str:
        sent = sent.strip().strip("¿¡").rstrip(".!?…").strip().strip("¿¡")
        sent = re.sub(r"\s*(?:\.\.\.|…)\s*", ", ", sent)
        for _ in range(4):
            before = sent
            sent = sub_ci(self.L.fillers, sent)
            sent = re.sub(r"\s+", " ", sent).strip(" ,;:")
            sent = sent.strip("¿¡ ")
            if sent == before:
                break
        sent = re.sub(r"\s*,\s*(?:,\s*)+", ", ", sent)
        if self.L.code == "pt":  # "num app", "numa plataforma": the article is inside "em"
            sent = re.sub(r"^(?:em )?nu(ma?s?)\b", r"u\1", sent, flags=re.I)
        return sent.strip(" ,;:")

    def read(self) -> Reading:
        r, L = self.r, self.L
        pains: list[str] = []
        for n, (body, bullet, _question) in enumerate(self.units(r.text)):
            m = L.problem_is.match(lower_same(body))
            if m:
                rest = body[m.end() :]
                parts = re.split(
                    r",?\s+(?:así que|entonces|por eso|então|por isso|daí)\s+", rest, maxsplit=1
                )
                pains.append(parts[0])
                if len(parts) == 1:
                    continue
                body = parts[1]
            if bullet:
                self.read_bullet(body)
                continue
            lead = False
            for rx in L.leads:
                m = rx.match(lower_same(body))
                if m and m.end() > 0:
                    body, lead = body[m.end() :].strip(" ,:"), True
                    break
            if not lead and (m := L.what_if.match(lower_same(body))):
                body = body[m.end() :]
                if self.read_clause(tokens(body), what_if=True):
                    self.pitched = True
                    continue
            if not lead and (m := L.how_might.match(lower_same(body))):
                body = body[m.end() :]
                if self.read_help(tokens(body)):
                    self.pitched = True
                    continue
            if not lead and L.pain.search(lower_same(body)) and not self.looks_like_pitch(body):
                pains.append(body)
                if r.audience is None:  # the pain's subject speaks first
                    r.audience = self.subject_audience(body)
                if not self.pitched or n == 0:
                    continue
            if not self.pitched and self.read_pitch(body, lead):
                self.pitched = True
                continue
            self.read_more(body)
        self.finish(pains)
        return r

    def looks_like_pitch(self, body: str) -> bool:
        toks = tokens(body)
        words, _, det = self.noun_phrase(toks, 0, 4)
        if not words:
            return False
        if det in self.L.arts and not self.L.arts[det][2] and not self.L.arts[det][1]:
            return True
        return low(words[0]) in self.L.heads

    def read_bullet(self, body: str) -> None:
        toks = tokens(body)
        if not toks:
            return
        inf, tag = self.verb_at(toks[0], guess=True)
        if inf and tag in ("inf", "p3s", "s3s") and low(toks[0]) not in self.L.heads:
            for clit, inf2, tag2, rest in self.clause(toks, 0):
                p = self.promise(clit, inf2, tag2, rest)
                if p:
                    self.r.promises.append(p)
            return
        self.read_more(body)

    def read_pitch(self, body: str, lead: bool) -> bool:
        r, L = self.r, self.L
        toks = tokens(body)
        if not toks:
            return False
        lt0 = low(toks[0])
        # "Ayuda a los pequeños comercios a …", "Ajude padarias a …"
        inf0, tag0 = self.verb_at(toks[0])
        if inf0 in ("ayudar", "ajudar", "permitir", "dejar", "deixar") and tag0 != "p3p":
            return self.read_help(toks)
        # "Uber para paseadores de perros", "un Airbnb de trasteros", "el Tinder de …"
        k = 1 if lt0 in L.arts or lt0 in ("tipo", "como") else 0
        if k + 2 < len(toks) and low(toks[k + 1]) in ("pero", "mas") and toks[k][:1].isupper():
            toks = [*toks[: k + 1], *toks[k + 2 :]]  # "tipo Tinder pero para …"
        if (
            k < len(toks) - 2
            and toks[k][:1].isupper()
            and low(toks[k]) not in L.heads
            and low(toks[k]) not in L.stop
            and not self.verb_at(toks[k])[0]
            and low(toks[k + 1]) in ("para", "pra", "de", "do", "da", "del", "dos", "das")
        ):
            r.brand = toks[k]
            if r.kind in ("consumer", "team"):
                r.kind = "marketplace"
            j = k + 2
            if self.verb_at(toks[j])[1] == "inf" and low(toks[k + 1]) in ("para", "pra"):
                self.read_after(toks, k + 1, lead)  # "Tinder para adoptar perros …"
                return True
            if low(toks[k + 1]) in ("del", "do", "da", "dos", "das"):
                det = {"del": "el", "do": "o", "da": "a", "dos": "os", "das": "as"}[
                    low(toks[k + 1])
                ]
                toks = [*toks[: k + 2], det, *toks[k + 2 :]]
            aud, topic, j = self.audience(toks, j)
            r.audience, r.topic = aud, topic
            self.read_after(toks, j, lead)
            return True
        # an imperative: "Encuentra un fontanero …", "Encontre um encanador …"
        if (
            not lead
            and inf0
            and tag0 in ("p3s", "s3s")
            and toks[0][:1].isupper()
            and lt0 not in L.heads
            and not (tag0 == "p3s" and self.m.is_plural(lt0))
        ):
            found = False
            for _, inf, _, rest in self.clause(toks, 0):
                p = self.user_promise(inf, self.fit(rest, 10), "you", [], [])
                if p:
                    r.promises.append(p)
                    found = True
            return found
        words, j, det = self.noun_phrase(toks, 0, 5)
        if not words:
            return self.read_clause(toks)
        head = low(words[0])
        art = L.arts.get(det)
        is_head = any(low(w) in L.heads for w in words[:2])
        indefinite = art is not None and not art[2]
        if self.people_phrase(words, det) and j < len(toks) and self.verb_at(toks[j])[1] in _FINITE:
            return self.read_clause(toks)
        if not (is_head or indefinite or (lead and det in L.arts)):
            return self.read_clause(toks)
        if head in (
            "forma",
            "manera",
            "jeito",
            "maneira",
            "sitio",
            "lugar",
            "cosa",
            "coisa",
            "algo",
        ):
            words = []
        if words and (is_head or indefinite):
            # the product ends before "para", "que"; "app de salud", "sensor de humedad"
            text_words = [
                w if n or w.isupper() or (w[:1].isupper() and w[1:2].isupper()) else w.lower()
                for n, w in enumerate(words)
            ]
            head_word = next((w for w in words if low(w) in L.heads), words[0])
            one = self.m.singular(low(head_word))
            plural = bool(art[1]) if art else bool(one) and low(head_word) not in L.heads
            gender = art[0] if art else self.m.gender(one or low(head_word))
            if low(head_word) in ("app",):
                gender = art[0] if art else ("f" if L.code == "es" else "m")
            r.product = Phrase(join(text_words), det if indefinite else "", gender, plural)
        self.read_after(toks, j, lead)
        return True

    def read_after(self, toks: list[str], j: int, wish: bool) -> None:
        """What follows the product: "para X", "que …", "donde …", "para + infinitive",
        "para que …", ": …", "con …"."""
        r = self.r
        n = len(toks)
        while j < n:
            t = low(toks[j])
            if t in ("para", "pra") and j + 1 < n:
                nxt = low(toks[j + 1])
                if nxt == "que":
                    self.read_clause(toks[j + 2 :], purpose=True)
                    return
                if self.verb_at(toks[j + 1])[1] == "inf":
                    for _, inf, _, rest in self.clause(toks, j + 1):
                        subject = self.subject_text() if r.audience else "you"
                        p = self.user_promise(inf, self.fit(rest, 10), subject, [], [])
                        if p:
                            r.promises.append(p)
                    if self.end <= j + 1:
                        return
                    j = self.end  # "… con canciones, para adolescentes"
                    continue
                if r.audience is None and not r.topic:
                    aud, topic, j = self.audience(toks, j + 1)
                    r.audience, r.topic = aud, topic or r.topic
                    if aud is not None and self.internal_det(toks, j):
                        r.kind = "internal"
                    continue
            if t in ("que", "cual"):
                self.read_relative(toks, j + 1, wish)
                return
            if (
                t in ("donde", "onde")
                or (
                    t in ("en", "em")
                    and j + 2 < n
                    and low(toks[j + 1]) in ("la", "el", "que", "a", "o")
                    and low(toks[j + 2]) in ("que", "qual", "cual")
                )
                or (t in ("na", "no") and j + 1 < n and low(toks[j + 1]) == "qual")
            ):
                k = j + 1
                while k < n and low(toks[k]) in ("la", "el", "que", "a", "o", "qual", "cual"):
                    k += 1
                self.read_clause(toks[k:])
                return
            if t in (":", "—", "–") and j + 1 < n:
                self.read_more(join(toks[j + 1 :]))
                return
            j += 1

    def internal_det(self, toks: list[str], j: int) -> bool:
        return False

    def subject_text(self) -> str:
        a = self.r.audience
        if a is None:
            return "you"
        if not a.plural:
            return a.text
        if a.article:
            return f"{a.article} {a.text}"
        art = {"es": {"m": "los", "f": "las"}, "pt": {"m": "os", "f": "as"}}[self.L.code]
        return f"{art[a.gender or 'm']} {a.text}"

    def read_relative(self, toks: list[str], i: int, wish: bool) -> None:
        """ "que encuentra X y envía Y" (the product's), "que ofrecen X" (the audience's)."""
        r = self.r
        for clit, inf, tag, rest in self.clause(toks, i):
            if tag in ("p3p", "s3p", "i3p"):
                if r.audience is None or not r.audience.plural:
                    continue
                p = self.promise(clit, inf, tag, rest, subject=self.subject_text())
            elif tag in ("p3s", "s3s", "i3s"):
                p = self.promise(clit, inf, tag, rest)
            else:
                continue
            if p:
                r.promises.append(p)

    def read_help(self, toks: list[str]) -> bool:
        """ "Ayuda a X a Y", "Ajude X a Y", "Permite que X …" as a pitch."""
        if not toks:
            return False
        inf, _ = self.verb_at(toks[0], guess=True)
        if inf not in self.L.lets:
            return False
        p = self.lets_promise(inf, [], toks[1:])
        if p:
            self.r.promises.append(p)
            if p.subject != "you" and self.r.audience is None:
                words = p.subject.split()
                self.r.audience = self.people_phrase(words[1:], words[0]) or self.people_phrase(
                    words, ""
                )
        return bool(p)

    def read_clause(self, toks: list[str], what_if: bool = False, purpose: bool = False) -> bool:
        """A clause with its own subject: "los vecinos pudieran compartir …", "los padres
        confirmen …", "produtores rurais vendem …", "la app envía …"."""
        r, L = self.r, self.L
        if not toks:
            return False
        words, j, det = self.noun_phrase(toks, 0, 6)
        if not words or j >= len(toks):
            return False
        if low(words[0]) in L.heads and (not det or L.arts.get(det, ("", False, True))[2]):
            # "la app envía …": the product speaks
            found = False
            for clit, inf, tag, rest in self.clause(toks, j):
                p = self.promise(clit, inf, tag, rest)
                if p:
                    r.promises.append(p)
                    found = True
            return found
        phrase = self.people_phrase(words, det)
        if phrase is None:
            return False
        if r.audience is None:
            r.audience = phrase
        subject = join([det, *words]) if det and det in L.arts else self.subject_of(phrase)
        k = j
        could = low(toks[k]) in L.could or low(toks[k]) in ("pueden", "podem", "puedan")
        if could:
            k += 1
        found = False
        plural = phrase.plural
        for clit, inf, tag, rest in self.clause(toks, k):
            ok = ("p3p", "s3p", "i3p") if plural else ("p3s", "s3s", "i3s")
            if not could and tag not in ok:
                continue
            p = self.promise(clit, inf, tag, rest, subject=subject)
            if p:
                r.promises.append(p)
                found = True
        more = self.next_clause(toks)
        if more and self.read_clause(more):
            found = True
        return found

    def subject_of(self, phrase: Phrase) -> str:
        if phrase.article:
            return f"{phrase.article} {phrase.text}"
        if not phrase.plural:
            return phrase.text
        art = {"es": {"m": "los", "f": "las"}, "pt": {"m": "os", "f": "as"}}[self.L.code]
        return f"{art[phrase.gender or 'm']} {phrase.text}"

    def read_more(self, body: str) -> None:
        """A sentence after the pitch: "También envía …", "La app sugiere …", "Los
        vecinos pueden …", "Puedes …"."""
        r, L = self.r, self.L
        toks = tokens(body)
        if not toks:
            return
        i = 0
        while i < len(toks) and low(toks[i]) in L.adverbs | {"y", "e", "luego", "depois"}:
            i += 1
        if i < len(toks) and low(toks[i]) in ("puedes", "podrás", "pode", "poderá", "podes"):
            for _, inf, _, rest in self.clause(toks, i + 1):
                p = self.user_promise(inf, self.fit(rest, 10), "you", [], [])
                if p:
                    r.promises.append(p)
            return
        if i < len(toks):
            inf, tag = self.verb_at(toks[i])
            if (
                tag in ("p3s",)
                and not self.m.is_plural(low(toks[i]))
                and low(toks[i]) not in L.heads
            ):
                for clit, inf2, tag2, rest in self.clause(toks, i):
                    p = self.promise(clit, inf2, tag2, rest)
                    if p:
                        r.promises.append(p)
                return
        self.read_clause(toks[i:])

    # -- the end -----------------------------------------------------------------------------
    def finish(self, pains: list[str]) -> None:
        r = self.r
        for p in pains:
            pain = self.pain_of(p)
            if pain:
                r.pain = pain
                break
        for p in pains:
            if r.audience is None:
                r.audience = self.subject_audience(p)
        if (
            r.audience is not None
            and r.audience.text
            and not r.audience.article
            and r.audience.plural
        ):
            pass
        # "su catálogo" in a product's promise: whose, now that the audience is known
        r.promises = [
            Promise(
                does=self.owner(p.does),
                base=self.owner(p.base),
                title=self.owner(p.title) if len(p.title.split()) <= 4 else p.title,
                agent=p.agent,
                subject=p.subject,
            )
            if p.agent == "product"
            else p
            for p in r.promises
        ]
        if (
            r.audience is not None
            and r.audience.group == "org"
            and r.kind
            in (
                "health",
                "learning",
                "consumer",
            )
        ):
            r.kind = "team"  # a clinic's or a school's tool is a business tool
        teachers = ("profesor", "professor", "maestro", "docente", "educador")
        if (
            r.kind == "learning"
            and r.audience is not None
            and any(w.lower().startswith(teachers) for w in r.audience.text.split()[:2])
        ):
            r.kind = "team"  # a teacher's tool: frames for learners would speak to pupils
        r.internal = r.kind == "internal"
        r.keywords = self.keywords()

    def subject_audience(self, sent: str) -> Phrase | None:
        """ "Los profesores pierden horas …": the pain's subject, when it names people."""
        toks = tokens(sent)
        words, j, det = self.noun_phrase(toks, 0, 6)
        if not words or j >= len(toks) or not (det in self.L.arts or not det):
            return None
        phrase = self.people_phrase(self.sentence_case(words, not det), det)
        nxt = low(toks[j])
        steady = ("no", "não", "nunca", "siempre", "sempre", "ainda", "todavía", "se")
        if phrase and (self.verb_at(toks[j])[0] or nxt in steady):
            return phrase
        return None

    def sentence_case(self, words: list[str], at_start: bool) -> list[str]:
        if at_start and words and words[0][:1].isupper() and words[0][1:] == words[0][1:].lower():
            return [words[0].lower(), *words[1:]]
        return words

    def pain_of(self, sent: str) -> str:
        """The problem as one clause of at most 12 words, in the reader's person."""
        L, m = self.L, self.m
        sent = re.split(r"[;:—–(]|\s-\s", sent)[0]
        toks = tokens(sent)
        if not toks or low(toks[0]) in L.boundary - {"como", "cuando", "quando", "si", "se"}:
            return ""
        for t in toks:
            for _, tag in m.analyse(low(t)):
                if tag in ("p1s", "p1p") and low(t) not in (
                    "como",
                    "paseo",
                    "registro",
                    "envío",
                    "cambio",
                    "pago",
                    "uso",
                    "cuido",
                    "apoyo",
                    "aviso",
                    "trabajo",
                    "estudo",
                    "trabalho",
                ):
                    return ""
        words = self.fit(toks, 12)
        if len(words) < 4:
            return ""
        words = [L.first_poss.get(low(w), w) if low(w) in L.first_poss else w for w in words]
        text = join(words)
        return text[:1].upper() + text[1:]

    def keywords(self) -> list[str]:
        """Content nouns of the idea, the most telling first: the topic, the product's
        modifiers, the promises' objects, then the audience. A word after a noun with an
        adjective's ending ("huertos urbanos", "tienda cercana") is left out."""
        r, L, m = self.r, self.L, self.m
        seen: list[str] = []
        # words the idea capitalises mid-sentence are names: never a product's name
        brands = {
            w for sent in re.split(r"[.!?\n]+", r.text) for w in tokens(sent)[1:] if w[:1].isupper()
        }
        adjective = re.compile(
            r"(?:ado|ada|ido|ida|oso|osa|ivo|iva|able|ible|al|ales|ar|ano|ana|ense|ico|ica|"
            r"ente|ante|eno|ena|ero|era|ados|adas|idos|idas|osos|osas|ivos|ivas|anos|anas|"
            r"icos|icas|enos|enas|eros|eras|ais|mente)$"
        )

        def add(text: str, skip: frozenset[str] = frozenset()) -> None:
            prev = ""
            for w in tokens(text or ""):
                lw = low(w)
                if w[:1].isupper() and w in brands:
                    continue  # "WhatsApp", "Instagram": someone else's brand
                after_noun = bool(prev) and prev not in L.stop and prev not in L.dets
                prev = lw if is_word(w) else ""
                if (
                    len(lw) < 3
                    or not lw.isalpha()
                    or lw in L.stop
                    or lw in L.dets
                    or lw in _DANGLING
                    or lw in _NOT_NAMES
                    or lw in skip
                    or lw in L.clitics
                    or lw in L.generic
                    or m.analyse(lw)
                    or (after_noun and adjective.search(lw))
                    or re.search(r"(?:mente|ou|aram|eram|iram|aron|ieron)$", lw)
                ):
                    continue
                one = m.singular(lw) or lw
                if one not in seen:
                    seen.append(one)

        add(r.topic)
        if r.product:
            # "pastillero inteligente", "app de salud": a telling head, then its modifiers
            add(r.product.text, skip=_GENERIC_HEADS)
        for p in r.promises:
            add(p.base.split(" ", 1)[1] if " " in p.base else p.does.split(" ", 1)[-1])
        if r.audience:
            add(r.audience.text)
        return seen


# Product nouns that say nothing about what the product is about.
_GENERIC_HEADS = frozenset(
    [
        "app",
        "aplicación",
        "aplicacion",
        "aplicativo",
        "aplicação",
        "herramienta",
        "ferramenta",
        "plataforma",
        "servicio",
        "serviço",
        "sistema",
        "web",
        "sitio",
        "site",
        "portal",
        "marketplace",
        "programa",
        "software",
        "dispositivo",
        "aparelho",
        "asistente",
        "assistente",
        "bot",
        "chatbot",
        "panel",
        "painel",
        "solución",
        "solução",
        "red",
        "rede",
        "comunidad",
        "comunidade",
        "club",
        "clube",
        "tienda",
        "loja",
    ]
)
# Words that say nothing about what the product is about.
_NOT_NAMES = _w(
    "vez veces tiempo real día días semana semanas mes meses año años hora horas minuto "
    "minutos momento forma manera cosa cosas parte final principio caso lado tipo "
    "coisa coisas jeito hoje amanhã ontem mês mêses ano anos dia dias vezes quanto "
    "menos más mais cada mismo mesmo otro outro todo"
)


def read(text: str, lang: str) -> Reading:
    """The Reading of a Spanish (``es``) or Portuguese (``pt``) idea."""
    return _Reader(text, lang).read()
