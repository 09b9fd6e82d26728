"""The offline writer's scaffolding copy, per language.

The offline writer takes the idea's own words (its product, audience and promises) and
sets them in these sentences. Placeholders: ``{name}`` the product name, ``{product}``
what it is ("habit tracker"), ``{audience}`` who it is for, ``{promise}`` its main
promise as a verb phrase. Languages without a phrasebook get English scaffolding, with
the idea quoted in its own language.

Grammar is kept safe by construction: placeholders sit where any noun phrase reads well.
"""

from __future__ import annotations

EN = {
    "core": {
        "titles": {
            "dashboard": "Your {product} dashboard",
            "list": "Browse on {name}",
            "detail": "A closer look",
        },
        "intro": {
            "dashboard": "How {audience} are doing this week, at a glance.",
            "list": "Pick what fits: every row is a sample of what {name} will show.",
            "detail": "One example, in full, the way {name} will show it.",
        },
        "action": {"dashboard": "Send a nudge", "list": "Book now", "detail": "Save"},
        "metrics": ["Active this week", "Completed", "Need attention", "New this week"],
        "statuses": ["On track", "Needs attention", "New"],
        "people": ["Alex", "Priya", "Sam", "Diego", "Mei", "Jonah"],
        "value": "{n} this week",
    },
    "default_promise": "takes care of the routine work",
    "labels": {
        "skip_link": "Skip to content",
        "problem_heading": "The problem",
        "features_heading": "What it does",
        "steps_heading": "How it works",
        "quote_heading": "What we hope people will say",
        "mock_badge": "Mock quote: a placeholder, not a real customer",
        "faq_heading": "Questions",
        "email_label": "Email address",
        "email_invalid": "Please enter a valid email address, like name@example.com.",
        "thanks": "You're on the list. We'll be in touch.",
        "already": "That email is already on the list. Thank you!",
        "stored_locally": "Prototype: signups are kept only in this browser.",
        "idea_heading": "The idea behind this prototype",
        "footer": "A clickable prototype. Nothing here is live yet.",
        "sample_badge": "Sample data: made up for this prototype",
        "nav_home": "Home",
    },
    "tagline": {
        "friendly": "The {product} {audience} will actually enjoy",
        "bold": "Stop juggling. Start shipping with {name}.",
        "formal": "A dependable {product} for {audience}",
    },
    "subhead": "{name} is a {product} for {audience} that {promise}.",
    "subhead_nopromise": "{name} is a {product} built around how {audience} really work.",
    "problem_with_pain": (
        "{pain}, and it costs hours every week: scattered tools, reminders that never come and "
        "progress nobody can see. A good {product} should remove that friction, not add to it."
    ),
    "problem": (
        "{Audience} lose hours to workarounds: scattered tools, reminders that never come "
        "and progress nobody can see. A good {product} should remove that friction, not add to it."
    ),
    "cta": {
        "friendly": "Join the waitlist",
        "bold": "Get early access",
        "formal": "Request access",
    },
    "signup_title": {
        "friendly": "Be one of the first to try {name}",
        "bold": "Get {name} before everyone else",
        "formal": "Register your interest in {name}",
    },
    "signup_text": "Leave your email and we'll invite you when the first version of {name} is ready.",
    "fillers": [
        (
            "Made for {audience}",
            "{name} fits the way {audience} already work, so there is nothing new to learn.",
        ),
        ("Set up in minutes", "Connect the tools you already use and see value on the first day."),
        (
            "Progress you can see",
            "A clear weekly view shows what moved, what stalled and what needs attention.",
        ),
        (
            "Private by default",
            "You decide what is shared and with whom; nothing is public unless you say so.",
        ),
    ],
    "steps": [
        ("Sign up", "Create an account with your work email in under a minute."),
        ("Connect", "Link the tools {audience} already use, so {name} starts with real context."),
        ("Get results", "{name} does the routine work and shows you what changed, every week."),
    ],
    "persona": {
        "name": "Alex",
        "role": "one of the {audience}",
        "context": "Alex is one of the {audience} and has tried spreadsheets, reminders and a couple of apps.",
        "goal": "Alex wants a {product} that works without constant upkeep.",
        "frustration": "Every tool so far needed more attention than the problem it solved.",
    },
    "stories": [
        (
            "member of {audience}",
            "to sign up in under a minute",
            "I can try {name} without a sales call",
        ),
        (
            "member of {audience}",
            "to see my progress at a glance",
            "I know what needs attention today",
        ),
        ("team lead", "to invite my team", "we all work from the same picture"),
    ],
    "story_from_feature": (
        "user of {name}",
        "{feature}",
        "I get the value of {product} without extra work",
    ),
    "scenes": [
        (
            "The frustration",
            "{persona} hits the same problem again and loses another hour to workarounds.",
        ),
        ("The discovery", "{persona} finds {name} and reads the promise: {tagline}"),
        (
            "Getting started",
            "{persona} signs up and connects the tools already in use, in a few minutes.",
        ),
        ("The first win", "{name} {promise}, and {persona} notices the difference the same week."),
        ("Telling others", "{persona} shares {name} with the rest of the team."),
    ],
    "faq": [
        (
            "Is {name} available today?",
            "Not yet. This is a prototype to test the idea; join the waitlist to hear when it launches.",
        ),
        ("Who is {name} for?", "{name} is built for {audience}."),
        (
            "What happens to my email?",
            "In this prototype it stays in your browser. We will never sell or share your address.",
        ),
    ],
    "quote": (
        "I didn't know a {product} could be this easy. This is what we were missing.",
        "A future user (placeholder)",
    ),
    "assumptions": [
        "{Audience} feel this problem often enough to look for a new tool.",
        "A {product} is the right shape for the solution, not a feature inside a tool they already use.",
        "{Audience} will trust {name} with the data it needs.",
    ],
    "open_questions": [
        "How do {audience} solve this today, and what does that cost them?",
        "Who pays for {name}: the individual, the team lead or the company?",
        "What would make someone stop using {name} after the first week?",
    ],
    "success_metric": "At least 30% of visitors who see the page join the waitlist, and 40% of them are active in week 2.",
    "default_product": "tool",
    "default_audience": "busy people",
}

