"""Spanish phrasebook: neutral international Spanish, for readers in Spain and in Latin
America alike (no "vosotros", no "móvil"/"celular", no "coger"; "tú" in the friendly
and bold tones, "usted" in the formal one).

Every frame has the placeholders of its English counterpart (``books/en.py``). Marks
such as ``pensad{P:o|a}`` agree with a noun from the idea; ``iberian_grammar`` fills
them in.
"""

from protogen.writers.offline.iberian_grammar import IberianGrammar

GRAMMAR = IberianGrammar("es")

KINDS = {
    "team": {
        "noun": "herramienta",
        "a_noun": "una herramienta",
        "label": "Para equipos",
        "role": "miembro del equipo",
        "start": {
            "informal": "crea un espacio de trabajo e invita a las personas con las que trabajas",
            "formal": "cree un espacio de trabajo para su organización e invite a sus colegas",
        },
        "outcome": {
            "informal": "mira qué ha cambiado cada semana y decide el siguiente paso",
            "formal": "revise el avance cada semana y acuerde los siguientes pasos",
        },
    },
    "consumer": {
        "noun": "app",
        "a_noun": "una app",
        "label": "App personal",
        "role": "usuario de la beta",
        "start": {
            "informal": "regístrate con tu correo y cuéntale qué te importa",
            "formal": "regístrese con su correo electrónico y elija sus preferencias",
        },
        "outcome": {
            "informal": "vuelve cuando te venga bien y sigue donde lo dejaste",
            "formal": "vuelva cuando lo necesite y continúe donde lo dejó",
        },
    },
    "marketplace": {
        "noun": "plataforma",
        "a_noun": "una plataforma",
        "label": "Marketplace",
        "role": "cliente de la beta",
        "start": {
            "informal": "cuenta qué necesitas o qué puedes ofrecer",
            "formal": "describa lo que necesita o lo que puede ofrecer",
        },
        "outcome": {
            "informal": "cierra los detalles, queda con la otra persona y deja una reseña",
            "formal": "confirme los detalles y valore el intercambio después",
        },
    },
    "device": {
        "noun": "dispositivo",
        "a_noun": "un dispositivo",
        "label": "Dispositivo",
        "role": "cliente de la preventa",
        "start": {
            "informal": "colócalo y vincúlalo con tu teléfono",
            "formal": "instale el dispositivo y vincúlelo con su teléfono",
        },
        "outcome": {
            "informal": "sigue con tu día: te avisa cuando algo te necesita",
            "formal": "confíe en que le avisará cuando algo requiera su atención",
        },
    },
    "internal": {
        "noun": "herramienta interna",
        "a_noun": "una herramienta interna",
        "label": "Herramienta interna",
        "role": "compañero del grupo piloto",
        "start": {
            "informal": "ábrela desde la intranet y entra con tu cuenta de la empresa",
            "formal": "ábrala desde la intranet e inicie sesión con su cuenta corporativa",
        },
        "outcome": {
            "informal": "dedica el tiempo que ahorras al trabajo que solo puede hacer una persona",
            "formal": "dedique el tiempo ahorrado a las tareas que requieren criterio",
        },
    },
    "learning": {
        "noun": "app para aprender",
        "a_noun": "una app para aprender",
        "label": "Aprendizaje",
        "role": "estudiante",
        "start": {
            "informal": "elige qué quieres aprender y cuánto tiempo tienes",
            "formal": "elija una materia y el tiempo que puede dedicarle cada semana",
        },
        "outcome": {
            "informal": "mira cómo avanzas, una sesión corta tras otra",
            "formal": "consulte su progreso sesión tras sesión",
        },
    },
    "health": {
        "noun": "app de salud",
        "a_noun": "una app de salud",
        "label": "Salud",
        "role": "usuario de la beta",
        "start": {
            "informal": "crea tu perfil y elige qué quieres vigilar",
            "formal": "cree un perfil y elija qué desea controlar",
        },
        "outcome": {
            "informal": "repasa la semana y lleva tus notas a la próxima consulta",
            "formal": "revise el registro y compártalo con su equipo médico si lo desea",
        },
    },
}

