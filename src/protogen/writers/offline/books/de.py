"""German phrasebook. Slots: see ``books/__init__.py`` and ``compose.Composer._slots``.

Every frame keeps the placeholders of its English original; what German needs beyond
them (the article of the product, "der/die/das" after it, the dative of an audience,
the persona’s gender, du or Sie) is written as agreement markers that
:class:`~protogen.writers.offline.de_grammar.GermanGrammar` resolves for each idea.

Voice: friendly and bold pages say du (a start-up speaking to people it wants as early
users); formal pages say Sie (a B2B or public-sector reader expects it). Parts that do
not change with the tone (fillers, FAQ questions, stories, storyboard, meeting notes)
are written without a form of address: infinitives, "man", the first person of the user
story, or a ``⟦du=…|Sie=…⟧`` choice.
"""

from protogen.writers.offline.de_grammar import GermanGrammar

GRAMMAR = GermanGrammar()

KINDS = {
    "team": {
        "noun": "Tool",
        "a_noun": "ein Tool",
        "label": "Für Teams",
        "role": "Teammitglied",
        "start": {
            "informal": "leg einen Arbeitsbereich an und lade die Leute ein, mit denen du arbeitest",
            "formal": "legen Sie einen Arbeitsbereich für Ihre Organisation an und laden Sie Ihre Kolleginnen und Kollegen ein",
        },
        "outcome": {
            "informal": "sieh jede Woche, was sich bewegt hat, und entscheide, was als Nächstes kommt",
            "formal": "prüfen Sie jede Woche den Fortschritt und legen Sie die nächsten Schritte fest",
        },
    },
    "consumer": {
        "noun": "App",
        "a_noun": "eine App",
        "label": "Persönliche App",
        "role": "Nutzer⟦in⟧ der ersten Stunde",
        "start": {
            "informal": "melde dich mit deiner E-Mail-Adresse an und sag, was dir wichtig ist",
            "formal": "registrieren Sie sich mit Ihrer E-Mail-Adresse und legen Sie Ihre Einstellungen fest",
        },
        "outcome": {
            "informal": "komm wieder, wann es dir passt, und mach da weiter, wo du aufgehört hast",
            "formal": "kehren Sie jederzeit zurück und machen Sie dort weiter, wo Sie aufgehört haben",
        },
    },
    "marketplace": {
        "noun": "Marktplatz",
        "a_noun": "ein Marktplatz",
        "label": "Marktplatz",
        "role": "⟦f=Erstkundin|m=Erstkunde⟧",
        "start": {
            "informal": "sag, was du brauchst oder was du anbieten kannst",
            "formal": "beschreiben Sie, was Sie brauchen oder anbieten können",
        },
        "outcome": {
            "informal": "klär die Details, triff dich mit der anderen Seite und gib danach eine Bewertung ab",
            "formal": "bestätigen Sie die Details und bewerten Sie den Austausch im Anschluss",
        },
    },
    "device": {
        "noun": "Gerät",
        "a_noun": "ein Gerät",
        "label": "Hardware",
        "role": "Erstbesitzer⟦in⟧",
        "start": {
            "informal": "stell das Gerät auf und verbinde es mit deinem Handy",
            "formal": "installieren Sie das Gerät und koppeln Sie es mit Ihrem Smartphone",
        },
        "outcome": {
            "informal": "kümmere dich um deinen Tag; das Gerät meldet sich, wenn etwas dich braucht",
            "formal": "verlassen Sie sich darauf, dass das Gerät Sie benachrichtigt, wenn etwas Ihre Aufmerksamkeit erfordert",
        },
    },
    "internal": {
        "noun": "internes Tool",
        "a_noun": "ein internes Tool",
        "label": "Internes Tool",
        "role": "⟦f=Kollegin|m=Kollege⟧ aus der Pilotgruppe",
        "start": {
            "informal": "öffne es im Intranet und melde dich mit deinem Firmenkonto an",
            "formal": "öffnen Sie es im Intranet und melden Sie sich mit Ihrem Firmenkonto an",
        },
        "outcome": {
            "informal": "nutze die gewonnene Zeit für die Arbeit, die nur Menschen machen können",
            "formal": "nutzen Sie die gewonnene Zeit für Aufgaben, die Urteilsvermögen erfordern",
        },
    },
    "learning": {
        "noun": "Lern-App",
        "a_noun": "eine Lern-App",
        "label": "Lernen",
        "role": "⟦f=Lernende|m=Lernender⟧",
        "start": {
            "informal": "wähl aus, was du lernen willst und wie viel Zeit du hast",
            "formal": "wählen Sie ein Thema und die Zeit, die Sie pro Woche investieren können",
        },
        "outcome": {
            "informal": "sieh zu, wie dein Fortschritt wächst, eine kurze Einheit nach der anderen",
            "formal": "verfolgen Sie Ihren Fortschritt über alle Einheiten hinweg",
        },
    },
    "health": {
        "noun": "Gesundheits-App",
        "a_noun": "eine Gesundheits-App",
        "label": "Gesundheit",
        "role": "Nutzer⟦in⟧ der ersten Stunde",
        "start": {
            "informal": "leg dein Profil an und wähl aus, was du im Blick behalten willst",
            "formal": "legen Sie ein Profil an und wählen Sie aus, was Sie im Blick behalten möchten",
        },
        "outcome": {
            "informal": "schau auf die Woche zurück und nimm die Notizen zum nächsten Termin mit",
            "formal": "prüfen Sie die Aufzeichnungen und teilen Sie sie auf Wunsch mit Ihrem Behandlungsteam",
        },
    },
}