ES = {
    "core": {
        "titles": {
            "dashboard": "Panel de {name}",
            "list": "Explora {name}",
            "detail": "En detalle",
        },
        "intro": {
            "dashboard": "Cómo van {audience} esta semana, de un vistazo.",
            "list": "Elige lo que te encaje: cada fila es un ejemplo de lo que mostrará {name}.",
            "detail": "Un ejemplo completo, tal como lo mostrará {name}.",
        },
        "action": {"dashboard": "Enviar aviso", "list": "Reservar", "detail": "Guardar"},
        "metrics": [
            "Activos esta semana",
            "Completados",
            "Requieren atención",
            "Nuevos esta semana",
        ],
        "statuses": ["Al día", "Requiere atención", "Nuevo"],
        "people": ["Lucía", "Mateo", "Sofía", "Diego", "Valentina", "Pablo"],
        "value": "{n} esta semana",
    },
    "default_promise": "se encarga del trabajo rutinario",
    "labels": {
        "skip_link": "Saltar al contenido",
        "problem_heading": "El problema",
        "features_heading": "Qué hace",
        "steps_heading": "Cómo funciona",
        "quote_heading": "Lo que esperamos que digan",
        "mock_badge": "Cita ficticia: un ejemplo, no un cliente real",
        "faq_heading": "Preguntas",
        "email_label": "Correo electrónico",
        "email_invalid": "Escribe un correo válido, por ejemplo nombre@ejemplo.com.",
        "thanks": "¡Ya estás en la lista! Te escribiremos pronto.",
        "already": "Ese correo ya está en la lista. ¡Gracias!",
        "stored_locally": "Prototipo: los registros se guardan solo en este navegador.",
        "idea_heading": "La idea detrás de este prototipo",
        "footer": "Un prototipo navegable. Aún no hay nada en producción.",
        "sample_badge": "Datos de ejemplo: inventados para este prototipo",
        "nav_home": "Inicio",
    },
    "tagline": {
        "friendly": "{Product} para {audience}, sin complicaciones",
        "bold": "Deja de improvisar: empieza con {name}",
        "formal": "{Product} fiable para {audience}",
    },
    "subhead": "{name} es {product} para {audience} que {promise}.",
    "subhead_nopromise": "{name} es {product} diseñado para el día a día de {audience}.",
    "problem": (
        "Hoy {audience} pierden horas con soluciones improvisadas: herramientas dispersas, "
        "recordatorios que no llegan y avances que nadie ve."
    ),
    "cta": {
        "friendly": "Únete a la lista",
        "bold": "Consigue acceso anticipado",
        "formal": "Solicitar acceso",
    },
    "signup_title": {
        "friendly": "Sé de los primeros en probar {name}",
        "bold": "Consigue {name} antes que nadie",
        "formal": "Registra tu interés en {name}",
    },
    "signup_text": "Déjanos tu correo y te invitaremos cuando la primera versión de {name} esté lista.",
    "fillers": [
        (
            "Hecho para {audience}",
            "{name} se adapta a cómo ya trabajan {audience}: no hay nada nuevo que aprender.",
        ),
        (
            "Listo en minutos",
            "Conecta las herramientas que ya usas y obtén valor desde el primer día.",
        ),
        (
            "Avances a la vista",
            "Un resumen semanal muestra qué avanzó, qué se detuvo y qué necesita atención.",
        ),
        ("Privado por defecto", "Tú decides qué se comparte y con quién."),
    ],
    "steps": [
        ("Regístrate", "Crea tu cuenta con tu correo en menos de un minuto."),
        ("Conecta", "Enlaza las herramientas que ya usan {audience}."),
        (
            "Obtén resultados",
            "{name} hace el trabajo rutinario y te muestra qué cambió cada semana.",
        ),
    ],
    "persona": {
        "name": "Lucía",
        "role": "parte de {audience}",
        "context": "Lucía ya probó hojas de cálculo, recordatorios y un par de aplicaciones.",
        "goal": "Lucía quiere {product} que funcione sin mantenimiento constante.",
        "frustration": "Cada herramienta necesitaba más atención que el problema que resolvía.",
    },
    "stories": [
        (
            "persona de {audience}",
            "registrarme en menos de un minuto",
            "pueda probar {name} sin llamadas comerciales",
        ),
        (
            "persona de {audience}",
            "ver mi progreso de un vistazo",
            "sepa qué necesita atención hoy",
        ),
        (
            "responsable de equipo",
            "invitar a mi equipo",
            "todos trabajemos con la misma información",
        ),
    ],
    "story_from_feature": ("usuario de {name}", "{feature}", "aproveche {name} sin trabajo extra"),
    "scenes": [
        ("La frustración", "{persona} vuelve a chocar con el mismo problema y pierde otra hora."),
        ("El descubrimiento", "{persona} encuentra {name} y lee la promesa: {tagline}"),
        ("Primeros pasos", "{persona} se registra y conecta sus herramientas en pocos minutos."),
        (
            "La primera victoria",
            "{name} {promise}, y {persona} nota la diferencia esa misma semana.",
        ),
        ("Correr la voz", "{persona} comparte {name} con su equipo."),
    ],
    "faq": [
        (
            "¿{name} ya está disponible?",
            "Todavía no. Es un prototipo para validar la idea; únete a la lista para enterarte del lanzamiento.",
        ),
        ("¿Para quién es {name}?", "{name} está pensado para {audience}."),
        (
            "¿Qué pasa con mi correo?",
            "En este prototipo se queda en tu navegador. Nunca lo venderemos ni compartiremos.",
        ),
    ],
    "quote": (
        "No sabía que algo así podía ser tan fácil. Es justo lo que nos faltaba.",
        "Un futuro usuario (ejemplo)",
    ),
    "assumptions": [
        "{Audience} sufren este problema con suficiente frecuencia como para buscar una herramienta nueva.",
        "Una herramienta propia es mejor solución que una función dentro de otra que ya usan.",
        "{Audience} confiarán a {name} los datos que necesita.",
    ],
    "open_questions": [
        "¿Cómo resuelven esto hoy {audience} y cuánto les cuesta?",
        "¿Quién paga {name}: la persona, el equipo o la empresa?",
        "¿Qué haría que alguien deje de usar {name} tras la primera semana?",
    ],
    "success_metric": "Al menos el 30 % de quienes visitan la página se une a la lista, y el 40 % sigue activo la segunda semana.",
    "default_product": "una herramienta",
    "default_audience": "personas ocupadas",
}