BOOK = {
    "labels": {
        "skip_link": "Saltar al contenido",
        "problem_heading": "El problema",
        "features_heading": "Qué hace",
        "steps_heading": "Cómo funciona",
        "quote_heading": "Lo que esperamos oír",
        "mock_badge": "Cita ficticia: un ejemplo, no un cliente real",
        "faq_heading": "Preguntas",
        "email_label": "Correo electrónico",
        "email_invalid": "Ese correo no parece válido. Ejemplo: nombre@ejemplo.com.",
        "thanks": "¡Gracias! El correo ya está en la lista; pronto habrá noticias.",
        "already": "Ese correo ya estaba en la lista. ¡Gracias!",
        "stored_locally": "Prototipo: los correos se guardan solo en este navegador.",
        "idea_heading": "La idea detrás de este prototipo",
        "footer": "Un prototipo navegable. Aún no hay nada en funcionamiento.",
        "sample_badge": "Datos de ejemplo: inventados para este prototipo",
        "nav_home": "Inicio",
    },
    "kinds": KINDS,
    "storyboard": {
        "idea": "La idea",
        "problem": "El problema",
        "persona": "Persona",
        "persona_line": "**{name}**, {role}. {context}",
        "goal": "Objetivo",
        "frustration": "Frustración",
        "stories": "Historias de usuario",
        "story": "Como {as_a}, quiero {i_want}; así {so_that}.",
        "storyboard": "Guion gráfico",
        "features": "Qué ofrece",
        "run": "Cómo ejecutarlo",
        "run_page": "El prototipo es una sola página autónoma, {entry}, sin peticiones externas.",
        "run_serve": "la sirve en http://127.0.0.1 y muestra la URL",
        "run_open": "Linux; 'open' en macOS, 'start' en Windows",
        "run_waitlist": "El formulario de la lista de espera valida el correo, confirma la inscripción y guarda los registros en el localStorage del navegador: no se envía nada a ningún sitio.",
        "run_app": "Una pequeña aplicación web (FastAPI, Jinja2, SQLite): la página de inicio en {root}, la pantalla principal en {app} (datos de ejemplo, señalados como tales), la lista de espera guardada en SQLite, los registros en {admin} (protegidos con un token, con exportación a CSV), {healthz}.",
        "run_app_serve": "la primera vez instala sus dependencias en un venv en caché; muestra la URL y el enlace de administración",
        "run_by_hand": "A mano, desde esta carpeta:",
        "run_tests": "sus propias pruebas",
        "run_db": "{var} indica el archivo SQLite (por defecto, {file}).",
        "validate": "Qué validar en la reunión",
        "assumptions": "Hipótesis que probar",
        "questions": "Preguntas abiertas",
        "metric": "Métrica de éxito",
        "made": "Cómo se hizo",
        "made_writer": "Redactor",
        "made_model": "Modelo",
        "made_model_at": "{model} en {host}",
        "made_format": "Formato de respuesta, prompt",
        "made_prompt": "{format}, prompt v{version}",
        "made_tokens": "Tokens de entrada, de salida",
        "made_fallback": "Del redactor sin conexión",
        "made_template": "Plantilla",
        "made_knobs": "Tono, paleta",
        "made_when": "Creado",
        "made_with": "{when} con protogen {version}",
        "made_time": "Tiempo",
        "made_brief": "Cada palabra de la página está en {file} (el Brief).",
        "colon": ":",
    },
    "names": {
        "suffixes": {
            "team": ["Mesa", "Base", "Radar", "Flujo", "Plan", "Pro"],
            "consumer": ["Ya", "Fácil", "Amigo", "Nido", "Punto", "Club"],
            "marketplace": ["Match", "Red", "Plaza", "Cerca", "Trato", "Círculo"],
            "device": ["Alerta", "Vigía", "Ojo", "Pulso", "Aviso", "Faro"],
            "internal": ["Mesa", "Panel", "Base", "Control", "Pauta", "Registro"],
            "learning": ["Aula", "Ruta", "Clase", "Lab", "Sabio", "Mente"],
            "health": ["Cuida", "Vital", "Salud", "Pulso", "Calma", "Bien"],
        },
        "adjective_endings": "oso|osa|ivo|iva|able|ible|mente",
        "fallback": ["Brújula", "Rumbo", "Semilla", "Puente", "Lucero"],
    },
    "people": [
        "Lucía",
        "Mateo",
        "Carmen",
        "Diego",
        "Valeria",
        "Javier",
        "Sofía",
        "Andrés",
        "Paula",
        "Tomás",
        "Elena",
        "Martín",
        "Julia",
        "Hugo",
        "Camila",
        "Rafael",
    ],
    "roles": {
        "person": "{one}",
        "group": "miembro de {one}",
        "org": "responsable de {one}",
    },
    "tagline": {
        "friendly": [
            "{R:{product} pensad{P:o|a} de verdad para {audience_short}|{product} hech{P:o|a} para {audience_short}, sin complicaciones|{product} para {audience_short}, como debe ser}",
            "{title}, sin complicaciones",
            "{title}, de la forma más sencilla",
            "{topic}, sin complicaciones",
            "Te presentamos {name}: {a_product} que da gusto usar",
        ],
        "bold": [
            "{R:Por fin, {a_product} hech{P:o|a} a medida para {audience_short}|Ya era hora: {a_product} hech{P:o|a} para {audience_short}|{a_product} para {audience_short}, sin rodeos}",
            "{title}. Sin parches.",
            "{topic}: se acabó lo de siempre.",
            "Hech{P:o|a} para {audience_short}. Para nadie más.",
            "Esto es {name}. Empieza aquí.",
        ],
        "formal": [
            "{a_product} para {audience_short}",
            "{title}, de forma fiable",
            "Un enfoque riguroso para {topic}",
            "{product} diseñad{P:o|a} para {audience_short}",
            "{name}: {a_product} hech{P:o|a} con rigor",
        ],
    },
    "subhead": {
        "friendly": [
            "{name} es {a_product} {for_audience}. {does_them}, y además {does2}.",
            "{name} {does}. También {does2}, así que tienes una cosa menos en la cabeza.",
            "{name} es {a_product} {for_audience}. {does_them}, sin complicarte la vida.",
            "{name} {does}, para que puedas seguir con tu día.",
            "{name} es {a_product} {for_audience} que hace más fácil todo lo relacionado con {topic}.",
            "{name} es {a_product} para {topic} que se encarga de la parte pesada.",
            "{name} es {a_product} {for_audience}, {R:pensad{P:o|a} para encajar en el día a día que ya {A:tiene|tiene|tienen|tienen}|sin pasos de más ni manuales|hech{P:o|a} para usarse cada día, sin complicaciones}.",
            "{name} es {a_product} que se adapta a tu día, y no al revés.",
        ],
        "bold": [
            "{does}. {does2}. Eso es {name}.",
            "{name} {does}. Sin rodeos.",
            "{a_product} {for_audience}. {does_them}. Y punto.",
            "{a_product} para {topic}, sin las fricciones de siempre.",
            "{a_product} {for_audience}, hech{P:o|a} para hacer una cosa y hacerla bien.",
            "{name} es {a_product} con una sola misión, bien cumplida.",
        ],
        "formal": [
            "{name} es {a_product} {for_audience}. {does_them}; además, {does2}.",
            "{name} es {a_product} {for_audience}. {does_them}.",
            "{name} {does}.",
            "{name} es {a_product} para {topic}, diseñad{P:o|a} para ser fiable desde el primer día.",
            "{name} es {a_product} {for_audience}, diseñad{P:o|a} para ser fiable desde el primer día.",
            "{name} es {a_product} diseñad{P:o|a} para ser fiable desde el primer día.",
        ],
    },
    "cta": {
        "friendly": ["Únete a la lista", "Guárdame un sitio", "Quiero probarlo"],
        "bold": ["Consigue acceso anticipado", "Reserva tu plaza", "Me apunto"],
        "formal": ["Solicitar acceso", "Registrar mi interés", "Solicitar una invitación"],
    },
    "signup_title": {
        "friendly": [
            "Sé de los primeros en probar {name}",
            "¿Quieres probar {name} antes que nadie?",
        ],
        "bold": ["{name}, antes que nadie", "Primero en la fila para {name}"],
        "formal": ["Registre su interés en {name}", "Acceso anticipado a {name}"],
    },
    "signup_text": {
        "friendly": [
            "Déjanos tu correo y te invitaremos cuando la primera versión de {name} esté lista.",
            "Escribe tu correo aquí abajo; te avisaremos cuando haya algo que probar.",
        ],
        "bold": [
            "Un correo cuando {name} esté listo. Nada más.",
            "Deja tu correo. Te escribimos el día del lanzamiento.",
        ],
        "formal": [
            "Indique su correo electrónico y le contactaremos cuando {name} esté disponible.",
            "Regístrese para recibir un aviso cuando la primera versión de {name} esté disponible.",
        ],
    },
    "problem": {
        "friendly": {
            "pain": [
                "{pain}. No debería ser tan difícil, y con {name} no lo será.",
                "{pain}. ¿Te suena? Para eso está {name}.",
                "{pain}. Cada cual tiene su apaño, y a nadie le convence el suyo.",
            ],
            "promise": [
                "{R:Hoy no hay una forma sencilla de {to_do}. {name} nace para cambiarlo.|Hoy cuesta demasiado {to_do}. {name} viene a cambiarlo.}",
                "Ahora mismo, si quieres {to_do}, te toca apañártelas por tu cuenta. Para eso está {name}.",
                "Querer {to_do} no debería suponer un montón de apaños. Hoy suele suponerlo.",
                "{R:Hoy no hay una forma sencilla de que {subject} {S:pueda|puedan} {user_does}. {name} nace para cambiarlo.|A {subject} todavía {S:le|les} cuesta demasiado {user_does}. {name} viene a cambiarlo.}",
            ],
            "none": [
                "Hacer esto bien sigue costando más de lo que debería. {name} nace para cambiarlo.",
                "Las herramientas de hoy no se pensaron para esto. {name} sí.",
            ],
        },
        "bold": {
            "pain": [
                "{pain}. Ese es el problema. {name} es la solución.",
                "{pain}. Basta ya.",
                "{pain}. Nadie debería conformarse con eso.",
            ],
            "promise": [
                "{to_do} sigue siendo demasiado difícil. {name} lo arregla.",
                "Nadie había hecho fácil {to_do}. Hasta ahora.",
                "Para {to_do} hoy hace falta un batiburrillo de herramientas. Se acabó.",
                "Para {subject}, {user_does} sigue siendo demasiado difícil. {name} lo arregla.",
            ],
            "none": [
                "Lo de siempre es lento, disperso y fácil de estropear. {name} es la solución.",
                "Apaños por todas partes. {name} los sustituye.",
            ],
        },
        "formal": {
            "pain": [
                "{pain}. {name} está diseñad{P:o|a} para resolverlo directamente.",
                "{pain}. El coste se mide en tiempo, atención y errores evitables.",
                "{pain}. Las herramientas existentes no lo resuelven bien.",
            ],
            "promise": [
                "Actualmente no existe una forma fiable de {to_do}. {name} está diseñad{P:o|a} para ofrecerla.",
                "Quien necesita {to_do} recurre hoy a soluciones manuales.",
                "No existe un lugar único y fiable para {to_do}. {name} aspira a serlo.",
                "Actualmente {subject} no {S:dispone|disponen} de una forma fiable de {user_does}. {name} está diseñad{P:o|a} para ofrecerla.",
            ],
            "none": [
                "Las soluciones actuales exigen más esfuerzo del que la tarea merece. {name} está diseñad{P:o|a} para reducirlo.",
                "Las herramientas existentes no se diseñaron con este fin. {name} sí.",
            ],
        },
    },
    "feature": {
        "friendly": {
            "product": [
                "{R:Deja que {name} se encargue de {product_does}.|{name} se ocupa de {product_does} por ti.}",
                "{name} {does}, para que tú no tengas que pensar en ello.",
            ],
            "user": [
                "Con {name}, {subject} {S:puede|pueden} {user_does}.",
                "{name} {does}, en un par de toques.",
            ],
            "sentence": ["{sentence}"],
        },
        "bold": {
            "product": ["{does}. Sin que muevas un dedo.", "{name} {does}. Siempre."],
            "user": [
                "{subject} {S:puede|pueden} {user_does}. Así de simple.",
                "{name} {does}. Sin idas y venidas.",
            ],
            "sentence": ["{sentence}"],
        },
        "formal": {
            "product": ["{name} {does}.", "{name} {does}, de forma constante y puntual."],
            "user": [
                "{name} {does}.",
                "{name} facilita que {subject} {S:pueda|puedan} {user_does}.",
            ],
            "sentence": ["{sentence}"],
        },
    },
    "feature_titles": {
        "team": ["Próximos pasos claros", "Una visión compartida"],
        "consumer": ["Justo a tiempo", "Claro y sencillo"],
        "marketplace": ["Las dos partes, en un sitio", "Condiciones claras"],
        "device": ["Avisos que importan", "De un vistazo"],
        "internal": ["Menos trabajo manual", "Un solo sitio donde mirar"],
        "learning": ["Respuestas claras", "Tu progreso, claro"],
        "health": ["Tu registro, a tu manera", "Recordatorios amables"],
    },
    "fillers": {
        "team": [
            [
                "Una visión compartida",
                "Todo el equipo ve lo mismo, así que nadie tiene que pedir una actualización.",
            ],
            [
                "Convive con tus herramientas",
                "{name} se conecta con las herramientas que tu equipo ya usa, en lugar de sustituirlas.",
            ],
            [
                "Avances a la vista",
                "Una vista semanal muestra qué avanzó, qué se atascó y qué necesita una decisión.",
            ],
            ["Roles y permisos", "Quién puede ver y cambiar qué se decide equipo por equipo."],
        ],
        "consumer": [
            [
                "Listo en minutos",
                "Basta con contarle a {name} qué te importa: el mismo día está a punto.",
            ],
            [
                "Privado por defecto",
                "Todo lo que se añade es privado; no se comparte nada sin permiso.",
            ],
            [
                "Recordatorios amables",
                "{name} avisa en el momento justo, sin excesos.",
            ],
            [
                "Tu historial",
                "Todo el historial a mano, para descubrir patrones con el tiempo.",
            ],
        ],
        "marketplace": [
            ["Perfiles de confianza", "Antes de cualquier compromiso, se sabe con quién se trata."],
            [
                "Las dos partes, en un sitio",
                "Quien necesita algo y quien lo ofrece se encuentran en {name}.",
            ],
            [
                "Acuerdos sencillos",
                "Los detalles se cierran en una sola conversación, sin mensajes interminables.",
            ],
            [
                "Reseñas tras cada intercambio",
                "Cada parte valora a la otra, así el buen trato se ve.",
            ],
        ],
        "device": [
            ["Avisos en tu teléfono", "Cuando algo requiere atención, {name} avisa al momento."],
            [
                "Fácil de instalar",
                "Sin herramientas ni técnicos: {name} está pensad{P:o|a} para dejarse listo en minutos.",
            ],
            ["Historial de un vistazo", "Lo que pasó en tu ausencia, hora a hora."],
            ["Discreto hasta que hace falta", "{name} no molesta hasta que algo cambia de verdad."],
        ],
        "internal": [
            [
                "A la medida de tu proceso",
                "{name} sigue el proceso de tu equipo en lugar de imponer uno nuevo.",
            ],
            [
                "Acceso para quien toca",
                "El acceso va con las cuentas de la empresa: nadie necesita otra contraseña.",
            ],
            ["Trazabilidad", "Cada cambio queda registrado con quién lo hizo y cuándo."],
            [
                "Menos copiar y pegar",
                "Los datos llegan de los sistemas de la empresa, no de teclearlos a mano.",
            ],
        ],
        "learning": [
            [
                "Sesiones cortas",
                "Las lecciones caben en unos minutos libres, y practicar se vuelve costumbre.",
            ],
            [
                "Avances a la vista",
                "Lo que ya se domina y lo que necesita otro repaso, a la vista.",
            ],
            ["Práctica que se adapta", "{name} vuelve más a menudo sobre lo que más te cuesta."],
            [
                "A tu ritmo",
                "Cada pausa respeta tu ritmo: todo sigue justo donde se quedó.",
            ],
        ],
        "health": [
            [
                "Privado por diseño",
                "Tus datos de salud son privados y solo se comparten con tu permiso.",
            ],
            ["Recordatorios amables", "{name} avisa a tiempo, sin agobiar."],
            [
                "Un resumen para tus consultas",
                "Un resumen claro para tu próxima cita, en lugar de fiarlo todo a la memoria.",
            ],
            ["Tendencias en el tiempo", "Cómo cambian las cosas de una semana a otra, a la vista."],
        ],
    },
    "steps": {
        "friendly": {
            "start": [
                "Empieza|{start}. Solo lleva unos minutos.",
                "Primer paso|Primero, {start}.",
            ],
            "promise": [
                "{title}|{R:Después, deja que {name} se encargue de {product_does}.|Luego, {name} se ocupa de {product_does}.|A partir de ahí, {name} se encarga de {product_does}.}",
                "{title}|Con {name}, {subject} {S:puede|pueden} {user_does}.",
                "{title}|{sentence}",
            ],
            "middle": [
                "Hazlo tuyo|Ajusta {name} a tu forma de hacer las cosas.",
                "Pruébalo de verdad|Usa {name} una semana y mira qué cambia.",
            ],
            "outcome": [
                "Disfruta la diferencia|Y al final, {outcome}.",
                "Sigue así|A partir de ahí, {outcome}.",
            ],
        },
        "bold": {
            "start": ["Empieza ya|{start}. Y listo.", "En marcha|{start}. En minutos."],
            "promise": [
                "{title}|{name} {does}. Sin que muevas un dedo.",
                "{title}|{subject} {S:puede|pueden} {user_does}. Sin fricción.",
                "{title}|{sentence}",
            ],
            "middle": [
                "Hazlo tuyo|Configúralo a tu manera. Sin manual.",
                "Úsalo a diario|Pon {name} a trabajar desde el primer día.",
            ],
            "outcome": ["A lo tuyo|{outcome}.", "Recupera tu tiempo|{outcome}. Y repite."],
        },
        "formal": {
            "start": [
                "Configuración|Para empezar, {start}.",
                "Primeros pasos|En primer lugar, {start}.",
            ],
            "promise": [
                "{title}|{name} {does}.",
                "{title}|{name} facilita que {subject} {S:pueda|puedan} {user_does}.",
                "{title}|{sentence}",
            ],
            "middle": [
                "Ajustes|Adapte {name} a su forma de trabajar actual.",
                "Adopción|Incorpore {name} a su trabajo habitual.",
            ],
            "outcome": [
                "Revisión|Por último, {outcome}.",
                "Continuidad|A partir de entonces, {outcome}.",
            ],
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
            "q": "¿Ya está disponible {name}?",
            "a": {
                "friendly": "Todavía no: es un prototipo temprano. Únete a la lista y te avisaremos cuando esté listo.",
                "bold": "Todavía no. Entra en la lista y serás de los primeros.",
                "formal": "Todavía no. Este prototipo pone a prueba el concepto; las personas en la lista de espera recibirán un aviso en el lanzamiento.",
            },
        },
        {
            "kinds": ["team", "consumer", "marketplace", "device", "learning", "health"],
            "q": "¿Para quién es {name}?",
            "a": {
                "friendly": "{name} está pensad{P:o|a} para {audience}. Si es tu caso, nos encantaría saber de ti.",
                "bold": "Para {audience}. Para {A:él|ella|ellos|ellas} lo hicimos.",
                "formal": "{name} está diseñad{P:o|a} para {audience}.",
            },
        },
        {
            "kinds": ["team", "consumer", "marketplace", "device", "learning", "health"],
            "q": "¿Cuánto costará?",
            "a": {
                "friendly": "Aún no hemos fijado un precio. Quien esté en la lista lo sabrá primero y podrá ayudarnos a acertar.",
                "bold": "El precio, más adelante. Quien se apunta antes, se entera antes.",
                "formal": "El precio aún no se ha fijado. Las personas en la lista de espera serán informadas antes del lanzamiento.",
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
            "q": "¿Qué pasa con mi correo?",
            "a": {
                "friendly": "En este prototipo se queda en tu navegador. Nunca lo venderemos ni lo compartiremos.",
                "bold": "Se queda en tu navegador. No lo vendemos. Punto.",
                "formal": "En este prototipo se guarda únicamente en su navegador. Nunca se venderá ni se compartirá.",
            },
        },
        {
            "kinds": ["team"],
            "q": "¿Funciona con las herramientas que ya usamos?",
            "a": {
                "friendly": "Es una de las cosas que estamos probando. Cuéntanos qué herramientas te importan al apuntarte.",
                "bold": "Esa es la idea. Dinos cuáles importan y empezamos por ahí.",
                "formal": "Las integraciones están en evaluación. Indique las herramientas que utiliza al registrarse.",
            },
        },
        {
            "kinds": ["device"],
            "q": "¿Necesito a un profesional para instalarlo?",
            "a": {
                "friendly": "Estamos diseñando {name} para que puedas instalarlo tú. Este prototipo nos ayuda a comprobarlo.",
                "bold": "No. Si sabes cargar un teléfono, sabes instalarlo. Ese es el objetivo.",
                "formal": "{name} está pensad{P:o|a} para que cada cliente lo instale por su cuenta. Este prototipo ayuda a confirmar que es realista.",
            },
        },
        {
            "kinds": ["marketplace"],
            "q": "¿Cómo sé que puedo confiar en la otra parte?",
            "a": {
                "friendly": "Los perfiles y las reseñas tras cada intercambio son parte del plan. Cuéntanos qué te daría tranquilidad.",
                "bold": "Perfiles, reseñas y nada de cuentas anónimas. Ese es el punto de partida.",
                "formal": "Están previstos perfiles verificados y valoraciones mutuas. Su opinión sobre qué más hace falta es bienvenida.",
            },
        },
        {
            "kinds": ["internal"],
            "q": "¿Qué equipos pueden usar {name}?",
            "a": {
                "friendly": "Empieza con el equipo que lo pidió. Los demás podrán sumarse cuando el piloto funcione.",
                "bold": "Primero, el equipo piloto. Los demás, cuando se demuestre que funciona.",
                "formal": "En primer lugar, el grupo piloto; otros equipos podrán incorporarse una vez evaluado el piloto.",
            },
        },
        {
            "kinds": ["health"],
            "q": "¿Esto es consejo médico?",
            "a": {
                "friendly": "No. {name} te ayuda a llevar el control; las decisiones son tuyas y de tu médico.",
                "bold": "No. Lleva el registro. Tu médico decide.",
                "formal": "No. {name} ayuda a mantener un registro; las decisiones clínicas corresponden a usted y a su profesional sanitario.",
            },
        },
        {
            "kinds": ["learning"],
            "q": "¿Necesito saber algo antes de empezar?",
            "a": {
                "friendly": "Para nada. {name} empieza donde estás y avanza contigo.",
                "bold": "No. Empieza desde cero. Sin problema.",
                "formal": "No se requieren conocimientos previos; {name} se adapta a su nivel.",
            },
        },
        {
            "kinds": ["consumer", "learning", "health"],
            "q": "¿Puedo probarlo en el teléfono?",
            "a": {
                "friendly": "Esa es la idea: {name} se está diseñando primero para el teléfono.",
                "bold": "Sí. El teléfono, lo primero.",
                "formal": "Sí. {name} se está diseñando principalmente para su uso en el teléfono.",
            },
        },
    ],
    "stories": {
        "context": {
            "team": [
                "{persona}, {role}, mantiene el trabajo del equipo en marcha entre reunión y reunión.",
                "{persona} trabaja como {role} y dedica demasiado tiempo cada semana a poner a todos al día.",
            ],
            "consumer": [
                "{persona}, {role}, ya probó un par de apps para esto y las acabó dejando.",
                "{persona}, {role}, quiere que esto le lleve minutos, no una tarde entera.",
            ],
            "marketplace": [
                "{persona}, {role}, suele pedir recomendaciones a sus amistades.",
                "{persona}, {role}, ya se ha llevado chascos con anuncios desactualizados.",
            ],
            "device": [
                "{persona}, {role}, prefiere enterarse de un problema antes de que salga caro.",
                "{persona}, {role}, pasa fuera de casa más tiempo del que le gustaría.",
            ],
            "internal": [
                "{persona}, {role}, nota cada semana lo que cuesta el proceso actual.",
                "{persona}, {role}, se ha montado su propia hoja de cálculo para salir del paso.",
            ],
            "learning": [
                "{persona}, {role}, tiene veinte minutos libres casi cada día y muchas ganas.",
                "{persona}, {role}, aprende mejor haciendo, poco a poco.",
            ],
            "health": [
                "{persona}, {role}, quiere tenerlo todo bajo control sin pensar en ello todo el día.",
                "{persona}, {role}, quiere un registro claro para enseñarlo en la próxima consulta.",
            ],
        },
        "goal": [
            "Resolver esto con menos esfuerzo y menos sorpresas.",
            "Dedicar menos tiempo a la rutina y más a lo que importa.",
            "Saber cómo van las cosas sin tener que preguntar.",
        ],
        "frustration": [
            "Todas las herramientas que ha probado pedían más atención que el problema que resolvían.",
            "El apaño de ahora funciona, hasta el día en que falla.",
            "Demasiado depende de acordarse de revisar.",
        ],
        "want": [
            "usar {name} para {product_does}",
            "poder {user_does}",
        ],
        "general": [
            [
                "{role}",
                "entender en una frase qué hace {name}",
                "decido rápido si es para mí",
            ],
            [
                "{role}",
                "contarle al equipo qué cambiaría",
                "la primera versión encaja con mi forma de trabajar",
            ],
            [
                "{role}",
                "probar {name} antes de comprometerme",
                "solo cambio si de verdad me ayuda",
            ],
        ],
        "so_that": {
            "team": [
                "nada se pierde entre reunión y reunión",
                "todo el equipo trabaja con la misma foto",
                "dedico mi tiempo a decidir, no a actualizar",
            ],
            "consumer": [
                "encaja en mi día a día",
                "no tengo que acordarme yo",
                "consigo el resultado sin complicaciones",
            ],
            "marketplace": [
                "encuentro lo que busco enseguida",
                "las dos partes saben qué se acordó",
                "sé con quién estoy tratando",
            ],
            "device": [
                "me entero de los problemas antes de que salgan caros",
                "puedo irme sin preocupaciones",
                "no tengo que comprobarlo a mano",
            ],
            "internal": [
                "la rutina deja de comerse mi jornada",
                "nadie tiene que copiar datos a mano",
                "puedo fiarme de las cifras",
            ],
            "learning": [
                "avanzo a un ritmo constante",
                "la práctica cabe en mi semana",
                "sé qué me toca repasar",
            ],
            "health": [
                "sigo el plan sin pensar en ello",
                "tengo un registro claro para mis consultas",
                "los problemas pequeños no se hacen grandes",
            ],
        },
        "extra": {
            "team": [
                [
                    "{role}",
                    "ver de un vistazo qué necesita mi atención",
                    "puedo actuar antes de que algo se tuerza",
                ],
                [
                    "responsable de equipo",
                    "incorporar a alguien nuevo en minutos",
                    "aporta desde el primer día",
                ],
            ],
            "consumer": [
                [
                    "{role}",
                    "empezar sin leer ningún manual",
                    "le veo el sentido desde el primer día",
                ],
                ["{role}", "elegir cada cuánto me avisa {name}", "me ayuda sin agobiarme"],
            ],
            "marketplace": [
                [
                    "proveedor",
                    "indicar cuándo estoy disponible",
                    "solo recibo peticiones que puedo atender",
                ],
                ["{role}", "ver reseñas antes de decidir", "sé qué esperar"],
            ],
            "device": [
                ["{role}", "instalar {name} sin un técnico", "puedo empezar el mismo día"],
                [
                    "{role}",
                    "elegir qué avisos llegan a mi teléfono",
                    "solo me entero de lo que importa",
                ],
            ],
            "internal": [
                [
                    "{role}",
                    "entrar con mi cuenta de la empresa",
                    "no necesito otra contraseña",
                ],
                [
                    "responsable de equipo",
                    "ver cómo se usa el nuevo proceso",
                    "puedo decidir si lo extendemos",
                ],
            ],
            "learning": [
                ["{role}", "practicar en sesiones cortas", "aprender cabe en una semana ajetreada"],
                ["{role}", "ver qué temas domino ya", "sé qué repasar después"],
            ],
            "health": [
                [
                    "{role}",
                    "decidir qué comparto y con quién",
                    "mis datos de salud siguen siendo privados",
                ],
                [
                    "{role}",
                    "exportar un resumen para mi médico",
                    "las consultas parten de datos, no de memoria",
                ],
            ],
        },
    },
    "scenes": [
        [
            "El momento en que duele|{pain}. {persona} conoce bien la sensación.",
            "El momento en que duele|{persona} necesita {to_do}, y la forma de siempre es lenta y dispersa.",
            "Antes de {name}|{persona} vuelve a hacer malabares con apaños y a perder tiempo con ellos.",
        ],
        [
            "El descubrimiento|{persona} encuentra {name} y lee la promesa: {tagline}",
            "Una forma mejor|Alguien de confianza le manda a {persona} un enlace a {name}.",
        ],
        [
            "Primeros pasos|{persona} se registra y en unos minutos lo tiene todo listo.",
            "Primer contacto|{persona} prueba {name} por primera vez y le resulta fácil empezar.",
        ],
        [
            "La primera victoria|{name} {does}, y {persona} nota la diferencia esa misma semana.",
            "La primera victoria|Por primera vez, {persona} puede {to_do} sin apaños.",
            "La primera victoria|La parte rutinaria ya lleva minutos, y {persona} lo nota.",
        ],
        [
            "Correr la voz|{persona} les habla de {name} a los demás.",
            "Un hábito|Un mes después, {persona} no se imagina volver atrás.",
        ],
    ],
    "quote_by": "{role} (testimonio ficticio)",
    "quote": {
        "team": [
            "Dejamos de perseguir actualizaciones. Todo el mundo sabe cómo van las cosas.",
            "Lo configuramos en una tarde, y la reunión del lunes se acortó.",
            "Por fin, un sitio que todo el equipo usa de verdad.",
        ],
        "consumer": [
            "No esperaba que me gustara tanto. Encaja en mi día sin esfuerzo.",
            "Hace justo lo que necesitaba, y lo hace bien.",
            "He probado varias apps para esto. Esta es la que me he quedado.",
        ],
        "marketplace": [
            "Encontré lo que necesitaba esa misma tarde, y cerca de casa.",
            "Las dos partes sabíamos exactamente qué habíamos acordado. Sin mensajes incómodos.",
            "Es la primera vez que esto me resulta fácil y no una lotería.",
        ],
        "device": [
            "Me olvidé de que estaba ahí hasta el día en que me ahorró un buen disgusto.",
            "Se instala rápido. Ahora miro el teléfono en lugar de preocuparme.",
            "Es discreto, es fiable y avisa cuando tiene que avisar.",
        ],
        "internal": [
            "La parte de la semana que más temía ahora lleva unos minutos.",
            "Dejamos de copiar datos a mano. Por fin cuadran las cifras.",
            "Hace exactamente lo que el equipo necesitaba, ni más ni menos.",
        ],
        "learning": [
            "Un poco cada día, y por una vez noto el avance.",
            "Sabe en qué fallo y me lo vuelve a poner hasta que deja de pasar.",
            "Ahora hasta me apetece practicar.",
        ],
        "health": [
            "Dejé de preocuparme por olvidarlo. Lleva la cuenta por mí.",
            "Mi última consulta empezó con datos, no con suposiciones.",
            "Me ayuda sin que me sienta bajo vigilancia.",
        ],
    },
    "assumptions": {
        "all": [
            "La primera versión de {name} puede ser útil solo con las funciones de esta página.",
            "Con esta página basta para entender qué hace {name}.",
        ],
        "team": [
            "Los equipos sufren este problema con la frecuencia suficiente como para probar una herramienta nueva.",
            "Una sola persona puede configurar {name} para todo el equipo sin ayuda de informática.",
            "Los equipos confiarán a {name} los datos que necesita.",
        ],
        "consumer": [
            "La gente vive esto con la frecuencia suficiente como para instalar algo nuevo.",
            "La primera sesión ya aporta algo útil.",
            "La gente vuelve sin necesidad de recordatorios.",
        ],
        "marketplace": [
            "Habrá suficiente gente ofreciendo lo que otros necesitan, en la misma zona.",
            "Las dos partes confiarán lo bastante en un perfil y una reseña como para quedar.",
            "La gente cerrará el intercambio a través de {name} y no por fuera.",
        ],
        "device": [
            "La gente instalará el dispositivo por su cuenta.",
            "Los avisos serán lo bastante precisos como para que nadie los desactive.",
            "La gente pagará por un aparato para evitar este problema.",
        ],
        "internal": [
            "El equipo dejará su apaño actual si {name} le ahorra tiempo de verdad.",
            "Los datos que necesita {name} ya están en sistemas propios.",
            "Basta con un equipo piloto para ver si funciona.",
        ],
        "learning": [
            "Quien aprende practicará con regularidad en sesiones cortas.",
            "El progreso se ve lo suficiente como para mantener la motivación.",
            "El contenido puede prepararse sin un gran equipo editorial.",
        ],
        "health": [
            "La gente anotará lo que {name} necesita sin vivirlo como una carga.",
            "La gente confiará sus datos de salud a {name}.",
            "Los recordatorios ayudan sin alarmar.",
        ],
    },
    "open_questions": {
        "all": [
            "¿Qué haría que alguien dejara de usar {name} tras la primera semana?",
            "¿Qué función de esta página importa más a quienes se la enseñemos?",
        ],
        "team": [
            "¿Quién paga {name}: quien dirige el equipo o la empresa?",
            "¿Cómo lo resuelve hoy el equipo, y cuánto le cuesta?",
            "¿Con qué herramienta debe funcionar {name} desde el primer día?",
        ],
        "consumer": [
            "¿Qué usa hoy la gente en su lugar, y qué le haría cambiar?",
            "¿Pagaría alguien por {name}, o lo esperaría gratis?",
            "¿Cuántas veces abriría alguien {name} en una semana normal?",
        ],
        "marketplace": [
            "¿Qué lado conquistamos primero, y cómo?",
            "¿Cómo gana dinero {name}: una comisión por intercambio o una suscripción?",
            "¿Qué impide que la gente cierre el trato fuera de la plataforma?",
        ],
        "device": [
            "¿Cuánto pagaría alguien por el dispositivo, y pagaría además una suscripción?",
            "¿Dónde tiene que ir en casa o en el trabajo, y hay corriente allí?",
            "¿Qué pasa cuando se cae la conexión?",
        ],
        "internal": [
            "¿Qué equipo hace el piloto, y de quién es {name} después?",
            "¿A qué sistemas necesita acceder {name}, y quién lo aprueba?",
            "¿Cómo mediremos el tiempo ahorrado?",
        ],
        "learning": [
            "¿Quién paga: quien aprende, un centro educativo o una empresa?",
            "¿Cómo sabemos que lo aprendido se queda, más allá de la app?",
            "¿Quién escribe y revisa el contenido?",
        ],
        "health": [
            "¿Necesita {name} una aprobación médica o regulatoria para lo que hace?",
            "¿Quién más ve los datos, aparte de la propia persona?",
            "¿Lo recomendaría un médico o una cuidadora?",
        ],
    },
    "metric": {
        "team": [
            "Porcentaje de equipos que siguen usando {name} cada semana, cuatro semanas después de registrarse.",
            "Número de equipos que invitan a una segunda persona durante su primera semana.",
        ],
        "consumer": [
            "Porcentaje de personas nuevas que vuelven a {name} en su segunda semana.",
            "Porcentaje de inscritos en la lista que completan la primera sesión.",
        ],
        "marketplace": [
            "Número de intercambios completados por semana, y cuántas personas repiten.",
            "Porcentaje de peticiones que encuentran respuesta en menos de un día.",
        ],
        "device": [
            "Porcentaje de dispositivos que siguen instalados y conectados al cabo de un mes.",
            "Porcentaje de avisos que sus dueños confirman como útiles.",
        ],
        "internal": [
            "Horas semanales que ahorra el equipo piloto, comparadas con el proceso actual.",
            "Porcentaje del equipo piloto que usa {name} cada día laborable tras dos semanas.",
        ],
        "learning": [
            "Porcentaje de estudiantes que siguen practicando tres semanas después de su primera sesión.",
            "Número de sesiones por estudiante y semana durante el primer mes.",
        ],
        "health": [
            "Porcentaje de personas que mantienen su registro al día durante cuatro semanas.",
            "Porcentaje de personas que llevan el resumen de {name} a una consulta.",
        ],
    },
    "core": {
        "titles": {
            "dashboard": "Tu resumen de {name}",
            "list": "Explora {name}",
            "detail": "En detalle",
        },
        "intro": {
            "dashboard": [
                "Cómo van las cosas esta semana, de un vistazo.",
                "Qué ha cambiado y qué requiere atención, en una sola pantalla.",
            ],
            "list": [
                "Cada fila es un ejemplo de lo que mostrará {name}.",
                "Anuncios de ejemplo, tal como los mostrará {name}.",
            ],
            "detail": [
                "Un ejemplo completo, tal como lo mostrará {name}.",
                "Un registro de ejemplo, con todo lo que {name} guarda de él.",
            ],
        },
        "action": {"dashboard": "Ver detalles", "list": "Solicitar", "detail": "Guardar"},
        "metrics": [
            "Activos esta semana",
            "Completados",
            "Requieren atención",
            "Nuevos esta semana",
        ],
        "statuses": ["En marcha", "Requiere atención", "Nuevo"],
        "value": "{n} esta semana",
    },
}