BOOK = {
    "labels": {
        "skip_link": "Zum Inhalt springen",
        "problem_heading": "Das Problem",
        "features_heading": "Funktionen",
        "steps_heading": "So funktioniert’s",
        "quote_heading": "Was wir hoffentlich bald hören",
        "mock_badge": "Beispielzitat: ein Platzhalter, keine echte Kundenstimme",
        "faq_heading": "Fragen",
        "email_label": "E-Mail-Adresse",
        "email_invalid": "Bitte eine gültige E-Mail-Adresse eingeben, etwa name@example.com.",
        "thanks": "Eingetragen! Wir melden uns.",
        "already": "Diese E-Mail-Adresse steht schon auf der Liste. Danke!",
        "stored_locally": "Prototyp: Anmeldungen werden nur in diesem Browser gespeichert.",
        "idea_heading": "Die Idee hinter diesem Prototyp",
        "footer": "Ein klickbarer Prototyp. Noch ist nichts davon live.",
        "sample_badge": "Beispieldaten: für diesen Prototyp erfunden",
        "nav_home": "Start",
    },
    "storyboard": {
        "idea": "Die Idee",
        "problem": "Das Problem",
        "persona": "Persona",
        "persona_line": "**{name}**, {role}. {context}",
        "goal": "Ziel",
        "frustration": "Frust",
        "stories": "User Stories",
        "story": "Als {as_a} möchte ich {i_want}, damit {so_that}.",
        "storyboard": "Storyboard",
        "features": "Was es bietet",
        "run": "Ausprobieren",
        "run_page": "Der Prototyp ist eine einzige, in sich geschlossene Seite, {entry}, ohne Anfragen nach außen.",
        "run_serve": "liefert sie unter http://127.0.0.1 aus und zeigt die URL",
        "run_open": "Linux; 'open' unter macOS, 'start' unter Windows",
        "run_waitlist": "Das Formular der Warteliste prüft die E-Mail-Adresse, bestätigt die Anmeldung und speichert sie im localStorage des Browsers: Nichts wird irgendwohin gesendet.",
        "run_app": "Eine kleine Web-App (FastAPI, Jinja2, SQLite): die Landingpage unter {root}, der Hauptbildschirm unter {app} (Beispieldaten, als solche gekennzeichnet), die Warteliste in SQLite, die Anmeldungen unter {admin} (mit einem Token geschützt, mit CSV-Export), {healthz}.",
        "run_app_serve": "installiert beim ersten Start die Abhängigkeiten in ein zwischengespeichertes venv; zeigt die URL und den Admin-Link",
        "run_by_hand": "Von Hand, aus diesem Ordner:",
        "run_tests": "seine eigenen Tests",
        "run_db": "{var} legt die SQLite-Datei fest (Standard: {file}).",
        "validate": "Im Meeting prüfen",
        "assumptions": "Annahmen, die wir testen",
        "questions": "Offene Fragen",
        "metric": "Erfolgskennzahl",
        "made": "So ist es entstanden",
        "made_writer": "Texter",
        "made_model": "Modell",
        "made_model_at": "{model} auf {host}",
        "made_format": "Antwortformat, Prompt",
        "made_prompt": "{format}, Prompt v{version}",
        "made_tokens": "Tokens rein, raus",
        "made_fallback": "Vom Offline-Texter",
        "made_template": "Vorlage",
        "made_knobs": "Ton, Palette",
        "made_when": "Erstellt",
        "made_with": "{when} mit protogen {version}",
        "made_time": "Dauer",
        "made_brief": "Jedes Wort der Seite steht in {file} (dem Brief).",
        "colon": ":",
    },
    "kinds": KINDS,
    "names": {
        "suffixes": {
            "team": ["-werk", "-blick", "-kompass", "-zentrale", "-takt", "-radar"],
            "consumer": ["-freund", "-held", "-glück", "-post", "-fuchs", "-nest"],
            "marketplace": ["-markt", "-börse", "-tausch", "-platz", "-kreis", "-bande"],
            "device": ["-wacht", "-wächter", "-auge", "-puls", "-melder", "-sinn"],
            "internal": ["-werk", "-pult", "-blick", "-zentrale", "-lotse", "-takt"],
            "learning": ["-fuchs", "-schule", "-pfad", "-kiste", "-werkstatt", "-meister"],
            "health": ["-puls", "-begleiter", "-wohl", "-herz", "-ruhe", "-kompass"],
        },
        "fallback": ["Leuchtturm", "Nordstern", "Lichtblick", "Kompassrose", "Funkenflug"],
        "adjective_endings": "ig|lich|isch|bar|sam|los|haft|iv|ell",
    },
    "people": [
        "Anna",
        "Jonas",
        "Leonie",
        "Mehmet",
        "Sophie",
        "Lukas",
        "Mia",
        "Can",
        "Hannah",
        "Felix",
        "Lea",
        "Paul",
        "Emilia",
        "Yusuf",
        "Marie",
        "Tobias",
    ],
    "roles": {
        "person": "⟦persona {one}⟧",
        "group": "Mitglied ⟦eines {one}⟧",
        "org": "Leiter⟦in⟧ ⟦eines {one}⟧",
    },
    "tagline": {
        "friendly": [
            "⟦Der {product}⟧, ⟦rel.acc⟧ {audience_short} wirklich gern nutzen",
            "{title}, ganz ohne Stress",
            "{title}: endlich ganz entspannt",
            "{topic}, ganz einfach gemacht",
            "Das ist {name}: {a_product}, ⟦rel.acc⟧ man einfach mögen muss",
        ],
        "bold": [
            "Endlich {a_product}, ⟦rel.acc⟧ {audience_short} verdienen",
            "{title}. Schluss mit Notlösungen.",
            "{topic}: Die alten Umwege sind vorbei.",
            "Gebaut für {audience_short}. Für niemanden sonst.",
            "Das ist {name}. Hier geht’s los.",
        ],
        "formal": [
            "{a_product} für {audience_short}",
            "{title}: durchdacht gelöst",
            "Ein durchdachter Ansatz für {topic}",
            "⟦Der {product}⟧ für {audience_short}",
            "{name}: {a_product}, mit Sorgfalt entwickelt",
        ],
    },
    "subhead": {
        "friendly": [
            "{name} ist {a_product} {for_audience}. ⟦Er⟧ {does_them} und {does2}.",
            "{name} {does} und {does2} – so musst du an weniger denken.",
            "{name} ist {a_product} {for_audience}. ⟦Er⟧ {does_them}.",
            "{name} {does} – und du hast den Kopf frei für anderes.",
            "{name} ist {a_product} {for_audience}, damit es beim Thema {topic} endlich leichter geht.",
            "{name} ist {a_product} für {topic} und nimmt dir den lästigen Kleinkram ab.",
            "{name} ist {a_product} {for_audience}, ⟦rel⟧ sich ihrem Alltag anpasst, nicht umgekehrt.",
            "{name} ist {a_product}, ⟦rel⟧ sich deinem Alltag anpasst, nicht umgekehrt.",
        ],
        "bold": [
            "{does}. {does2}. Das ist {name}.",
            "{name} {does}. Ohne Tabellen, ohne Hinterherlaufen.",
            "{a_product} {for_audience}. ⟦Er⟧ {does_them}. Genau darum geht’s.",
            "{a_product} für {topic}. Ohne den üblichen Ärger.",
            "{a_product} {for_audience}, gebaut für genau einen Job – und der sitzt.",
            "{name} ist {a_product} mit genau einem Job. Und den macht ⟦er⟧ richtig.",
        ],
        "formal": [
            "{name} ist {a_product} {for_audience}. ⟦Er⟧ {does_them} und {does2} – zuverlässig und nachvollziehbar.",
            "{name} ist {a_product} {for_audience}. ⟦Er⟧ {does_them}.",
            "{name} {does}.",
            "{name} ist {a_product} für {topic}, vom ersten Tag an zuverlässig.",
            "{name} ist {a_product} {for_audience}, entwickelt, um vom ersten Tag an zuverlässig zu arbeiten.",
            "{name} ist {a_product}, ⟦rel⟧ vom ersten Tag an zuverlässig arbeitet.",
        ],
    },
    "cta": {
        "friendly": ["Auf die Warteliste", "Platz reservieren", "Ich bin dabei"],
        "bold": ["Früh dabei sein", "Platz sichern", "Ich will rein"],
        "formal": ["Zugang anfragen", "Interesse bekunden", "Einladung anfordern"],
    },
    "signup_title": {
        "friendly": [
            "Sei unter den Ersten, die {name} ausprobieren",
            "Lust, {name} früh zu testen?",
        ],
        "bold": ["Hol dir {name} vor allen anderen", "Ganz vorn in der Schlange für {name}"],
        "formal": ["Bekunden Sie Ihr Interesse an {name}", "Früher Zugang zu {name}"],
    },
    "signup_text": {
        "friendly": [
            "Hinterlass deine E-Mail-Adresse, und wir laden dich ein, sobald die erste Version von {name} fertig ist.",
            "Trag unten deine E-Mail-Adresse ein; wir schreiben dir, sobald es etwas zum Ausprobieren gibt.",
        ],
        "bold": [
            "Eine E-Mail, wenn {name} fertig ist. Sonst nichts.",
            "E-Mail eintragen. Du hörst von uns, sobald es so weit ist.",
        ],
        "formal": [
            "Hinterlassen Sie Ihre E-Mail-Adresse, und wir informieren Sie, sobald {name} verfügbar ist.",
            "Registrieren Sie sich unten, um zu erfahren, wann die erste Version von {name} verfügbar ist.",
        ],
    },
    "problem": {
        "friendly": {
            "pain": [
                "{pain}. Das sollte nicht so schwer sein – und mit {name} ist es das auch nicht mehr.",
                "{pain}. Kommt dir das bekannt vor? Genau diese Lücke schließt {name}.",
                "{pain}. Alle haben irgendeine Notlösung, und niemand ist glücklich damit.",
            ],
            "promise": [
                "⟦@wer⟧Wer heute {to_do} will, muss sich mit Notlösungen behelfen. {name} soll das ändern.",
                "Wenn du heute {to_do} willst, bist du auf dich allein gestellt. Genau dafür gibt es {name}.",
                "⟦@wer⟧Wer {to_do} möchte, sollte dafür keinen Berg an Notlösungen brauchen. Heute braucht man ihn meistens noch.",
                "Bisher können {subject} nicht einfach {user_does}. {name} soll das ändern.",
            ],
            "none": [
                "Das gut hinzubekommen, kostet heute mehr Mühe als nötig. {name} soll das ändern.",
                "Die Werkzeuge von heute wurden nicht dafür gemacht. {name} schon.",
            ],
        },
        "bold": {
            "pain": [
                "{pain}. Das ist das Problem. {name} ist die Lösung.",
                "{pain}. Schluss damit.",
                "{pain}. Das muss niemand hinnehmen.",
            ],
            "promise": [
                "⟦@wer⟧Wer {to_do} will, hat es immer noch zu schwer. {name} ändert das.",
                "Einfach {to_do}? Ging bisher nicht. Jetzt schon.",
                "Du willst {to_do}? Dafür brauchst du heute einen Flickenteppich aus Tools. Damit ist jetzt Schluss.",
                "{subject} können immer noch nicht einfach {user_does}. {name} ändert das.",
            ],
            "none": [
                "Der alte Weg ist langsam, zerstückelt und fehleranfällig. {name} ist die Lösung.",
                "Überall Notlösungen. {name} ersetzt sie alle.",
            ],
        },
        "formal": {
            "pain": [
                "{pain}. {name} setzt genau hier an.",
                "{pain}. Das kostet Zeit und Aufmerksamkeit und führt zu vermeidbaren Fehlern.",
                "{pain}. Bestehende Werkzeuge lösen dieses Problem nur unzureichend.",
            ],
            "promise": [
                "⟦@wer⟧Wer heute {to_do} möchte, findet dafür keinen verlässlichen Weg. {name} soll ihn bieten.",
                "⟦@wer⟧Wer {to_do} muss, ist heute auf manuelle Notlösungen angewiesen.",
                "⟦@wer⟧Es gibt keinen zentralen, verlässlichen Ort, an dem man {to_do} kann. {name} soll dieser Ort sein.",
                "Derzeit können {subject} nicht zuverlässig {user_does}. {name} soll das ermöglichen.",
            ],
            "none": [
                "Heutige Lösungen erfordern mehr Aufwand, als die Aufgabe rechtfertigt. {name} soll diesen Aufwand senken.",
                "Bestehende Werkzeuge wurden nicht für diesen Zweck entwickelt. {name} schon.",
            ],
        },
    },
    "feature": {
        "friendly": {
            "product": [
                "Lass {name} {product_does}.",
                "{name} {does}, damit du nicht daran denken musst.",
            ],
            "user": [
                "Mit {name} können {subject} {user_does}.",
                "{name} {does} – mit wenigen Fingertipps.",
            ],
            "sentence": ["{sentence}"],
        },
        "bold": {
            "product": ["{does}. Automatisch.", "{name} {does}. Jedes Mal."],
            "user": [
                "{subject} können {user_does}. So einfach ist das.",
                "{name} {does}. Ohne Hin und Her.",
            ],
            "sentence": ["{sentence}"],
        },
        "formal": {
            "product": ["{name} {does}.", "{name} {does} – zuverlässig und pünktlich."],
            "user": ["{name} {does}.", "Dank {name} können {subject} {user_does}."],
            "sentence": ["{sentence}"],
        },
    },
    "feature_titles": {
        "team": ["Klare nächste Schritte", "Ein gemeinsamer Blick"],
        "consumer": ["Genau im richtigen Moment", "Klar und einfach"],
        "marketplace": ["Beide Seiten an einem Ort", "Klare Absprachen"],
        "device": ["Alarme, die zählen", "Alles auf einen Blick"],
        "internal": ["Weniger Handarbeit", "Ein Ort für alles"],
        "learning": ["Klare Antworten", "Der eigene Lernstand"],
        "health": ["Eigene Daten, eigene Regeln", "Sanfte Erinnerungen"],
    },
    "fillers": {
        "team": [
            [
                "Ein gemeinsamer Blick",
                "Alle im Team sehen dasselbe Bild, niemand muss nach dem Stand fragen.",
            ],
            [
                "Passt zu vorhandenen Tools",
                "{name} verbindet sich mit den Tools, die das Team schon nutzt, statt sie zu ersetzen.",
            ],
            [
                "Sichtbarer Fortschritt",
                "Eine Wochenübersicht zeigt, was vorankam, was hängt und was eine Entscheidung braucht.",
            ],
            ["Rollen und Rechte", "Für jedes Team festlegen, wer was sehen und ändern darf."],
        ],
        "consumer": [
            [
                "In Minuten eingerichtet",
                "Kurz sagen, was wichtig ist – und {name} ist noch am selben Tag startklar.",
            ],
            [
                "Privat als Standard",
                "Eingaben bleiben privat; geteilt wird nur, was ausdrücklich freigegeben ist.",
            ],
            [
                "Sanfte Erinnerungen",
                "{name} meldet sich im richtigen Moment, und nie öfter als gewünscht.",
            ],
            [
                "Der eigene Verlauf",
                "Zurückschauen, was passiert ist, und Muster über die Zeit erkennen.",
            ],
        ],
        "marketplace": [
            [
                "Profile mit Vertrauen",
                "Vorher sehen, mit wem man es zu tun hat, bevor man etwas zusagt.",
            ],
            [
                "Beide Seiten an einem Ort",
                "Wer etwas braucht und wer etwas anbietet, trifft sich auf {name}.",
            ],
            [
                "Einfache Absprachen",
                "Die Details in einem Gespräch klären, ohne endloses Hin und Her.",
            ],
            [
                "Bewertungen nach jedem Austausch",
                "Beide Seiten bewerten sich gegenseitig, so wird gutes Verhalten sichtbar.",
            ],
        ],
        "device": [
            ["Alarm aufs Handy", "Wenn etwas Aufmerksamkeit braucht, meldet sich {name} sofort."],
            [
                "Leicht zu installieren",
                "Kein Werkzeug, kein Techniker: {name} ist in wenigen Minuten eingerichtet.",
            ],
            [
                "Verlauf auf einen Blick",
                "Stunde für Stunde sehen, was in der Abwesenheit passiert ist.",
            ],
            [
                "Still, bis es zählt",
                "{name} hält sich im Hintergrund, bis sich wirklich etwas ändert.",
            ],
        ],
        "internal": [
            [
                "Passt zum Ablauf",
                "{name} folgt dem bestehenden Prozess des Teams, statt ihm einen neuen aufzuzwingen.",
            ],
            [
                "Die richtigen Zugänge",
                "Der Zugang läuft über die Firmenkonten, niemand braucht ein weiteres Passwort.",
            ],
            ["Lückenloses Protokoll", "Jede Änderung wird mit Person und Zeitpunkt festgehalten."],
            [
                "Weniger Copy-and-paste",
                "Die Daten kommen aus den vorhandenen Systemen, nicht aus Handarbeit.",
            ],
        ],
        "learning": [
            [
                "Kurze Einheiten",
                "Lektionen passen in ein paar freie Minuten, so wird Üben zur Gewohnheit.",
            ],
            ["Sichtbarer Fortschritt", "Sehen, was schon sitzt und was noch eine Runde braucht."],
            ["Üben, das sich anpasst", "{name} bringt das, was am schwersten fällt, öfter zurück."],
            [
                "Im eigenen Tempo",
                "Jederzeit pausieren und genau dort weitermachen, wo man aufgehört hat.",
            ],
        ],
        "health": [
            [
                "Privat von Anfang an",
                "Gesundheitsdaten bleiben privat; geteilt wird nur, was ausdrücklich freigegeben ist.",
            ],
            ["Sanfte Erinnerungen", "{name} erinnert im richtigen Moment, ohne zu nerven."],
            [
                "Zusammenfassung für den Termin",
                "Eine klare Übersicht zum nächsten Arzttermin mitnehmen, statt sich aufs Gedächtnis zu verlassen.",
            ],
            ["Muster über die Zeit", "Sehen, wie sich die Dinge von Woche zu Woche verändern."],
        ],
    },
    "steps": {
        "friendly": {
            "start": [
                "Los geht’s|{start}. Das dauert nur ein paar Minuten.",
                "Der erste Schritt|{start}. Mehr braucht es für den Anfang nicht.",
            ],
            "promise": [
                "{title}|Dann lass {name} {product_does}.",
                "{title}|Mit {name} können {subject} {user_does}.",
                "{title}|{sentence}",
            ],
            "middle": [
                "Nach deinen Wünschen|Pass {name} an die Art an, wie du die Dinge schon erledigst.",
                "Im Alltag testen|Nutze {name} eine Woche lang und schau, was sich ändert.",
            ],
            "outcome": [
                "Den Unterschied spüren|{outcome}. So einfach kann es sein.",
                "Dranbleiben|{outcome}. Und dann geht es wieder von vorn los.",
            ],
        },
        "bold": {
            "start": [
                "Jetzt starten|{start}. Fertig.",
                "Loslegen|{start}. In wenigen Minuten erledigt.",
            ],
            "promise": [
                "{title}|{name} {does}. Ohne Umwege.",
                "{title}|{subject} können {user_does}. Ohne Reibung.",
                "{title}|{sentence}",
            ],
            "middle": [
                "Dein Setup|Richte alles so ein, wie du willst. Ohne Handbuch.",
                "Täglich nutzen|Setz {name} vom ersten Tag an ein.",
            ],
            "outcome": [
                "Zurück an die Arbeit|{outcome}.",
                "Zeit zurückgewinnen|{outcome}. Und wieder von vorn.",
            ],
        },
        "formal": {
            "start": ["Einrichten|Zu Beginn {start}.", "Erste Schritte|Zuerst {start}."],
            "promise": [
                "{title}|{name} {does}.",
                "{title}|Mit {name} können {subject} {user_does}.",
                "{title}|{sentence}",
            ],
            "middle": [
                "Konfigurieren|Passen Sie {name} an Ihre bestehenden Abläufe an.",
                "Einführen|Nutzen Sie {name} als festen Teil Ihrer Arbeit.",
            ],
            "outcome": ["Auswerten|Abschließend {outcome}.", "Fortsetzen|Anschließend {outcome}."],
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
            "q": "Gibt es {name} schon?",
            "a": {
                "friendly": "Noch nicht: Das hier ist ein früher Prototyp. Trag dich in die Warteliste ein, dann sagen wir dir Bescheid, sobald es so weit ist.",
                "bold": "Noch nicht. Trag dich ein, und du bist ganz vorn dabei.",
                "formal": "Noch nicht. Dieser Prototyp testet das Konzept; wer auf der Warteliste steht, wird zum Start informiert.",
            },
        },
        {
            "kinds": ["team", "consumer", "marketplace", "device", "learning", "health"],
            "q": "Für wen ist {name} gedacht?",
            "a": {
                "friendly": "{name} ist für {audience} gemacht. Wenn das auf dich zutrifft, freuen wir uns, von dir zu hören.",
                "bold": "Für {audience}. Genau für sie ist das gebaut.",
                "formal": "{name} richtet sich an {audience}.",
            },
        },
        {
            "kinds": ["team", "consumer", "marketplace", "device", "learning", "health"],
            "q": "Was wird das kosten?",
            "a": {
                "friendly": "Einen Preis gibt es noch nicht. Wer auf der Warteliste steht, erfährt ihn zuerst und kann uns helfen, ihn richtig festzulegen.",
                "bold": "Preise kommen später. Wer sich früh einträgt, erfährt sie zuerst.",
                "formal": "Ein Preis steht noch nicht fest. Personen auf der Warteliste werden vor dem Start informiert.",
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
            "q": "Was passiert mit meiner E-Mail-Adresse?",
            "a": {
                "friendly": "In diesem Prototyp bleibt sie in deinem Browser. Wir verkaufen oder teilen sie nie.",
                "bold": "Sie bleibt in deinem Browser. Wir verkaufen sie nie. Punkt.",
                "formal": "In diesem Prototyp wird sie nur in Ihrem Browser gespeichert. Sie wird weder verkauft noch weitergegeben.",
            },
        },
        {
            "kinds": ["team"],
            "q": "Funktioniert das mit den Tools, die wir schon nutzen?",
            "a": {
                "friendly": "Genau das testen wir gerade. Sag uns bei der Anmeldung, welche Tools dir wichtig sind.",
                "bold": "Das ist der Plan. Sag uns, welche zählen, und wir fangen dort an.",
                "formal": "Integrationen werden derzeit geprüft. Bitte nennen Sie bei der Registrierung die Tools, auf die Sie angewiesen sind.",
            },
        },
        {
            "kinds": ["device"],
            "q": "Brauche ich für die Installation einen Profi?",
            "a": {
                "friendly": "Wir entwickeln {name} so, dass du alles selbst einrichten kannst. Dieser Prototyp hilft uns, das zu prüfen.",
                "bold": "Nein. Wer ein Handy laden kann, schafft auch die Einrichtung. Das ist das Ziel.",
                "formal": "{name} ist für die Selbstinstallation gedacht. Dieser Prototyp hilft uns zu prüfen, ob das realistisch ist.",
            },
        },
        {
            "kinds": ["marketplace"],
            "q": "Woher wissen beide Seiten, dass sie einander vertrauen können?",
            "a": {
                "friendly": "Profile und Bewertungen nach jedem Austausch sind fest eingeplant. Sag uns, was dir Sicherheit geben würde.",
                "bold": "Profile, Bewertungen und keine anonymen Konten. Damit fangen wir an.",
                "formal": "Verifizierte Profile und gegenseitige Bewertungen sind geplant. Wir freuen uns über Ihre Einschätzung, was darüber hinaus nötig ist.",
            },
        },
        {
            "kinds": ["internal"],
            "q": "Welche Teams können {name} nutzen?",
            "a": {
                "friendly": "Los geht’s mit dem Team, das es sich gewünscht hat. Andere kommen dazu, sobald der Pilot läuft.",
                "bold": "Erst das Pilotteam. Alle anderen, sobald es sich bewährt hat.",
                "formal": "Zunächst die Pilotgruppe; weitere Teams können folgen, sobald der Pilot ausgewertet ist.",
            },
        },
        {
            "kinds": ["health"],
            "q": "Ist das medizinischer Rat?",
            "a": {
                "friendly": "Nein. {name} hilft dir, den Überblick zu behalten; Entscheidungen triffst du mit deiner Ärztin oder deinem Arzt.",
                "bold": "Nein. Hier wird festgehalten. Entscheiden tut deine Ärztin oder dein Arzt.",
                "formal": "Nein. {name} unterstützt die Dokumentation; medizinische Entscheidungen bleiben bei Ihnen und Ihrem Behandlungsteam.",
            },
        },
        {
            "kinds": ["learning"],
            "q": "Muss ich vorher etwas wissen?",
            "a": {
                "friendly": "Überhaupt nicht. {name} holt dich da ab, wo du stehst, und baut darauf auf.",
                "bold": "Nein. Fang bei null an. Passt.",
                "formal": "Vorkenntnisse sind nicht nötig; {name} passt sich Ihrem Niveau an.",
            },
        },
        {
            "kinds": ["consumer", "learning", "health"],
            "q": "Kann ich das auf dem Handy ausprobieren?",
            "a": {
                "friendly": "Genau das ist der Plan: {name} wird zuerst fürs Handy entwickelt.",
                "bold": "Ja. Handy zuerst, immer.",
                "formal": "Ja. {name} wird in erster Linie für die mobile Nutzung entwickelt.",
            },
        },
    ],
    "stories": {
        "context": {
            "team": [
                "{persona} ist {role} und hält zwischen den Meetings die Arbeit des Teams zusammen.",
                "{persona} arbeitet als {role} und verbringt zu viel von jeder Woche mit Statusupdates.",
            ],
            "consumer": [
                "{persona} ist {role} und hat schon ein paar Apps dafür ausprobiert und wieder gelöscht.",
                "{persona} ist {role} und will, dass das Minuten dauert, nicht einen ganzen Abend.",
            ],
            "marketplace": [
                "{persona} ist {role} und fragt sonst Freunde nach Empfehlungen.",
                "{persona} ist {role} und wurde schon oft von veralteten Anzeigen enttäuscht.",
            ],
            "device": [
                "{persona} ist {role} und erfährt von einem Problem lieber, bevor es teuer wird.",
                "{persona} ist {role} und öfter unterwegs, als ⟦f=ihr|m=ihm⟧ lieb ist.",
            ],
            "internal": [
                "{persona} ist {role} und spürt die Kosten des heutigen Ablaufs jede Woche.",
                "{persona} ist {role} und hat sich eine eigene Tabelle gebaut, um klarzukommen.",
            ],
            "learning": [
                "{persona} ist {role}, hat an den meisten Tagen zwanzig freie Minuten und gute Vorsätze.",
                "{persona} ist {role} und lernt am besten durchs Tun, ein kleines Stück nach dem anderen.",
            ],
            "health": [
                "{persona} ist {role} und will den Überblick behalten, ohne den ganzen Tag daran zu denken.",
                "{persona} ist {role} und möchte beim nächsten Termin klare Aufzeichnungen vorzeigen.",
            ],
        },
        "goal": [
            "Das mit weniger Aufwand und weniger Überraschungen erledigen.",
            "Weniger Zeit für Routine, mehr für das, was zählt.",
            "Wissen, wo die Dinge stehen, ohne nachfragen zu müssen.",
        ],
        "frustration": [
            "Jedes bisherige Tool brauchte mehr Aufmerksamkeit als das Problem, das es lösen sollte.",
            "Die heutige Notlösung funktioniert, bis zu dem einen Tag, an dem sie es nicht tut.",
            "Zu viel hängt davon ab, dass man ans Nachsehen denkt.",
        ],
        "want": [
            "⟦@ich⟧{name} {product_does} lassen",
            "⟦@ich⟧{user_does}",
        ],
        "general": [
            [
                "{role}",
                "in einem Satz verstehen, was {name} macht",
                "ich schnell entscheiden kann, ob es etwas für mich ist",
            ],
            [
                "{role}",
                "dem Team sagen, was ich ändern würde",
                "die erste Version zu meiner Arbeitsweise passt",
            ],
            [
                "{role}",
                "{name} ausprobieren, bevor ich mich festlege",
                "ich nur wechsle, wenn es wirklich hilft",
            ],
        ],
        "so_that": {
            "team": [
                "zwischen den Meetings nichts verloren geht",
                "das Team mit demselben Bild arbeitet",
                "ich meine Zeit für Entscheidungen nutze, nicht für Updates",
            ],
            "consumer": [
                "es in meinen Tag passt",
                "ich nicht selbst daran denken muss",
                "ich das Ergebnis ohne Aufwand bekomme",
            ],
            "marketplace": [
                "ich schnell das Passende finde",
                "beide Seiten wissen, was vereinbart ist",
                "ich weiß, mit wem ich es zu tun habe",
            ],
            "device": [
                "ich von Problemen höre, bevor sie teuer werden",
                "ich unterwegs entspannt bleiben kann",
                "ich nicht von Hand nachsehen muss",
            ],
            "internal": [
                "die Routinearbeit nicht mehr meinen Tag auffrisst",
                "niemand Daten von Hand abtippen muss",
                "ich mich auf die Zahlen verlassen kann",
            ],
            "learning": [
                "ich stetig vorankomme",
                "das Üben in meine Woche passt",
                "ich weiß, woran ich als Nächstes arbeite",
            ],
            "health": [
                "ich dranbleibe, ohne ständig daran zu denken",
                "ich für meine Termine klare Aufzeichnungen habe",
                "kleine Probleme nicht zu großen werden",
            ],
        },
        "extra": {
            "team": [
                [
                    "{role}",
                    "auf einen Blick sehen, was meine Aufmerksamkeit braucht",
                    "ich handeln kann, bevor etwas liegen bleibt",
                ],
                [
                    "Teamleiter⟦in⟧",
                    "neue Kolleginnen und Kollegen in wenigen Minuten einbinden",
                    "sie vom ersten Tag an loslegen können",
                ],
            ],
            "consumer": [
                [
                    "{role}",
                    "ohne Anleitung loslegen",
                    "ich schon am ersten Tag sehe, was es bringt",
                ],
                [
                    "{role}",
                    "selbst bestimmen, wie oft {name} mich erinnert",
                    "es hilft, ohne zu nerven",
                ],
            ],
            "marketplace": [
                [
                    "Anbieter⟦in⟧",
                    "angeben, wann ich verfügbar bin",
                    "ich nur Anfragen bekomme, die ich annehmen kann",
                ],
                ["{role}", "vor der Entscheidung Bewertungen sehen", "ich weiß, was mich erwartet"],
            ],
            "device": [
                [
                    "{role}",
                    "{name} ohne Techniker einrichten",
                    "ich noch am selben Tag starten kann",
                ],
                [
                    "{role}",
                    "auswählen, welche Alarme auf meinem Handy landen",
                    "ich nur von dem höre, was wirklich zählt",
                ],
            ],
            "internal": [
                [
                    "{role}",
                    "mich mit meinem Firmenkonto anmelden",
                    "ich kein weiteres Passwort brauche",
                ],
                [
                    "Teamleiter⟦in⟧",
                    "sehen, wie der neue Ablauf genutzt wird",
                    "ich entscheiden kann, ob wir ihn weiter ausrollen",
                ],
            ],
            "learning": [
                ["{role}", "in kurzen Einheiten üben", "das Lernen in eine volle Woche passt"],
                [
                    "{role}",
                    "sehen, welche Themen ich schon beherrsche",
                    "ich weiß, was ich wiederholen sollte",
                ],
            ],
            "health": [
                [
                    "{role}",
                    "entscheiden, was ich mit wem teile",
                    "meine Gesundheitsdaten privat bleiben",
                ],
                [
                    "{role}",
                    "eine Zusammenfassung für meine Ärztin oder meinen Arzt exportieren",
                    "Termine mit Fakten beginnen, nicht mit Erinnerungslücken",
                ],
            ],
        },
    },
    "scenes": [
        [
            "Der Moment, in dem es hakt|⟦@persona⟧{pain}. {persona} kennt das.",
            "Der Moment, in dem es hakt|⟦@persona⟧{persona} muss {to_do}, und der übliche Weg ist langsam und umständlich.",
            "Vor {name}|{persona} jongliert mit Notlösungen und verliert wieder Zeit damit.",
        ],
        [
            "Die Entdeckung|{persona} entdeckt {name} und liest das Versprechen: „{tagline}“",
            "Ein besserer Weg|Jemand aus dem Bekanntenkreis schickt {persona} einen Link zu {name}.",
        ],
        [
            "Der Einstieg|{persona} meldet sich an und ist in wenigen Minuten startklar.",
            "Erste Schritte|{persona} probiert {name} zum ersten Mal aus und findet den Einstieg leicht.",
        ],
        [
            "Der erste Erfolg|⟦@persona⟧{name} {does}, und {persona} merkt den Unterschied noch in derselben Woche.",
            "Der erste Erfolg|⟦@persona⟧Zum ersten Mal kann {persona} {to_do}, ganz ohne Notlösung.",
            "Der erste Erfolg|Die Routine dauert jetzt nur noch Minuten, und {persona} merkt es.",
        ],
        [
            "Weitersagen|{persona} erzählt den anderen von {name}.",
            "Eine Gewohnheit|Einen Monat später will {persona} nicht mehr zurück.",
        ],
    ],
    "quote_by": "Eine Stimme aus der Zielgruppe ({role}), Platzhalter",
    "quote": {
        "team": [
            "Wir laufen keinen Updates mehr hinterher. Alle wissen einfach, wo die Dinge stehen.",
            "Die Einrichtung hat einen Nachmittag gedauert, und unser Montagsmeeting ist kürzer geworden.",
            "Endlich ein Ort, den das ganze Team wirklich nutzt.",
        ],
        "consumer": [
            "Ich hätte nicht gedacht, dass ich es so mag. Es passt einfach in meinen Tag.",
            "Es macht genau das eine, was ich brauchte, und das richtig gut.",
            "Ich habe ein paar Apps dafür ausprobiert. Diese ist geblieben.",
        ],
        "marketplace": [
            "Ich hatte noch am selben Nachmittag, was ich brauchte, von jemandem aus der Nähe.",
            "Beide Seiten wussten genau, was vereinbart war. Keine unangenehmen Nachrichten.",
            "Zum ersten Mal fühlte sich das einfach an und nicht wie ein Glücksspiel.",
        ],
        "device": [
            "Ich hatte vergessen, dass es da ist, bis zu dem Tag, an dem es mir viel Ärger erspart hat.",
            "Die Einrichtung ging schnell. Jetzt schaue ich aufs Handy, statt mir Sorgen zu machen.",
            "Es ist leise, zuverlässig und meldet sich, wenn es soll.",
        ],
        "internal": [
            "Der Teil meiner Woche, vor dem mir gegraut hat, dauert jetzt ein paar Minuten.",
            "Wir tippen keine Daten mehr von Hand ab. Die Zahlen stimmen endlich.",
            "Es macht genau das, was unser Team brauchte, nicht mehr.",
        ],
        "learning": [
            "Jeden Tag ein bisschen, und diesmal spüre ich den Fortschritt.",
            "Es merkt sich, was ich falsch mache, und bringt es so lange zurück, bis es sitzt.",
            "Ich freue mich inzwischen richtig aufs Üben.",
        ],
        "health": [
            "Ich mache mir keine Sorgen mehr, etwas zu vergessen. Es behält einfach den Überblick.",
            "Mein letzter Termin begann mit Fakten statt mit Vermutungen.",
            "Es hilft, ohne dass ich mich überwacht fühle.",
        ],
    },
    "assumptions": {
        "all": [
            "Die erste Version von {name} ist schon mit den Funktionen auf dieser Seite nützlich.",
            "Die Leute verstehen allein anhand der Seite, was {name} macht.",
        ],
        "team": [
            "Teams spüren dieses Problem oft genug, um dafür ein neues Tool auszuprobieren.",
            "Eine Person kann {name} ohne Hilfe der IT für das ganze Team einrichten.",
            "Teams vertrauen {name} die nötigen Daten an.",
        ],
        "consumer": [
            "Die Leute haben dieses Problem oft genug, um dafür etwas Neues zu installieren.",
            "Schon die erste Sitzung bringt etwas Nützliches.",
            "Die Leute kommen wieder, ohne erinnert zu werden.",
        ],
        "marketplace": [
            "Genug Leute bieten in derselben Gegend an, was andere brauchen.",
            "Beiden Seiten reichen Profil und Bewertung, um sich zu treffen.",
            "Die Leute wickeln den Austausch über {name} ab, nicht daran vorbei.",
        ],
        "device": [
            "Die Leute installieren das Gerät selbst.",
            "Die Alarme sind so treffsicher, dass niemand sie abschaltet.",
            "Die Leute zahlen für Hardware, um dieses Problem zu vermeiden.",
        ],
        "internal": [
            "Das Team gibt seine heutige Notlösung auf, wenn {name} wirklich Zeit spart.",
            "Die Daten, die {name} braucht, liegen schon in unseren eigenen Systemen.",
            "Ein Pilotteam reicht, um zu zeigen, ob es funktioniert.",
        ],
        "learning": [
            "Lernende üben regelmäßig in kurzen Einheiten.",
            "Der Fortschritt ist sichtbar genug, um motiviert zu bleiben.",
            "Die Inhalte lassen sich ohne großes Redaktionsteam erstellen.",
        ],
        "health": [
            "Die Leute erfassen, was {name} braucht, ohne dass es sich wie eine Pflicht anfühlt.",
            "Die Leute vertrauen {name} ihre Gesundheitsdaten an.",
            "Erinnerungen helfen, ohne zu beunruhigen.",
        ],
    },
    "open_questions": {
        "all": [
            "Was würde jemanden dazu bringen, {name} nach der ersten Woche nicht mehr zu nutzen?",
            "Welche einzelne Funktion auf dieser Seite ist den Leuten, denen wir sie zeigen, am wichtigsten?",
        ],
        "team": [
            "Wer zahlt für {name}: die Teamleitung oder die Firma?",
            "Wie löst das Team das heute, und was kostet das?",
            "Mit welchem bestehenden Tool muss {name} vom ersten Tag an zusammenarbeiten?",
        ],
        "consumer": [
            "Was nutzen die Leute heute stattdessen, und was würde sie zum Wechsel bewegen?",
            "Würden die Leute für {name} zahlen, oder erwarten sie es kostenlos?",
            "Wie oft würde jemand {name} in einer normalen Woche öffnen?",
        ],
        "marketplace": [
            "Welche Seite gewinnen wir zuerst, und wie?",
            "Wie verdient {name} Geld: mit einer Gebühr pro Austausch oder mit einem Abo?",
            "Was hält die Leute davon ab, den Austausch an der Plattform vorbei abzuwickeln?",
        ],
        "device": [
            "Welchen Preis würden die Leute für das Gerät zahlen, und dazu noch ein Abo?",
            "Wo im Haus oder im Betrieb muss es hin, und gibt es dort Strom?",
            "Was passiert, wenn die Verbindung abbricht?",
        ],
        "internal": [
            "Welches Team macht den Pilot, und wer ist danach für {name} verantwortlich?",
            "Auf welche Systeme braucht {name} Zugriff, und wer genehmigt das?",
            "Wie messen wir die eingesparte Zeit?",
        ],
        "learning": [
            "Wer zahlt: die Lernenden, eine Schule oder der Arbeitgeber?",
            "Woran erkennen wir, dass das Gelernte auch außerhalb der App hängen bleibt?",
            "Wer schreibt und prüft die Inhalte?",
        ],
        "health": [
            "Braucht {name} eine medizinische oder behördliche Zulassung?",
            "Wer sieht die Daten außer den Nutzenden selbst?",
            "Würde eine Ärztin, ein Arzt oder eine Pflegekraft es empfehlen?",
        ],
    },
    "metric": {
        "team": [
            "Anteil der Teams, die {name} vier Wochen nach der Anmeldung noch jede Woche nutzen.",
            "Zahl der Teams, die in ihrer ersten Woche eine zweite Person einladen.",
        ],
        "consumer": [
            "Anteil der neuen Nutzenden, die in ihrer zweiten Woche zu {name} zurückkehren.",
            "Anteil der Wartelisten-Anmeldungen mit abgeschlossener erster Sitzung.",
        ],
        "marketplace": [
            "Zahl der abgeschlossenen Vermittlungen pro Woche, und wie viele Leute für eine zweite wiederkommen.",
            "Anteil der Anfragen, die innerhalb eines Tages einen Treffer finden.",
        ],
        "device": [
            "Anteil der Geräte, die nach einem Monat noch installiert und verbunden sind.",
            "Anteil der Alarme, die Besitzerinnen und Besitzer als nützlich bestätigen.",
        ],
        "internal": [
            "Stunden pro Woche, die das Pilotteam gegenüber dem bisherigen Ablauf spart.",
            "Anteil des Pilotteams, der {name} nach zwei Wochen an jedem Arbeitstag nutzt.",
        ],
        "learning": [
            "Anteil der Lernenden, die drei Wochen nach der ersten Einheit noch üben.",
            "Zahl der Einheiten pro Person und Woche im ersten Monat.",
        ],
        "health": [
            "Anteil der Nutzenden, die ihre Aufzeichnungen vier Wochen lang aktuell halten.",
            "Anteil der Nutzenden, die zu einem Termin die Zusammenfassung von {name} mitbringen.",
        ],
    },
    "core": {
        "titles": {
            "dashboard": "{name} im Überblick",
            "list": "Stöbern auf {name}",
            "detail": "Ein genauerer Blick",
        },
        "intro": {
            "dashboard": [
                "Wie es diese Woche steht, auf einen Blick.",
                "Was sich geändert hat und was Aufmerksamkeit braucht, auf einem Bildschirm.",
            ],
            "list": [
                "Das Passende auswählen: Jede Zeile ist ein Beispiel dafür, was {name} zeigen wird.",
                "Beispielangebote, so wie {name} sie zeigen wird.",
            ],
            "detail": [
                "Ein Beispiel, vollständig, so wie {name} es zeigen wird.",
                "Ein Beispieldatensatz mit allem, was {name} dazu speichert.",
            ],
        },
        "action": {"dashboard": "Details ansehen", "list": "Anfragen", "detail": "Speichern"},
        "metrics": [
            "Diese Woche aktiv",
            "Abgeschlossen",
            "Braucht Aufmerksamkeit",
            "Neu diese Woche",
        ],
        "statuses": ["Im Plan", "Braucht Aufmerksamkeit", "Neu"],
        "value": "{n} diese Woche",
    },
}