FR = {
    "core": {
        "titles": {
            "dashboard": "Tableau de bord {name}",
            "list": "Parcourir {name}",
            "detail": "En détail",
        },
        "intro": {
            "dashboard": "Où en sont {audience} cette semaine, d'un coup d'œil.",
            "list": "Choisissez : chaque ligne est un exemple de ce que montrera {name}.",
            "detail": "Un exemple complet, tel que {name} le montrera.",
        },
        "action": {"dashboard": "Envoyer un rappel", "list": "Réserver", "detail": "Enregistrer"},
        "metrics": ["Actifs cette semaine", "Terminés", "À surveiller", "Nouveaux cette semaine"],
        "statuses": ["En bonne voie", "À surveiller", "Nouveau"],
        "people": ["Camille", "Louis", "Inès", "Hugo", "Léa", "Nathan"],
        "value": "{n} cette semaine",
    },
    "default_promise": "s'occupe de la routine",
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
        "idea_heading": "L'idée derrière ce prototype",
        "footer": "Un prototype cliquable. Rien n'est encore en ligne.",
        "sample_badge": "Données d'exemple : inventées pour ce prototype",
        "nav_home": "Accueil",
    },
    "tagline": {
        "friendly": "{Product} pour {audience}, tout simplement",
        "bold": "Fini le bricolage : passez à {name}",
        "formal": "{Product} fiable pour {audience}",
    },
    "subhead": "{name} est {product} pour {audience} qui {promise}.",
    "subhead_nopromise": "{name} est {product} conçu pour le quotidien de {audience}.",
    "problem": (
        "Aujourd'hui, {audience} perdent des heures en solutions de fortune : outils éparpillés, "
        "rappels qui n'arrivent jamais et progrès que personne ne voit."
    ),
    "cta": {
        "friendly": "Rejoindre la liste",
        "bold": "Accès anticipé",
        "formal": "Demander un accès",
    },
    "signup_title": {
        "friendly": "Soyez parmi les premiers à essayer {name}",
        "bold": "Obtenez {name} avant tout le monde",
        "formal": "Manifestez votre intérêt pour {name}",
    },
    "signup_text": "Laissez votre e-mail : nous vous inviterons dès que la première version de {name} sera prête.",
    "fillers": [
        ("Conçu pour {audience}", "{name} s'adapte à la façon dont travaillent déjà {audience}."),
        (
            "Prêt en quelques minutes",
            "Connectez vos outils actuels et voyez la différence dès le premier jour.",
        ),
        (
            "Des progrès visibles",
            "Une vue hebdomadaire montre ce qui avance, ce qui bloque et ce qui compte.",
        ),
        ("Privé par défaut", "Vous décidez de ce qui est partagé, et avec qui."),
    ],
    "steps": [
        ("Inscrivez-vous", "Créez un compte avec votre e-mail en moins d'une minute."),
        ("Connectez", "Reliez les outils qu'utilisent déjà {audience}."),
        ("Avancez", "{name} s'occupe de la routine et vous montre ce qui a changé chaque semaine."),
    ],
    "persona": {
        "name": "Camille",
        "role": "membre de {audience}",
        "context": "Camille a déjà essayé des tableurs, des rappels et quelques applications.",
        "goal": "Camille veut {product} qui fonctionne sans entretien permanent.",
        "frustration": "Chaque outil demandait plus d'attention que le problème qu'il réglait.",
    },
    "stories": [
        (
            "membre de {audience}",
            "m'inscrire en moins d'une minute",
            "je puisse essayer {name} sans appel commercial",
        ),
        (
            "membre de {audience}",
            "voir mes progrès d'un coup d'œil",
            "je sache quoi traiter aujourd'hui",
        ),
        ("responsable d'équipe", "inviter mon équipe", "nous partagions la même vue"),
    ],
    "story_from_feature": (
        "utilisateur de {name}",
        "{feature}",
        "je profite de {name} sans effort",
    ),
    "scenes": [
        (
            "La frustration",
            "{persona} se heurte encore au même problème et perd une heure de plus.",
        ),
        ("La découverte", "{persona} découvre {name} et lit sa promesse : {tagline}"),
        ("Les premiers pas", "{persona} s'inscrit et connecte ses outils en quelques minutes."),
        (
            "La première victoire",
            "{name} {promise}, et {persona} voit la différence dans la semaine.",
        ),
        ("Le bouche-à-oreille", "{persona} partage {name} avec son équipe."),
    ],
    "faq": [
        (
            "{name} est-il déjà disponible ?",
            "Pas encore. C'est un prototype pour tester l'idée ; rejoignez la liste pour être prévenu du lancement.",
        ),
        ("À qui s'adresse {name} ?", "{name} est conçu pour {audience}."),
        (
            "Que devient mon e-mail ?",
            "Dans ce prototype, il reste dans votre navigateur. Nous ne le vendrons ni ne le partagerons jamais.",
        ),
    ],
    "quote": (
        "Je ne pensais pas que ce serait aussi simple. C'est exactement ce qui nous manquait.",
        "Un futur utilisateur (exemple)",
    ),
    "assumptions": [
        "{Audience} rencontrent ce problème assez souvent pour chercher un nouvel outil.",
        "Un outil dédié vaut mieux qu'une fonction dans un outil existant.",
        "{Audience} confieront à {name} les données dont il a besoin.",
    ],
    "open_questions": [
        "Comment {audience} règlent-ils ce problème aujourd'hui, et à quel coût ?",
        "Qui paie {name} : la personne, l'équipe ou l'entreprise ?",
        "Qu'est-ce qui ferait abandonner {name} après la première semaine ?",
    ],
    "success_metric": "Au moins 30 % des visiteurs rejoignent la liste, et 40 % d'entre eux sont actifs la deuxième semaine.",
    "default_product": "un outil",
    "default_audience": "les personnes occupées",
}

DE = {
    "core": {
        "titles": {
            "dashboard": "{name}-Übersicht",
            "list": "{name} durchsuchen",
            "detail": "Im Detail",
        },
        "intro": {
            "dashboard": "Wie es {audience} diese Woche geht, auf einen Blick.",
            "list": "Wähle aus: Jede Zeile ist ein Beispiel dafür, was {name} zeigen wird.",
            "detail": "Ein Beispiel, vollständig, so wie {name} es zeigen wird.",
        },
        "action": {"dashboard": "Erinnerung senden", "list": "Jetzt buchen", "detail": "Speichern"},
        "metrics": ["Aktiv diese Woche", "Erledigt", "Brauchen Aufmerksamkeit", "Neu diese Woche"],
        "statuses": ["Im Plan", "Braucht Aufmerksamkeit", "Neu"],
        "people": ["Jonas", "Lea", "Emil", "Mia", "Noah", "Hanna"],
        "value": "{n} diese Woche",
    },
    "default_promise": "übernimmt die Routinearbeit",
    "labels": {
        "skip_link": "Zum Inhalt springen",
        "problem_heading": "Das Problem",
        "features_heading": "Was es kann",
        "steps_heading": "So funktioniert es",
        "quote_heading": "Was wir uns zu hören wünschen",
        "mock_badge": "Beispielzitat: ein Platzhalter, kein echter Kunde",
        "faq_heading": "Fragen",
        "email_label": "E-Mail-Adresse",
        "email_invalid": "Bitte gib eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.",
        "thanks": "Du stehst auf der Liste. Wir melden uns bald.",
        "already": "Diese Adresse steht schon auf der Liste. Danke!",
        "stored_locally": "Prototyp: Anmeldungen bleiben nur in diesem Browser.",
        "idea_heading": "Die Idee hinter diesem Prototyp",
        "footer": "Ein klickbarer Prototyp. Noch ist nichts live.",
        "sample_badge": "Beispieldaten: für diesen Prototyp erfunden",
        "nav_home": "Start",
    },
    "tagline": {
        "friendly": "{Product} für {audience}",
        "bold": "Schluss mit Flickwerk: {name} ist da",
        "formal": "Verlässlich: {product} für {audience}",
    },
    "subhead": "{name}: {product} für {audience}, die {promise}.",
    "subhead_nopromise": "{name}: {product}, gebaut für den Alltag von {audience}.",
    "problem": (
        "Heute verlieren {audience} Stunden mit Notlösungen: verstreute Werkzeuge, "
        "Erinnerungen, die nie kommen, und Fortschritt, den niemand sieht."
    ),
    "cta": {
        "friendly": "Auf die Warteliste",
        "bold": "Früh Zugang sichern",
        "formal": "Zugang anfragen",
    },
    "signup_title": {
        "friendly": "Probiere {name} als Erste:r",
        "bold": "Hol dir {name} vor allen anderen",
        "formal": "Interesse an {name} anmelden",
    },
    "signup_text": "Hinterlasse deine E-Mail, und wir laden dich ein, sobald die erste Version von {name} bereit ist.",
    "fillers": [
        ("Gemacht für {audience}", "{name} passt sich an, wie {audience} schon heute arbeiten."),
        (
            "In Minuten startklar",
            "Verbinde deine bestehenden Werkzeuge und sieh am ersten Tag Ergebnisse.",
        ),
        (
            "Sichtbarer Fortschritt",
            "Eine Wochenübersicht zeigt, was vorankam, was hängt und was zählt.",
        ),
        ("Privat als Standard", "Du entscheidest, was geteilt wird und mit wem."),
    ],
    "steps": [
        ("Anmelden", "Konto mit deiner E-Mail in unter einer Minute anlegen."),
        ("Verbinden", "Die Werkzeuge verknüpfen, die {audience} schon nutzen."),
        (
            "Ergebnisse sehen",
            "{name} erledigt die Routine und zeigt jede Woche, was sich geändert hat.",
        ),
    ],
    "persona": {
        "name": "Jonas",
        "role": "einer von {audience}",
        "context": "Jonas hat schon Tabellen, Erinnerungen und einige Apps ausprobiert.",
        "goal": "Jonas will {product}, das ohne ständige Pflege funktioniert.",
        "frustration": "Jedes Werkzeug brauchte mehr Aufmerksamkeit als das Problem selbst.",
    },
    "stories": [
        (
            "Person aus {audience}",
            "mich in unter einer Minute anmelden",
            "ich {name} ohne Verkaufsgespräch testen kann",
        ),
        (
            "Person aus {audience}",
            "meinen Fortschritt auf einen Blick sehen",
            "ich weiß, was heute zählt",
        ),
        ("Teamleitung", "mein Team einladen", "wir alle dasselbe Bild haben"),
    ],
    "story_from_feature": ("Nutzer:in von {name}", "{feature}", "ich ohne Mehraufwand profitiere"),
    "scenes": [
        ("Der Frust", "{persona} stößt wieder auf dasselbe Problem und verliert noch eine Stunde."),
        ("Die Entdeckung", "{persona} findet {name} und liest das Versprechen: {tagline}"),
        (
            "Der Start",
            "{persona} meldet sich an und verbindet die eigenen Werkzeuge in wenigen Minuten.",
        ),
        (
            "Der erste Erfolg",
            "{name}: {promise} – {persona} merkt den Unterschied noch in derselben Woche.",
        ),
        ("Weitersagen", "{persona} teilt {name} mit dem Team."),
    ],
    "faq": [
        (
            "Gibt es {name} schon?",
            "Noch nicht. Dies ist ein Prototyp, um die Idee zu testen; trag dich ein, um vom Start zu erfahren.",
        ),
        ("Für wen ist {name}?", "{name} ist für {audience} gemacht."),
        (
            "Was passiert mit meiner E-Mail?",
            "In diesem Prototyp bleibt sie in deinem Browser. Wir verkaufen oder teilen sie nie.",
        ),
    ],
    "quote": (
        "Ich wusste nicht, dass das so einfach sein kann. Genau das hat uns gefehlt.",
        "Eine künftige Nutzerin (Beispiel)",
    ),
    "assumptions": [
        "{Audience} haben dieses Problem oft genug, um nach einem neuen Werkzeug zu suchen.",
        "Ein eigenes Werkzeug ist besser als eine Funktion in einem bestehenden.",
        "{Audience} vertrauen {name} die nötigen Daten an.",
    ],
    "open_questions": [
        "Wie lösen {audience} das heute, und was kostet es sie?",
        "Wer zahlt für {name}: die Person, das Team oder die Firma?",
        "Was würde jemanden nach der ersten Woche abspringen lassen?",
    ],
    "success_metric": "Mindestens 30 % der Besucher tragen sich ein, und 40 % davon sind in Woche 2 aktiv.",
    "default_product": "ein Werkzeug",
    "default_audience": "vielbeschäftigte Menschen",
}

PT = {
    "core": {
        "titles": {
            "dashboard": "Painel do {name}",
            "list": "Explore o {name}",
            "detail": "Em detalhe",
        },
        "intro": {
            "dashboard": "Como {audience} estão nesta semana, num relance.",
            "list": "Escolha o que serve: cada linha é um exemplo do que o {name} vai mostrar.",
            "detail": "Um exemplo completo, como o {name} vai mostrar.",
        },
        "action": {"dashboard": "Enviar lembrete", "list": "Reservar", "detail": "Salvar"},
        "metrics": [
            "Ativos nesta semana",
            "Concluídos",
            "Precisam de atenção",
            "Novos nesta semana",
        ],
        "statuses": ["Em dia", "Precisa de atenção", "Novo"],
        "people": ["Rafa", "Ana", "Bruno", "Júlia", "Pedro", "Bia"],
        "value": "{n} nesta semana",
    },
    "default_promise": "cuida do trabalho de rotina",
    "labels": {
        "skip_link": "Ir para o conteúdo",
        "problem_heading": "O problema",
        "features_heading": "O que faz",
        "steps_heading": "Como funciona",
        "quote_heading": "O que esperamos ouvir",
        "mock_badge": "Citação fictícia: um exemplo, não um cliente real",
        "faq_heading": "Perguntas",
        "email_label": "E-mail",
        "email_invalid": "Digite um e-mail válido, por exemplo nome@exemplo.com.",
        "thanks": "Você está na lista. Entraremos em contato em breve.",
        "already": "Esse e-mail já está na lista. Obrigado!",
        "stored_locally": "Protótipo: as inscrições ficam apenas neste navegador.",
        "idea_heading": "A ideia por trás deste protótipo",
        "footer": "Um protótipo navegável. Nada aqui está no ar ainda.",
        "sample_badge": "Dados de exemplo: inventados para este protótipo",
        "nav_home": "Início",
    },
    "tagline": {
        "friendly": "{Product} para {audience}, sem complicação",
        "bold": "Chega de improviso: comece com {name}",
        "formal": "{Product} confiável para {audience}",
    },
    "subhead": "{name} é {product} para {audience} que {promise}.",
    "subhead_nopromise": "{name} é {product} feito para o dia a dia de {audience}.",
    "problem": (
        "Hoje {audience} perdem horas com improvisos: ferramentas espalhadas, lembretes que "
        "não chegam e progresso que ninguém vê."
    ),
    "cta": {
        "friendly": "Entrar na lista",
        "bold": "Garanta acesso antecipado",
        "formal": "Solicitar acesso",
    },
    "signup_title": {
        "friendly": "Seja um dos primeiros a testar {name}",
        "bold": "Tenha {name} antes de todo mundo",
        "formal": "Registre seu interesse em {name}",
    },
    "signup_text": "Deixe seu e-mail e avisaremos quando a primeira versão de {name} estiver pronta.",
    "fillers": [
        ("Feito para {audience}", "{name} se adapta ao jeito como {audience} já trabalham."),
        (
            "Pronto em minutos",
            "Conecte as ferramentas que você já usa e veja valor no primeiro dia.",
        ),
        (
            "Progresso visível",
            "Um resumo semanal mostra o que avançou, o que parou e o que importa.",
        ),
        ("Privado por padrão", "Você decide o que é compartilhado e com quem."),
    ],
    "steps": [
        ("Cadastre-se", "Crie sua conta com seu e-mail em menos de um minuto."),
        ("Conecte", "Ligue as ferramentas que {audience} já usam."),
        ("Veja resultados", "{name} cuida da rotina e mostra o que mudou a cada semana."),
    ],
    "persona": {
        "name": "Rafa",
        "role": "parte de {audience}",
        "context": "Rafa já tentou planilhas, lembretes e alguns aplicativos.",
        "goal": "Rafa quer {product} que funcione sem manutenção constante.",
        "frustration": "Cada ferramenta exigia mais atenção do que o problema que resolvia.",
    },
    "stories": [
        (
            "pessoa de {audience}",
            "me cadastrar em menos de um minuto",
            "eu possa testar {name} sem uma ligação de vendas",
        ),
        (
            "pessoa de {audience}",
            "ver meu progresso num relance",
            "eu saiba o que precisa de atenção hoje",
        ),
        ("líder de equipe", "convidar minha equipe", "todos trabalhem com a mesma visão"),
    ],
    "story_from_feature": (
        "usuário de {name}",
        "{feature}",
        "eu aproveite {name} sem esforço extra",
    ),
    "scenes": [
        ("A frustração", "{persona} esbarra de novo no mesmo problema e perde mais uma hora."),
        ("A descoberta", "{persona} encontra {name} e lê a promessa: {tagline}"),
        ("Primeiros passos", "{persona} se cadastra e conecta suas ferramentas em poucos minutos."),
        ("A primeira vitória", "{name} {promise}, e {persona} sente a diferença na mesma semana."),
        ("Espalhando a notícia", "{persona} compartilha {name} com a equipe."),
    ],
    "faq": [
        (
            "{name} já está disponível?",
            "Ainda não. Este é um protótipo para testar a ideia; entre na lista para saber do lançamento.",
        ),
        ("Para quem é {name}?", "{name} é feito para {audience}."),
        (
            "O que acontece com meu e-mail?",
            "Neste protótipo ele fica no seu navegador. Nunca vamos vendê-lo ou compartilhá-lo.",
        ),
    ],
    "quote": (
        "Eu não sabia que podia ser tão fácil. Era exatamente o que faltava.",
        "Um futuro usuário (exemplo)",
    ),
    "assumptions": [
        "{Audience} sentem esse problema com frequência suficiente para buscar uma nova ferramenta.",
        "Uma ferramenta própria é melhor do que um recurso dentro de outra que já usam.",
        "{Audience} vão confiar a {name} os dados de que precisa.",
    ],
    "open_questions": [
        "Como {audience} resolvem isso hoje, e quanto isso custa?",
        "Quem paga por {name}: a pessoa, a equipe ou a empresa?",
        "O que faria alguém abandonar {name} depois da primeira semana?",
    ],
    "success_metric": "Pelo menos 30% dos visitantes entram na lista, e 40% deles seguem ativos na segunda semana.",
    "default_product": "uma ferramenta",
    "default_audience": "pessoas ocupadas",
}

JA = {
    "core": {
        "titles": {"dashboard": "{name}ダッシュボード", "list": "{name}で探す", "detail": "詳細"},
        "intro": {
            "dashboard": "今週の{audience}の状況がひと目で分かります。",
            "list": "各行は{name}が表示する内容のサンプルです。",
            "detail": "{name}が表示する一例の詳細です。",
        },
        "action": {"dashboard": "リマインドを送る", "list": "予約する", "detail": "保存する"},
        "metrics": ["今週アクティブ", "完了", "要対応", "今週の新規"],
        "statuses": ["順調", "要対応", "新規"],
        "people": ["さくら", "ゆうと", "はるか", "けんた", "みお", "そうた"],
        "value": "今週{n}件",
    },
    "default_promise": "定型作業を引き受けます",
    "labels": {
        "skip_link": "本文へスキップ",
        "problem_heading": "課題",
        "features_heading": "できること",
        "steps_heading": "使い方",
        "quote_heading": "聞きたい声",
        "mock_badge": "サンプルの声：実在の顧客ではありません",
        "faq_heading": "よくある質問",
        "email_label": "メールアドレス",
        "email_invalid": "有効なメールアドレスを入力してください（例：name@example.com）。",
        "thanks": "登録ありがとうございます。準備ができたらご連絡します。",
        "already": "このメールアドレスはすでに登録されています。ありがとうございます！",
        "stored_locally": "プロトタイプ：登録内容はこのブラウザにだけ保存されます。",
        "idea_heading": "このプロトタイプのアイデア",
        "footer": "クリックできるプロトタイプです。まだ公開サービスではありません。",
        "sample_badge": "サンプルデータ：このプロトタイプ用の架空のデータです",
        "nav_home": "ホーム",
    },
    "tagline": {
        "friendly": "{audience}のための{product}",
        "bold": "{name}で、もう迷わない",
        "formal": "{audience}向けの信頼できる{product}",
    },
    "subhead": "{audience}のための{product}。{promise}。",
    "subhead_nopromise": "{audience}の毎日に合わせて作られた{product}。",
    "problem": "{audience}は、ばらばらのツールや届かないリマインダー、見えない進捗のために多くの時間を失っています。",
    "cta": {
        "friendly": "ウェイトリストに登録",
        "bold": "先行アクセスを得る",
        "formal": "アクセスを申し込む",
    },
    "signup_title": {
        "friendly": "{name}をいち早く試そう",
        "bold": "誰よりも早く{name}を",
        "formal": "{name}への関心を登録する",
    },
    "signup_text": "メールアドレスを残していただければ、{name}の最初のバージョンができ次第ご招待します。",
    "fillers": [
        ("{audience}のために", "{name}は{audience}の今の働き方に合わせて動きます。"),
        ("数分で始められる", "いま使っているツールをつなぐだけで、初日から効果が見えます。"),
        (
            "進捗が見える",
            "週ごとのまとめで、進んだこと・止まったこと・注意が必要なことが分かります。",
        ),
        ("標準でプライベート", "何を誰と共有するかは、あなたが決めます。"),
    ],
    "steps": [
        ("登録する", "メールアドレスで1分以内にアカウントを作成します。"),
        ("つなぐ", "{audience}がすでに使っているツールを連携します。"),
        ("成果を見る", "{name}が定型作業を引き受け、毎週の変化を見せてくれます。"),
    ],
    "persona": {
        "name": "さくら",
        "role": "{audience}の一人",
        "context": "さくらはスプレッドシートやリマインダー、いくつかのアプリを試してきました。",
        "goal": "手間をかけずに使える{product}がほしい。",
        "frustration": "どのツールも、解決する問題より多くの手間がかかった。",
    },
    "stories": [
        ("{audience}の一人", "1分以内に登録したい", "営業電話なしで{name}を試せる"),
        ("{audience}の一人", "進捗をひと目で見たい", "今日やるべきことが分かる"),
        ("チームリーダー", "チームを招待したい", "全員が同じ情報を見て働ける"),
    ],
    "story_from_feature": ("{name}の利用者", "{feature}", "余計な手間なく{name}の価値を得られる"),
    "scenes": [
        ("もどかしさ", "{persona}はまた同じ問題にぶつかり、1時間を失う。"),
        ("出会い", "{persona}は{name}を見つけ、「{tagline}」という約束を読む。"),
        ("はじめの一歩", "{persona}は登録し、数分でいつものツールをつなぐ。"),
        ("最初の成果", "{name}が動き出し（{promise}）、{persona}はその週のうちに違いに気づく。"),
        ("広がる", "{persona}はチームに{name}を紹介する。"),
    ],
    "faq": [
        (
            "{name}はもう使えますか？",
            "まだです。これはアイデアを検証するためのプロトタイプです。リストに登録すると公開時にお知らせします。",
        ),
        ("{name}は誰のためのものですか？", "{name}は{audience}のために作られています。"),
        (
            "メールアドレスはどう扱われますか？",
            "このプロトタイプでは、お使いのブラウザの中にだけ保存されます。販売や共有は決してしません。",
        ),
    ],
    "quote": (
        "こんなに簡単だとは思いませんでした。まさに求めていたものです。",
        "将来のユーザー（サンプル）",
    ),
    "assumptions": [
        "{audience}は、新しいツールを探すほど頻繁にこの問題を感じている。",
        "既存ツールの一機能ではなく、専用のツールが適している。",
        "{audience}は必要なデータを{name}に預けてくれる。",
    ],
    "open_questions": [
        "{audience}は今どのようにこれを解決していて、どれだけのコストがかかっているか？",
        "{name}の費用を払うのは誰か：個人、チーム、それとも会社か？",
        "最初の1週間で使うのをやめる理由は何か？",
    ],
    "success_metric": "ページ訪問者の30%以上がリストに登録し、そのうち40%が2週目も利用している。",
    "default_product": "ツール",
    "default_audience": "忙しい人たち",
}

ZH = {
    "core": {
        "titles": {"dashboard": "{name}看板", "list": "浏览{name}", "detail": "详情"},
        "intro": {
            "dashboard": "一眼看清{audience}本周的情况。",
            "list": "每一行都是{name}将展示内容的示例。",
            "detail": "{name}将展示的一个完整示例。",
        },
        "action": {"dashboard": "发送提醒", "list": "立即预订", "detail": "保存"},
        "metrics": ["本周活跃", "已完成", "需要关注", "本周新增"],
        "statuses": ["进展顺利", "需要关注", "新"],
        "people": ["小林", "小王", "小陈", "小李", "小张", "小刘"],
        "value": "本周{n}次",
    },
    "default_promise": "接手例行工作",
    "labels": {
        "skip_link": "跳到正文",
        "problem_heading": "问题",
        "features_heading": "功能",
        "steps_heading": "如何使用",
        "quote_heading": "我们希望听到的声音",
        "mock_badge": "示例引言：占位内容，并非真实客户",
        "faq_heading": "常见问题",
        "email_label": "电子邮箱",
        "email_invalid": "请输入有效的电子邮箱，例如 name@example.com。",
        "thanks": "你已加入名单，我们会尽快联系你。",
        "already": "这个邮箱已经在名单上了，谢谢！",
        "stored_locally": "原型：报名信息只保存在此浏览器中。",
        "idea_heading": "这个原型背后的想法",
        "footer": "一个可点击的原型，目前尚未上线。",
        "sample_badge": "示例数据：为此原型虚构",
        "nav_home": "首页",
    },
    "tagline": {
        "friendly": "为{audience}打造的{product}",
        "bold": "有了{name}，不再手忙脚乱",
        "formal": "面向{audience}的可靠{product}",
    },
    "subhead": "为{audience}打造的{product}：{promise}。",
    "subhead_nopromise": "为{audience}日常工作设计的{product}。",
    "problem": "如今，{audience}在零散的工具、不会响的提醒和看不见的进度上浪费大量时间。",
    "cta": {"friendly": "加入等候名单", "bold": "抢先体验", "formal": "申请访问"},
    "signup_title": {
        "friendly": "成为首批试用{name}的人",
        "bold": "抢先拥有{name}",
        "formal": "登记你对{name}的兴趣",
    },
    "signup_text": "留下你的邮箱，{name}第一个版本准备好时我们会邀请你。",
    "fillers": [
        ("为{audience}而生", "{name}贴合{audience}现有的工作方式，无需重新学习。"),
        ("几分钟即可上手", "连接你已在使用的工具，第一天就能看到效果。"),
        ("进度一目了然", "每周概览显示哪些推进了、哪些停滞了、哪些需要关注。"),
        ("默认保护隐私", "共享什么、与谁共享，由你决定。"),
    ],
    "steps": [
        ("注册", "用邮箱在一分钟内创建账号。"),
        ("连接", "连接{audience}已经在用的工具。"),
        ("看到成果", "{name}处理例行工作，并每周告诉你有哪些变化。"),
    ],
    "persona": {
        "name": "小林",
        "role": "{audience}中的一员",
        "context": "小林试过表格、提醒和好几个应用。",
        "goal": "想要一个无需持续维护的{product}。",
        "frustration": "每个工具需要的精力都比它解决的问题还多。",
    },
    "stories": [
        ("{audience}中的一员", "在一分钟内完成注册", "不用和销售通话就能试用{name}"),
        ("{audience}中的一员", "一眼看清我的进度", "知道今天该关注什么"),
        ("团队负责人", "邀请我的团队", "大家基于同样的信息工作"),
    ],
    "story_from_feature": ("{name}的用户", "{feature}", "不费额外力气就能获得{name}的价值"),
    "scenes": [
        ("困扰", "{persona}又遇到同样的问题，又浪费了一个小时。"),
        ("发现", "{persona}发现了{name}，读到它的承诺：{tagline}"),
        ("开始", "{persona}注册并在几分钟内连接了常用工具。"),
        ("第一次收获", "{name}开始工作（{promise}），{persona}当周就感受到了变化。"),
        ("分享", "{persona}把{name}推荐给了团队。"),
    ],
    "faq": [
        (
            "{name}现在可以用了吗？",
            "还不行。这是一个用于验证想法的原型；加入名单即可在上线时收到通知。",
        ),
        ("{name}适合谁？", "{name}是为{audience}打造的。"),
        ("我的邮箱会怎样处理？", "在这个原型中，它只保存在你的浏览器里。我们绝不会出售或分享。"),
    ],
    "quote": ("没想到可以这么简单，这正是我们缺少的。", "未来的用户（示例）"),
    "assumptions": [
        "{audience}经常遇到这个问题，足以让他们寻找新工具。",
        "专门的工具比现有工具里的一个功能更合适。",
        "{audience}愿意把所需的数据交给{name}。",
    ],
    "open_questions": [
        "{audience}现在如何解决这个问题，代价是什么？",
        "谁来为{name}付费：个人、团队还是公司？",
        "什么会让人在第一周后放弃{name}？",
    ],
    "success_metric": "至少 30% 的访客加入名单，其中 40% 在第二周仍然活跃。",
    "default_product": "工具",
    "default_audience": "忙碌的人们",
}

PHRASEBOOKS: dict[str, dict] = {
    "en": EN,
    "es": ES,
    "fr": FR,
    "de": DE,
    "pt": PT,
    "ja": JA,
    "zh": ZH,
}
